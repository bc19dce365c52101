using CxCore.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Lifecycle;

// Invariants of the BG/NBD predictions over random parameters and customer histories.
[Properties(Arbitrary = [typeof(BgNbdModelTests.Arbitraries)])]
public sealed partial class BgNbdModelTests
{
    /// <summary>BG/NBD parameters r, α, a, b, each in a range that real fits reach.</summary>
    public sealed record BgNbdParameters(double R, double Alpha, double A, double B);

    /// <summary>A customer's history: x repeats, the last at t_x, observed for T (0 ≤ t_x ≤ T; t_x = 0 when x = 0).</summary>
    public sealed record BgNbdHistory(int X, double Tx, double T);

    /// <summary>A forecast horizon in tenths of a period, 1 to 1000.</summary>
    public sealed record Horizon(int Tenths);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<BgNbdParameters> Parameters() =>
            (from r in Gen.Choose(5, 300)
             from alpha in Gen.Choose(5, 2000)
             from a in Gen.Choose(5, 400)
             from b in Gen.Choose(5, 800)
             select new BgNbdParameters(r / 100.0, alpha / 100.0, a / 100.0, b / 100.0)).ToArbitrary();

        public static Arbitrary<BgNbdHistory> Histories() =>
            (from t in Gen.Choose(0, 520)
             from x in Gen.Choose(0, 40)
             from tx in Gen.Choose(1, Math.Max(1, t))
             select t == 0 || x == 0 ? new BgNbdHistory(0, 0.0, t / 10.0) : new BgNbdHistory(x, tx / 10.0, t / 10.0)).ToArbitrary();

        public static Arbitrary<Horizon> Horizons() => Gen.Choose(1, 1000).Select(t => new Horizon(t)).ToArbitrary();
    }

    // P(alive) is in (0, 1], exactly 1 without repeats, and rises with recency (a later last purchase at the same T).
    [Property]
    public bool ProbabilityAlive_IsAProbabilityAndRisesWithRecency(BgNbdParameters p, BgNbdHistory h)
    {
        BgNbdModel model = BgNbdModel.FromParameters(p.R, p.Alpha, p.A, p.B);
        double alive = model.ProbabilityAlive(h.X, h.Tx, h.T);
        bool ok = alive > 0 && alive <= 1 && (h.X > 0 || alive == 1);
        if (h.X > 0 && h.Tx < h.T)
        {
            ok &= model.ProbabilityAlive(h.X, Math.Min(h.T, h.Tx + 0.1), h.T) >= alive;
        }

        return ok;
    }

    // The conditional expectation is finite, zero or more, grows with the horizon, and never exceeds what a customer
    // known to be alive would buy (it is P(alive) times that).
    [Property]
    public bool ConditionalExpectedTransactions_IsFiniteAndGrowsWithTheHorizon(BgNbdParameters p, BgNbdHistory h, Horizon horizon)
    {
        int t = horizon.Tenths;
        BgNbdModel model = BgNbdModel.FromParameters(p.R, p.Alpha, p.A, p.B);
        double shorter = model.ConditionalExpectedTransactions(t / 10.0, h.X, h.Tx, h.T);
        double longer = model.ConditionalExpectedTransactions((t + 10) / 10.0, h.X, h.Tx, h.T);
        return double.IsFinite(shorter) && shorter >= 0 && longer >= shorter - (1e-12 * Math.Max(1, shorter));
    }
}
