using CxCore.Lifecycle;
using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

// The log-rank statistic does not depend on the order of the observations or on which group is listed first, and the
// expected events add up to the observed ones.
[Properties(Arbitrary = [typeof(SurvivalComparisonTests.Arbitraries)])]
public sealed partial class SurvivalComparisonTests
{
    /// <summary>Observations in up to three groups: group 0–2, a duration of 0–30 days, an event two times in three.</summary>
    public sealed record ThreeGroups((int Group, int Days, bool Event)[] Rows);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<ThreeGroups> Groups() =>
            Gen.ArrayOf(
                from g in Gen.Choose(0, 2)
                from d in Gen.Choose(0, 30)
                from e in Gen.Elements(true, true, false)
                select (g, d, e)).Select(rows => new ThreeGroups(rows)).ToArbitrary();
    }

    [ScaledProperty(500)]
    public bool LogRank_IsInvariantToOrderAndLabels(ThreeGroups data)
    {
        SurvivalObservation[] observations = data.Rows.Select(d => new SurvivalObservation("g" + d.Group, Duration.FromDays(d.Days), d.Event)).ToArray();
        SurvivalComparison forward = SurvivalComparison.Compute(observations);
        SurvivalComparison backward = SurvivalComparison.Compute(observations.Reverse());
        double observedTotal = forward.Groups.Sum(g => g.ObservedEvents), expectedTotal = forward.Groups.Sum(g => g.ExpectedEvents);
        bool sameChi = forward.DegreesOfFreedom == backward.DegreesOfFreedom
            && (double.IsNaN(forward.ChiSquare) ? double.IsNaN(backward.ChiSquare) : Math.Abs(forward.ChiSquare - backward.ChiSquare) <= 1e-9 * Math.Max(1, forward.ChiSquare));
        return sameChi && Math.Abs(observedTotal - expectedTotal) < 1e-9 * Math.Max(1, observedTotal);
    }
}
