using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed partial class EffortScoreTests
{
    // The exact bootstrap distribution of the mean of n draws with replacement from a small sample is enumerable, so
    // with many resamples the percentile bounds must land on its quantiles. R, for the sample x of counts cnt on 1–7:
    //   comps <- function(n, k) if (k == 1) matrix(n, 1, 1) else do.call(rbind, lapply(0:n, function(i) cbind(i, comps(n - i, k - 1))))
    //   v <- which(cnt > 0); n <- sum(cnt); C <- comps(n, length(v))
    //   pr <- apply(C, 1, function(c) dmultinom(c, prob = cnt[v] / n)); m <- as.vector(C %*% v) / n
    //   F <- cumsum(tapply(pr, m, sum))   # the exact CDF; the p-quantile is the first atom with F >= p
    // cnt = (0, 1, 1, 2, 3, 1, 0): 95 % → [3.375, 5] (F crosses 0.025 and 0.975 at least 0.004 inside those atoms),
    // 90 % → [3.5, 4.875]. cnt = (1, 1, 1, 1, 2, 3, 1): 95 % → [3.3, 5.6]. With 200,000 resamples the empirical CDF is
    // within 0.0004 (one standard deviation) of F, so each bound is that atom.
    [Theory]
    [InlineData(new long[] { 0, 1, 1, 2, 3, 1, 0 }, 0.95, 3.375, 5.0)]
    [InlineData(new long[] { 0, 1, 1, 2, 3, 1, 0 }, 0.90, 3.5, 4.875)]
    [InlineData(new long[] { 1, 1, 1, 1, 2, 3, 1 }, 0.95, 3.3, 5.6)]
    public void BootstrapInterval_ManyResamples_LandsOnTheExactBootstrapQuantiles(long[] counts, double level, double lower, double upper)
    {
        var ces = EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, counts));

        ConfidenceInterval interval = ces.BootstrapInterval(level, resamples: 200_000, seed: 7);

        Assert.Equal(lower, interval.Lower, 12);
        Assert.Equal(upper, interval.Upper, 12);
        Assert.Equal(level, interval.Level);
    }

    [Fact]
    public void Interval_Bootstrap_IsTheSeededDefaultBootstrap()
    {
        var ces = EffortScore.FromCounts(X);

        ConfidenceInterval byMethod = ces.Interval(MeanIntervalMethod.Bootstrap, 0.9);

        Assert.Equal(ces.BootstrapInterval(0.9, EffortScore.DefaultBootstrapResamples, EffortScore.DefaultBootstrapSeed), byMethod);
        Assert.Equal(byMethod, EffortScore.FromCounts(X).Interval(MeanIntervalMethod.Bootstrap, 0.9)); // reproducible
        Assert.NotEqual(byMethod, ces.BootstrapInterval(0.9, seed: EffortScore.DefaultBootstrapSeed + 1));
    }

    [Fact]
    public void BootstrapInterval_LargeSample_AgreesWithStudentT()
    {
        // n = 35,000 (the sample X a thousand times over): both intervals are x̄ ± 1.96·s/√n to well under 0.01 points.
        long[] counts = [2000, 1000, 3000, 5000, 8000, 10000, 6000];
        var ces = EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, counts));

        ConfidenceInterval t = ces.Interval();
        ConfidenceInterval bootstrap = ces.Interval(MeanIntervalMethod.Bootstrap);

        Assert.Equal(t.Lower, bootstrap.Lower, 0.004);
        Assert.Equal(t.Upper, bootstrap.Upper, 0.004);
    }

    [Fact]
    public void BootstrapInterval_NoSpread_HasZeroWidthAtTheMean()
    {
        var ces = EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, [0, 0, 0, 0, 9, 0, 0]));

        ConfidenceInterval interval = ces.Interval(MeanIntervalMethod.Bootstrap);

        Assert.Equal((5.0, 5.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void BootstrapInterval_FewerThanTwoResponses_IsUndefined()
    {
        Assert.False(default(EffortScore).Interval(MeanIntervalMethod.Bootstrap).IsDefined);
        Assert.False(EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, [0, 0, 1, 0, 0, 0, 0])).BootstrapInterval().IsDefined);
    }

    [Fact]
    public void BootstrapInterval_Weighted_ResamplesTheEffectiveCount()
    {
        // Ratings 7, 1, 7, 1 with weights 2, 2, 1, 1: shares ½ and ½, n_eff = 6²/10 = 3.6, so resamples of 4 responses;
        // the resample mean is 1 + 6·Binomial(4, ½)/4, whose 2.5 % and 97.5 % quantiles are 1 and 7 (P(0) = P(4) = 1/16).
        var counts = WeightedRatingCounts.FromRatings(RatingScale.SevenPoint, [7, 1, 7, 1], [2, 2, 1, 1]);

        ConfidenceInterval interval = EffortScore.FromCounts(counts).BootstrapInterval(resamples: 20_000);

        Assert.Equal((1.0, 7.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void BootstrapInterval_BadArguments_Throw()
    {
        var ces = EffortScore.FromCounts(X);

        Assert.Equal("resamples", Assert.Throws<ArgumentOutOfRangeException>(() => ces.BootstrapInterval(resamples: 1)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => ces.BootstrapInterval(1.0)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ces.Interval((MeanIntervalMethod)5)).ParamName);
    }

    [Fact]
    public void Equality_ComparesTheDistributionNotOnlyItsMoments()
    {
        // {1, 1, 1, 3, 6, 6} and {1, 1, 2, 2, 5, 7}: n 6, mean 3, Σx² 84, 2 agree and 4 disagree in both, so every
        // number the score reports except a bootstrap interval is equal; the scores are not.
        var a = EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, [3, 0, 1, 0, 0, 2, 0]));
        var b = EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, [2, 2, 0, 0, 1, 0, 1]));

        Assert.Equal((a.Count, a.Mean, a.Variance, a.Agree, a.Disagree), (b.Count, b.Mean, b.Variance, b.Agree, b.Disagree));
        Assert.True(a != b);
        Assert.True(a == EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, [3, 0, 1, 0, 0, 2, 0])));
        Assert.Equal(a.GetHashCode(), EffortScore.FromCounts(RatingCounts.FromCounts(RatingScale.SevenPoint, [3, 0, 1, 0, 0, 2, 0])).GetHashCode());
    }
}
