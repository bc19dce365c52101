using CxCore.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

// The log-rank statistic does not depend on the order of the observations or on which group is listed first, and the
// expected events add up to the observed ones.
public sealed partial class SurvivalComparisonTests
{
    private static Arbitrary<(int Group, int Days, bool Event)[]> Groups3 =>
        Gen.ArrayOf(
            from g in Gen.Choose(0, 2)
            from d in Gen.Choose(0, 30)
            from e in Gen.Elements(true, true, false)
            select (g, d, e)).ToArbitrary();

    [Fact]
    public void LogRank_IsInvariantToOrderAndLabels() =>
        Prop.ForAll(Groups3, data =>
        {
            SurvivalObservation[] observations = data.Select(d => new SurvivalObservation("g" + d.Group, Duration.FromDays(d.Days), d.Event)).ToArray();
            SurvivalComparison forward = SurvivalComparison.Compute(observations);
            SurvivalComparison backward = SurvivalComparison.Compute(observations.Reverse());
            double observedTotal = forward.Groups.Sum(g => g.ObservedEvents), expectedTotal = forward.Groups.Sum(g => g.ExpectedEvents);
            bool sameChi = forward.DegreesOfFreedom == backward.DegreesOfFreedom
                && (double.IsNaN(forward.ChiSquare) ? double.IsNaN(backward.ChiSquare) : Math.Abs(forward.ChiSquare - backward.ChiSquare) <= 1e-9 * Math.Max(1, forward.ChiSquare));
            return sameChi && Math.Abs(observedTotal - expectedTotal) < 1e-9 * Math.Max(1, observedTotal);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithReplay(43, 101).WithQuietOnSuccess(true));
}
