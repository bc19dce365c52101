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
        Assert.Equal(14.6922, nps.Interval(NpsIntervalMethod.Wald).Lower, 4);
        Assert.Equal(45.3078, nps.Interval(NpsIntervalMethod.Wald).Upper, 4);
        Assert.Equal(14.0511, nps.Interval(NpsIntervalMethod.AdjustedWald).Lower, 4);
        Assert.Equal(44.2013, nps.Interval(NpsIntervalMethod.AdjustedWald).Upper, 4);
        Assert.Equal(nps.Interval(NpsIntervalMethod.AdjustedWald), nps.Interval());

        // By hand: Wald 30 ± z·√(0.61/100)·100.
        double z = 1.959963984540054;
        Assert.Equal(30 - (z * Math.Sqrt(0.0061) * 100), nps.Interval(NpsIntervalMethod.Wald).Lower, Precision);
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
            Assert.True(double.IsNaN(empty.PromoterPercent) && double.IsNaN(empty.DetractorPercent) && double.IsNaN(empty.PassivePercent));
            Assert.True(double.IsNaN(empty.PosteriorMean()));
            foreach (NpsIntervalMethod method in Enum.GetValues<NpsIntervalMethod>())
            {
                Assert.False(empty.Interval(method).IsDefined);
            }

            Assert.Equal("NPS undefined (no responses)", empty.ToString());
        }
    }

    [Fact]
    public void BandPercents_AreZeroToHundredAndMakeTheScore()
    {
        var nps = NetPromoterScore.FromCounts(20, 30, 50);

        Assert.Equal((20.0, 30.0, 50.0), (nps.DetractorPercent, nps.PassivePercent, nps.PromoterPercent));
        Assert.Equal(nps.PromoterPercent - nps.DetractorPercent, nps.Value, Precision);
    }

    [Theory]
    [InlineData(1, 1, 2, "NPS 25.0 (n = 4: 1 detractor, 1 passive, 2 promoters)")]
    [InlineData(0, 2, 1, "NPS 33.3 (n = 3: 0 detractors, 2 passives, 1 promoter)")]
    [InlineData(20, 30, 50, "NPS 30.0 (n = 100: 20 detractors, 30 passives, 50 promoters)")]
    public void ToString_OneResponseIsSingular(long detractors, long passives, long promoters, string expected) =>
        Assert.Equal(expected, NetPromoterScore.FromCounts(detractors, passives, promoters).ToString());

    [Fact]
    public void Compare_Wald_HandComputed()
    {
        // a = (10, 20, 70): NPS 60, σ² = 0.8 − 0.36 = 0.44; b = (30, 30, 40): NPS 10, σ² = 0.7 − 0.01 = 0.69.
        var a = NetPromoterScore.FromCounts(10, 20, 70);
        var b = NetPromoterScore.FromCounts(30, 30, 40);

        ScoreComparison d = NetPromoterScore.Compare(a, b, NpsComparisonMethod.Wald);

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

    [Theory]
    [InlineData(NpsComparisonMethod.AdjustedWald)]
    [InlineData(NpsComparisonMethod.Wald)]
    public void Compare_EmptyGroup_IsUndefined(NpsComparisonMethod method)
    {
        ScoreComparison d = NetPromoterScore.Compare(NetPromoterScore.FromCounts(1, 2, 3), default, method);

        Assert.True(double.IsNaN(d.Difference) && double.IsNaN(d.PValue));
        Assert.False(d.Interval.IsDefined);
        Assert.False(d.IsSignificantAt(0.05));
    }

    [Fact]
    public void Compare_Wald_ZeroVarianceGroups_UseTheDocumentedLimits()
    {
        var allPromoters = NetPromoterScore.FromCounts(0, 0, 10);
        var allDetractors = NetPromoterScore.FromCounts(10, 0, 0);

        Assert.Equal((0.0, 1.0), (NetPromoterScore.Compare(allPromoters, allPromoters, NpsComparisonMethod.Wald).Statistic, NetPromoterScore.Compare(allPromoters, allPromoters, NpsComparisonMethod.Wald).PValue));
        Assert.Equal((double.PositiveInfinity, 0.0), (NetPromoterScore.Compare(allPromoters, allDetractors, NpsComparisonMethod.Wald).Statistic, NetPromoterScore.Compare(allPromoters, allDetractors, NpsComparisonMethod.Wald).PValue));
    }

    // Expected values for the adjusted comparison from an independent R implementation of the documented formula:
    //   adj <- function(a, b, conf = .95) {   # a, b = c(detractors, passives, promoters)
    //     f <- function(x) { n <- sum(x) + 1.5; d <- (x[1] + .375)/n; p <- (x[3] + .375)/n; c(p - d, ((p + d) - (p - d)^2)/n) }
    //     fa <- f(a); fb <- f(b); delta <- 100*(fa[1] - fb[1]); se <- 100*sqrt(fa[2] + fb[2]); z <- delta/se
    //     h <- qnorm(1 - (1 - conf)/2)*se
    //     c(se = se, z = z, p = 2*pnorm(-abs(z)), lo = max(-200, delta - h), hi = min(200, delta + h)) }
    [Theory]
    [InlineData(10, 20, 70, 30, 30, 40, 0.95, 50, 10.5674749184289, 4.66157564830693, 3.1379768475126e-06, 28.5492134961914, 69.9729539914933)]
    [InlineData(0, 0, 1, 4, 0, 0, 0.95, 200, 52.6171548901143, 2.142405323182, 0.0321608799129938, 9.59954417368317, 200)]
    [InlineData(0, 0, 10, 10, 0, 0, 0.95, 200, 17.6260154267524, 9.86683826534606, 5.79628508294473e-23, 139.366688050879, 200)]
    [InlineData(1, 2, 3, 2, 1, 1, 0.90, 58.3333333333333, 43.9225894847413, 1.02108016341034, 0.307216460433308, -27.3977457705924, 117.094715467562)]
    public void Compare_AdjustedWald_MatchesR(long d1, long pa1, long p1, long d2, long pa2, long p2, double level,
        double difference, double se, double z, double p, double lower, double upper)
    {
        ScoreComparison c = NetPromoterScore.Compare(NetPromoterScore.FromCounts(d1, pa1, p1), NetPromoterScore.FromCounts(d2, pa2, p2), confidence: level);

        Assert.Equal(difference, c.Difference, 9); // the observed difference of the two scores
        Assert.Equal(se, c.StandardError, 9);
        Assert.Equal(z, c.Statistic, 9);
        Assert.Equal(p, c.PValue, 12);
        Assert.Equal(p, 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(c.Statistic)), 15);
        Assert.Equal(lower, c.Interval.Lower, 9);
        Assert.Equal(upper, c.Interval.Upper, 9);
        Assert.Equal(double.PositiveInfinity, c.DegreesOfFreedom);
    }

    [Fact]
    public void Compare_AdjustedWald_HandComputed()
    {
        // a = (10, 20, 70), b = (30, 30, 40), each plus (3/8, 3/4, 3/8): ñ = 101.5 for both.
        // Δ̃ = 100·[(70.375 − 10.375) − (40.375 − 30.375)]/101.5 = 5000/101.5;
        // σ̃ₐ² = 80.75/101.5 − (60/101.5)², σ̃_b² = 70.75/101.5 − (10/101.5)²; SE = 100·√((σ̃ₐ² + σ̃_b²)/101.5).
        ScoreComparison c = NetPromoterScore.Compare(NetPromoterScore.FromCounts(10, 20, 70), NetPromoterScore.FromCounts(30, 30, 40));

        double n = 101.5;
        double varianceA = (80.75 / n) - ((60 / n) * (60 / n)), varianceB = (70.75 / n) - ((10 / n) * (10 / n));
        double se = 100 * Math.Sqrt((varianceA + varianceB) / n);
        Assert.Equal(se, c.StandardError, 12);
        Assert.Equal(5000 / n / se, c.Statistic, 12);
        Assert.Equal((5000 / n) - (1.959963984540054 * se), c.Interval.Lower, 9);
        Assert.Equal(50, c.Difference, 12);
    }

    [Fact]
    public void Compare_AdjustedWald_OneAgainstFourIsNoLongerCertain()
    {
        // One promoter against four detractors: Wald sees two zero-variance groups and reports p = 0.
        var one = NetPromoterScore.FromCounts(0, 0, 1);
        var four = NetPromoterScore.FromCounts(4, 0, 0);

        Assert.Equal(0, NetPromoterScore.Compare(one, four, NpsComparisonMethod.Wald).PValue);
        Assert.Equal(0.0321608799129938, NetPromoterScore.Compare(one, four).PValue, 12);
        Assert.Equal(1, NetPromoterScore.Compare(one, one).PValue);
    }

    [Fact]
    public void Compare_UnknownMethodOrLevel_Throws()
    {
        var a = NetPromoterScore.FromCounts(1, 2, 3);

        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Compare(a, a, (NpsComparisonMethod)7)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.Compare(a, a, confidence: 1)).ParamName);
    }

    [Fact]
    public void Compare_AdjustedWald_LargeGroupsAgreeWithWald()
    {
        var a = NetPromoterScore.FromCounts(10_000, 20_000, 70_000);
        var b = NetPromoterScore.FromCounts(30_000, 30_000, 40_000);

        ScoreComparison adjusted = NetPromoterScore.Compare(a, b), wald = NetPromoterScore.Compare(a, b, NpsComparisonMethod.Wald);

        Assert.Equal(wald.StandardError, adjusted.StandardError, 3);
        Assert.Equal(wald.Interval.Lower, adjusted.Interval.Lower, 2);
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
