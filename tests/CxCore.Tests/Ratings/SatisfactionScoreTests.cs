using CxCore.Ratings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

[Properties(Arbitrary = [typeof(SatisfactionScoreTests.Arbitraries)])]
public sealed partial class SatisfactionScoreTests
{
    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>Five-point counts of 0–500 each, not all zero.</summary>
        public static Arbitrary<RatingCounts> FivePointCounts() =>
            Gen.ArrayOf(Gen.Choose(0, 500).Select(c => (long)c), 5).Where(c => c.Sum() > 0)
                .Select(c => RatingCounts.FromCounts(RatingScale.FivePoint, c)).ToArbitrary();
    }

    // Counts on 1–5: (3, 5, 12, 25, 15), n = 60, top-2-box satisfied = 40.
    private static readonly RatingCounts Sample = RatingCounts.FromCounts(RatingScale.FivePoint, [3, 5, 12, 25, 15]);

    [Fact]
    public void FromCounts_TopTwoBox_ShareAndMean()
    {
        var csat = SatisfactionScore.FromCounts(Sample);

        Assert.Equal(4, csat.SatisfiedFrom);
        Assert.Equal(60, csat.Count);
        Assert.Equal(40, csat.Satisfied);
        Assert.Equal(100.0 * 40 / 60, csat.Value, 12);
        Assert.Equal(224.0 / 60, csat.Mean, 12); // (3 + 10 + 36 + 100 + 75) / 60
        Assert.Equal(100 * Math.Sqrt(40.0 / 60 * (20.0 / 60) / 60), csat.StandardError, 12);
    }

    // R: prop.test(40, 60, correct = FALSE)$conf.int and conf.level = 0.9; prop.test(15, 60, correct = FALSE)$conf.int
    [Theory]
    [InlineData(4, 0.95, 54.0568664521197, 77.2707384764773)]
    [InlineData(4, 0.90, 56.1292592786729, 75.7658474348847)]
    [InlineData(5, 0.95, 15.7765225300567, 37.2320700770478)]
    public void Interval_IsWilson_MatchesR(int satisfiedFrom, double level, double lower, double upper)
    {
        ConfidenceInterval interval = SatisfactionScore.FromCounts(Sample, satisfiedFrom).Interval(ProportionIntervalMethod.Wilson, level);

        Assert.Equal(lower, interval.Lower, 9);
        Assert.Equal(upper, interval.Upper, 9);
    }

    [Fact]
    public void Interval_NoneSatisfied_MatchesR()
    {
        // R: prop.test(0, 12, correct = FALSE)$conf.int → [0, 0.242494006655241]
        ConfidenceInterval interval = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [12, 0, 0, 0, 0])).Interval();

        Assert.Equal(0, interval.Lower, 12);
        Assert.Equal(24.2494006655241, interval.Upper, 9);
    }

    [Fact]
    public void Compare_MatchesRPropTest()
    {
        // R: prop.test(c(45, 30), c(60, 55), correct = FALSE): X-squared = 5.29261363636364,
        // p = 0.0214160552232667, 95% CI [0.0333104463581168, 0.375780462732792].
        var a = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [5, 5, 5, 20, 25]));
        var b = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [10, 5, 10, 15, 15]));

        ScoreComparison d = SatisfactionScore.Compare(a, b);

        Assert.Equal(100 * ((45.0 / 60) - (30.0 / 55)), d.Difference, 9);
        Assert.Equal(5.29261363636364, d.Statistic * d.Statistic, 9);
        Assert.Equal(0.0214160552232667, d.PValue, 12);
        Assert.Equal(3.33104463581168, d.Interval.Lower, 8);
        Assert.Equal(37.5780462732792, d.Interval.Upper, 8);
    }

    [Fact]
    public void Weighted_UsesWeightedShareAndEffectiveCount()
    {
        // Ratings 5, 4, 2 with weights 2, 1, 1: satisfied share 3/4; n_eff = 4²/6 = 8/3.
        var counts = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [5, 4, 2], [2, 1, 1]);

        var csat = SatisfactionScore.FromCounts(counts);

        Assert.Equal(75, csat.Value, 12);
        Assert.Equal(8.0 / 3, csat.Count, 12);
        Assert.Equal(((5 * 2) + 4 + 2) / 4.0, csat.Mean, 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(6)]
    public void FromCounts_BadThreshold_Throws(int satisfiedFrom) =>
        Assert.Equal("satisfiedFrom", Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScore.FromCounts(Sample, satisfiedFrom)).ParamName);

    [Fact]
    public void Empty_IsNaNNotZero()
    {
        foreach (SatisfactionScore empty in new[] { default, SatisfactionScore.FromCounts(RatingCounts.Empty(RatingScale.FivePoint)) })
        {
            Assert.True(empty.IsEmpty);
            Assert.True(double.IsNaN(empty.Value) && double.IsNaN(empty.Mean) && double.IsNaN(empty.StandardError));
            Assert.False(empty.Interval().IsDefined);
            Assert.Equal("CSAT undefined (no responses)", empty.ToString());
            Assert.False(SatisfactionScore.Compare(empty, SatisfactionScore.FromCounts(Sample)).Interval.IsDefined);
        }
    }

    [Property]
    public bool Interval_ContainsValueAndStaysWithinPercentRange(RatingCounts counts)
    {
        var csat = SatisfactionScore.FromCounts(counts);
        ConfidenceInterval interval = csat.Interval();
        return interval.Lower >= 0 && interval.Upper <= 100 && interval.Contains(csat.Value);
    }

    [Fact]
    public void ToString_IsReadable() =>
        // 40 of 60 satisfied = 66.67 %; mean (3·1 + 5·2 + 12·3 + 25·4 + 15·5) / 60 = 224 / 60 = 3.733; one decimal each.
        Assert.Equal("CSAT 66.7% (n = 60, satisfied ≥ 4, mean 3.7)", SatisfactionScore.FromCounts(Sample).ToString());
}
