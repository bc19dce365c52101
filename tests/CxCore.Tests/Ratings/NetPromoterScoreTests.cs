using CxCore.Ratings;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

[Properties(Arbitrary = [typeof(NetPromoterScoreTests.Arbitraries)])]
public sealed partial class NetPromoterScoreTests
{
    private const int Precision = 9;

    /// <summary>A confidence level of 0.8, 0.9, 0.95 or 0.99.</summary>
    public readonly record struct Level(double Value);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>Random (detractors, passives, promoters) with n ≥ 1, each 0–2000.</summary>
        public static Arbitrary<NetPromoterScore> Scores() =>
            (from d in Gen.Choose(0, 2000)
             from pa in Gen.Choose(0, 2000)
             from pr in Gen.Choose(0, 2000)
             where d + pa + pr > 0
             select NetPromoterScore.FromCounts(d, pa, pr)).ToArbitrary();

        public static Arbitrary<Level> Levels() => Gen.Elements(0.8, 0.9, 0.95, 0.99).Select(l => new Level(l)).ToArbitrary();
    }

    // METRICS.md: the public examples of the R package NPS and Rocks (2016).
    [Fact]
    public void PublicExample_OneTwoThree_HasPublishedValueVarianceAndStandardError()
    {
        var nps = NetPromoterScore.FromCounts(detractors: 1, passives: 2, promoters: 3);

        Assert.Equal(100.0 / 3, nps.Value, Precision);     // 100·(3 − 1)/6
        Assert.Equal(5.0 / 9, nps.Variance, Precision);    // (4/6) − (2/6)²
        Assert.Equal(30.43, nps.StandardError, 2);         // published to two decimals
        Assert.Equal(100 * Math.Sqrt(5.0 / 9 / 6), nps.StandardError, Precision);
    }

    [Theory]
    [InlineData(1, 0, 1, 1.0)]
    [InlineData(0, 1, 1, 0.25)]
    [InlineData(1, 1, 1, 2.0 / 3)]
    public void PublicExamples_Variance(long detractors, long passives, long promoters, double variance) =>
        Assert.Equal(variance, NetPromoterScore.FromCounts(detractors, passives, promoters).Variance, Precision);

    [Fact]
    public void PublicExample_TwentyThirtyFifty_WaldAndAdjustedWald()
    {
        var nps = NetPromoterScore.FromCounts(20, 30, 50);

        // Published to four decimals (METRICS.md).
        Assert.Equal(14.6922, nps.Interval(IntervalMethod.Wald).Lower, 4);
        Assert.Equal(45.3078, nps.Interval(IntervalMethod.Wald).Upper, 4);
        Assert.Equal(14.0511, nps.Interval(IntervalMethod.AdjustedWald).Lower, 4);
        Assert.Equal(44.2013, nps.Interval(IntervalMethod.AdjustedWald).Upper, 4);
        Assert.Equal(nps.Interval(IntervalMethod.AdjustedWald), nps.Interval());

        // By hand: Wald 30 ± z·√(0.61/100)·100.
        double z = 1.959963984540054;
        Assert.Equal(30 - (z * Math.Sqrt(0.0061) * 100), nps.Interval(IntervalMethod.Wald).Lower, Precision);
    }

    [Fact]
    public void FromRatings_FastPath_EqualsCountingAllPoints()
    {
        byte[] ratings = RatingKernelsTests.RandomRatings(new Random(11), 100_003, 0, 10);

        var fast = NetPromoterScore.FromRatings(ratings);
        var full = NetPromoterScore.FromCounts(RatingCounts.FromRatings(RatingScale.Nps, ratings));

        Assert.Equal(full, fast);
        Assert.Equal(ratings.Count(r => r >= 9) - ratings.Count(r => r <= 6), fast.Promoters - fast.Detractors);
    }

    [Fact]
    public void FromRatings_OutOfScale_ThrowsNamingValueAndPosition()
    {
        byte[] ratings = new byte[100];
        ratings[64] = 12;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromRatings(ratings));

        Assert.Contains("The rating 12 at position 64 is outside the scale 0..10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.FromCounts(1, -1, 1));

    [Fact]
    public void FromCounts_CountsOnOtherScaleWithoutBands_Throws() =>
        Assert.Throws<ArgumentException>(() => NetPromoterScore.FromCounts(RatingCounts.Empty(RatingScale.FivePoint)));

    [Fact]
    public void CustomBands_FivePointScale_ClassifiesByThresholds()
    {
        // 1–5 "recommend": detractors 1–3, passives 4, promoters 5.
        var bands = NpsBands.FromThresholds(RatingScale.FivePoint, 3, 5);
        var counts = RatingCounts.FromCounts(RatingScale.FivePoint, [1, 1, 2, 3, 5]);

        var nps = NetPromoterScore.FromCounts(counts, bands);

        Assert.Equal((4.0, 3.0, 5.0), (nps.Detractors, nps.Passives, nps.Promoters));
        Assert.Equal(100.0 * (5 - 4) / 12, nps.Value, Precision);
        Assert.Equal(nps, NetPromoterScore.FromRatings(new byte[] { 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5 }, bands));
    }

    [Fact]
    public void Empty_IsNaNNotZero()
    {
        NetPromoterScore[] empties = [default, NetPromoterScore.FromCounts(0, 0, 0), NetPromoterScore.FromRatings([]), NetPromoterScore.FromCounts(RatingCounts.Empty(RatingScale.Nps))];

        foreach (NetPromoterScore empty in empties)
        {
            Assert.True(empty.IsEmpty);
            Assert.Equal(0, empty.Count);
            Assert.True(double.IsNaN(empty.Value));
            Assert.True(double.IsNaN(empty.Variance));
            Assert.True(double.IsNaN(empty.StandardError));
            Assert.True(double.IsNaN(empty.PromoterShare));
            Assert.True(double.IsNaN(empty.PosteriorMean()));
            foreach (IntervalMethod method in Enum.GetValues<IntervalMethod>())
            {
                Assert.False(empty.Interval(method).IsDefined);
            }

            Assert.Equal("NPS undefined (no responses)", empty.ToString());
        }
    }

    [Fact]
    public void Compare_HandComputed()
    {
        // a = (10, 20, 70): NPS 60, σ² = 0.8 − 0.36 = 0.44; b = (30, 30, 40): NPS 10, σ² = 0.7 − 0.01 = 0.69.
        var a = NetPromoterScore.FromCounts(10, 20, 70);
        var b = NetPromoterScore.FromCounts(30, 30, 40);

        ScoreComparison d = NetPromoterScore.Compare(a, b);

        double se = 100 * Math.Sqrt((0.44 / 100) + (0.69 / 100));
        Assert.Equal(50, d.Difference, Precision);
        Assert.Equal(se, d.StandardError, Precision);
        Assert.Equal(50 / se, d.Statistic, Precision);
        Assert.Equal(double.PositiveInfinity, d.DegreesOfFreedom);

        // R: 2 * pnorm(-50 / (100 * sqrt(0.0113)))
        Assert.Equal(2.5560836985038e-06, d.PValue, 15);
        Assert.Equal(50 - (1.959963984540054 * se), d.Interval.Lower, Precision);
        Assert.True(d.IsSignificantAt(0.05));
    }

    [Fact]
    public void Compare_EmptyGroup_IsUndefined()
    {
        ScoreComparison d = NetPromoterScore.Compare(NetPromoterScore.FromCounts(1, 2, 3), default);

        Assert.True(double.IsNaN(d.Difference) && double.IsNaN(d.PValue));
        Assert.False(d.Interval.IsDefined);
        Assert.False(d.IsSignificantAt(0.05));
    }

    [Fact]
    public void Compare_ZeroVarianceGroups_UseTheDocumentedLimits()
    {
        var allPromoters = NetPromoterScore.FromCounts(0, 0, 10);
        var allDetractors = NetPromoterScore.FromCounts(10, 0, 0);

        Assert.Equal((0.0, 1.0), (NetPromoterScore.Compare(allPromoters, allPromoters).Statistic, NetPromoterScore.Compare(allPromoters, allPromoters).PValue));
        Assert.Equal((double.PositiveInfinity, 0.0), (NetPromoterScore.Compare(allPromoters, allDetractors).Statistic, NetPromoterScore.Compare(allPromoters, allDetractors).PValue));
    }

    [Property]
    public bool Value_AlwaysWithinRange(NetPromoterScore nps) =>
        nps.Value >= -100 && nps.Value <= 100 && nps.StandardError >= 0;

    [Property]
    public bool AddingAPromoter_NeverLowersTheScore(NetPromoterScore nps) =>
        NetPromoterScore.FromCounts((long)nps.Detractors, (long)nps.Passives, (long)nps.Promoters + 1).Value >= nps.Value - 1e-12;

    [Property]
    public bool AddingADetractor_NeverRaisesTheScore(NetPromoterScore nps) =>
        NetPromoterScore.FromCounts((long)nps.Detractors + 1, (long)nps.Passives, (long)nps.Promoters).Value <= nps.Value + 1e-12;
}
