using CxCore.Lifecycle;
using FsCheck;
using FsCheck.Fluent;

namespace CxCore.Tests.Lifecycle;

// Invariants of the BG/NBD predictions over random parameters and customer histories.
public sealed partial class BgNbdModelTests
{
    private static readonly Gen<(double R, double Alpha, double A, double B)> Parameters =
        from r in Gen.Choose(5, 300)
        from alpha in Gen.Choose(5, 2000)
        from a in Gen.Choose(5, 400)
        from b in Gen.Choose(5, 800)
        select (r / 100.0, alpha / 100.0, a / 100.0, b / 100.0);

    private static readonly Gen<(int X, double Tx, double T)> Histories =
        from t in Gen.Choose(0, 520)
        from x in Gen.Choose(0, 40)
        from tx in Gen.Choose(1, Math.Max(1, t))
        select t == 0 || x == 0 ? (0, 0.0, t / 10.0) : (x, tx / 10.0, t / 10.0);

    // P(alive) is in (0, 1], exactly 1 without repeats, and rises with recency (a later last purchase at the same T).
    [Fact]
    public void ProbabilityAlive_IsAProbabilityAndRisesWithRecency() =>
        Prop.ForAll(Parameters.ToArbitrary(), Histories.ToArbitrary(), (p, h) =>
        {
            BgNbdModel model = BgNbdModel.FromParameters(p.R, p.Alpha, p.A, p.B);
            double alive = model.ProbabilityAlive(h.X, h.Tx, h.T);
            bool ok = alive > 0 && alive <= 1 && (h.X > 0 || alive == 1);
            if (h.X > 0 && h.Tx < h.T)
            {
                ok &= model.ProbabilityAlive(h.X, Math.Min(h.T, h.Tx + 0.1), h.T) >= alive;
            }

            return ok;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithReplay(41, 101).WithQuietOnSuccess(true));

    // The conditional expectation is finite, zero or more, grows with the horizon, and never exceeds what a customer
    // known to be alive would buy (it is P(alive) times that).
    [Fact]
    public void ConditionalExpectedTransactions_IsFiniteAndGrowsWithTheHorizon() =>
        Prop.ForAll(Parameters.ToArbitrary(), Histories.ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (p, h, t) =>
        {
            BgNbdModel model = BgNbdModel.FromParameters(p.R, p.Alpha, p.A, p.B);
            double shorter = model.ConditionalExpectedTransactions(t / 10.0, h.X, h.Tx, h.T);
            double longer = model.ConditionalExpectedTransactions((t + 10) / 10.0, h.X, h.Tx, h.T);
            return double.IsFinite(shorter) && shorter >= 0 && longer >= shorter - (1e-12 * Math.Max(1, shorter));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithReplay(42, 101).WithQuietOnSuccess(true));
}
