using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed partial class EffortScoreTests
{
    // x: ratings 1–7 with counts (2, 1, 3, 5, 8, 10, 6); y: (4, 5, 6, 6, 5, 3, 1).
    private static readonly RatingCounts X = RatingCounts.FromCounts(RatingScale.SevenPoint, [2, 1, 3, 5, 8, 10, 6]);
    private static readonly RatingCounts Y = RatingCounts.FromCounts(RatingScale.SevenPoint, [4, 5, 6, 6, 5, 3, 1]);

    [Fact]
    public void FromCounts_MeanSdAndTInterval_MatchR()
    {
        // R: x <- rep(1:7, c(2, 1, 3, 5, 8, 10, 6)); mean(x); sd(x); t.test(x)$conf.int
        var ces = EffortScore.FromCounts(X);

        Assert.Equal(5, ces.Mean, 12);
        Assert.Equal(1.64495664165995, ces.StandardDeviation, 12);
        Assert.Equal(4.4349376232841, ces.Interval().Lower, 10);
        Assert.Equal(5.5650623767159, ces.Interval().Upper, 10);
    }

    [Fact]
    public void AgreeDisagreeAndNetEffort_DefaultThresholdsOnSevenPoints()
    {
        var ces = EffortScore.FromCounts(X);

        Assert.Equal((5, 3), (ces.AgreeFrom, ces.DisagreeUpTo));
        Assert.Equal(100.0 * 24 / 35, ces.AgreePercent, 12);  // 8 + 10 + 6 of 35
        Assert.Equal(100.0 * 6 / 35, ces.DisagreePercent, 12); // 2 + 1 + 3 of 35
        Assert.Equal(100.0 * 18 / 35, ces.NetEffort, 12);
    }

    [Theory]
    [InlineData(1, 5, 4, 2)]
    [InlineData(1, 7, 5, 3)]
    [InlineData(1, 6, 4, 3)]
    [InlineData(0, 10, 6, 4)]
    public void DefaultThresholds_AreAboveAndBelowTheMidpoint(int min, int max, int agreeFrom, int disagreeUpTo)
    {
        var ces = EffortScore.FromCounts(RatingCounts.Empty(RatingScale.FromRange(min, max)));

        Assert.Equal((agreeFrom, disagreeUpTo), (ces.AgreeFrom, ces.DisagreeUpTo));
    }

    [Fact]
    public void Compare_IsWelch_MatchesR()
    {
        // R: t.test(x, y): t = 3.54728342564009, df = 61.1188799285715, p = 0.000754343867313301,
        // 95% CI [0.639930953105741, 2.29340238022759].
        ScoreComparison d = EffortScore.Compare(EffortScore.FromCounts(X), EffortScore.FromCounts(Y));

        Assert.Equal(3.54728342564009, d.Statistic, 10);
        Assert.Equal(61.1188799285715, d.DegreesOfFreedom, 9);
        Assert.Equal(0.000754343867313301, d.PValue, 12);
        Assert.Equal(0.639930953105741, d.Interval.Lower, 9);
        Assert.Equal(2.29340238022759, d.Interval.Upper, 9);
    }

    [Fact]
    public void Weighted_UsesEffectiveCount_MatchesR()
    {
        // R: r <- c(7,6,6,5,3,2,7,4); w <- c(1,2,0.5,1.5,1,3,0.25,1); m <- sum(w*r)/sum(w); neff <- sum(w)^2/sum(w^2)
        //    v <- sum(w*(r-m)^2)/sum(w) * neff/(neff-1); m + c(-1,1)*qt(0.975, neff-1)*sqrt(v/neff)
        var counts = WeightedRatingCounts.FromRatings(RatingScale.SevenPoint, [7, 6, 6, 5, 3, 2, 7, 4], [1, 2, 0.5, 1.5, 1, 3, 0.25, 1]);

        var ces = EffortScore.FromCounts(counts);

        Assert.Equal(4.31707317073171, ces.Mean, 12);
        Assert.Equal(5.65993265993266, ces.Count, 12);
        Assert.Equal(4.11416184971098, ces.Variance, 11);
        Assert.Equal(2.07645626242957, ces.Interval().Lower, 10);
        Assert.Equal(6.55769007903385, ces.Interval().Upper, 10);
        Assert.Equal(51.219512195122, ces.AgreePercent, 10);
        Assert.Equal(12.1951219512195, ces.NetEffort, 10);
    }

    [Fact]
    public void OneResponse_HasMeanButNoInterval()
    {
        var ces = EffortScore.FromCounts(RatingCounts.FromRatings(RatingScale.SevenPoint, [6]));

        Assert.Equal(6, ces.Mean);
        Assert.True(double.IsNaN(ces.Variance));
        Assert.False(ces.Interval().IsDefined);
        Assert.False(EffortScore.Compare(ces, EffortScore.FromCounts(X)).Interval.IsDefined);
    }

    [Fact]
    public void Compare_BothWithoutSpread_UsesDocumentedLimits()
    {
        var sixes = EffortScore.FromCounts(RatingCounts.FromRatings(RatingScale.SevenPoint, [6, 6, 6]));
        var twos = EffortScore.FromCounts(RatingCounts.FromRatings(RatingScale.SevenPoint, [2, 2]));

        Assert.Equal(1, EffortScore.Compare(sixes, sixes).PValue);
        Assert.Equal(0, EffortScore.Compare(sixes, twos).PValue);
        Assert.Equal(double.PositiveInfinity, EffortScore.Compare(sixes, twos).Statistic);
    }

    [Fact]
    public void Empty_IsNaNNotZero()
    {
        foreach (EffortScore empty in new[] { default, EffortScore.FromCounts(RatingCounts.Empty(RatingScale.SevenPoint)) })
        {
            Assert.True(empty.IsEmpty);
            Assert.True(double.IsNaN(empty.Mean) && double.IsNaN(empty.NetEffort) && double.IsNaN(empty.AgreePercent));
            Assert.False(empty.Interval().IsDefined);
            Assert.Equal("CES undefined (no responses)", empty.ToString());
        }
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(3, 5)]
    [InlineData(8, 3)]
    [InlineData(5, 0)]
    public void FromCounts_BadThresholds_Throw(int agreeFrom, int disagreeUpTo) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EffortScore.FromCounts(X, agreeFrom, disagreeUpTo));
}
