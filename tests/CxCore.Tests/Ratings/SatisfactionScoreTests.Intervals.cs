using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed partial class SatisfactionScoreTests
{
    // Expected values from R 4 (base R; the binom package is not needed):
    //   wilson: prop.test(x, n, correct = FALSE, conf.level = conf)$conf.int
    //   ac:     z <- qnorm(1 - (1 - conf)/2); nt <- n + z^2; pt <- (x + z^2/2)/nt; h <- z*sqrt(pt*(1 - pt)/nt)
    //           c(max(0, pt - h), min(1, pt + h))                          (Agresti–Coull, by hand)
    //   jeff:   c(if (x == 0) 0 else qbeta(a/2, x + .5, n - x + .5), if (x == n) 1 else qbeta(1 - a/2, x + .5, n - x + .5))
    //   cp:     binom.test(x, n, conf.level = conf)$conf.int
    // with a = 1 - conf, all ×100. The counts are on 1–5 with top-2-box satisfied = x.
    [Theory]
    [InlineData(new long[] { 5, 4, 4, 3, 4 }, 0.95, ProportionIntervalMethod.Wilson, 18.1191824101082, 56.7145723314764)]
    [InlineData(new long[] { 5, 4, 4, 3, 4 }, 0.95, ProportionIntervalMethod.AgrestiCoull, 17.9926361438228, 56.8411185977618)]
    [InlineData(new long[] { 5, 4, 4, 3, 4 }, 0.95, ProportionIntervalMethod.Jeffreys, 17.2276213631912, 56.7766093841496)]
    [InlineData(new long[] { 5, 4, 4, 3, 4 }, 0.95, ProportionIntervalMethod.ClopperPearson, 15.3909204784541, 59.2188534532828)]
    [InlineData(new long[] { 30, 30, 27, 20, 13 }, 0.90, ProportionIntervalMethod.Wilson, 21.3473104037976, 34.6448978698232)]
    [InlineData(new long[] { 30, 30, 27, 20, 13 }, 0.90, ProportionIntervalMethod.AgrestiCoull, 21.3292345028638, 34.6629737707570)]
    [InlineData(new long[] { 30, 30, 27, 20, 13 }, 0.90, ProportionIntervalMethod.Jeffreys, 21.2358656986822, 34.5570671180416)]
    [InlineData(new long[] { 30, 30, 27, 20, 13 }, 0.90, ProportionIntervalMethod.ClopperPearson, 20.8578737230350, 34.9970158227765)]
    [InlineData(new long[] { 1, 1, 0, 0, 1 }, 0.99, ProportionIntervalMethod.Wilson, 4.0426629296085, 85.5783984952333)]
    [InlineData(new long[] { 1, 1, 0, 0, 1 }, 0.99, ProportionIntervalMethod.AgrestiCoull, 3.5426940351560, 86.0783673896858)]
    [InlineData(new long[] { 1, 1, 0, 0, 1 }, 0.99, ProportionIntervalMethod.Jeffreys, 1.3045847581494, 90.8406977969410)]
    [InlineData(new long[] { 1, 1, 0, 0, 1 }, 0.99, ProportionIntervalMethod.ClopperPearson, 0.1669452186309, 95.8599849283957)]
    public void Interval_EachMethod_MatchesR(long[] counts, double level, ProportionIntervalMethod method, double lower, double upper)
    {
        ConfidenceInterval interval = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, counts)).Interval(method, level);

        Assert.Equal(lower, interval.Lower, 9);
        Assert.Equal(upper, interval.Upper, 9);
        Assert.Equal(level, interval.Level);
    }

    // x = 0 and x = n of 10 (R as above): the bound at the edge is exactly 0 or 100, never a rounding residue.
    [Theory]
    [InlineData(ProportionIntervalMethod.Wilson, 27.7532799862889, 72.2467200137111)]
    [InlineData(ProportionIntervalMethod.AgrestiCoull, 32.0887305750546, 67.9112694249454)]
    [InlineData(ProportionIntervalMethod.Jeffreys, 21.7196267509211, 78.2803732490789)]
    [InlineData(ProportionIntervalMethod.ClopperPearson, 30.8497107818761, 69.1502892181239)]
    public void Interval_NoneOrAllSatisfied_EdgeBoundIsExact(ProportionIntervalMethod method, double upperOfNone, double lowerOfAll)
    {
        ConfidenceInterval none = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [4, 3, 3, 0, 0])).Interval(method);
        ConfidenceInterval all = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [0, 0, 0, 5, 5])).Interval(method);

        Assert.Equal(0.0, none.Lower);
        Assert.Equal(upperOfNone, none.Upper, 9);
        Assert.Equal(lowerOfAll, all.Lower, 9);
        Assert.Equal(100.0, all.Upper);
        Assert.StartsWith("[0.0, ", none.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Interval_WilsonOfNoneSatisfied_PrintsZeroNotARoundingResidue()
    {
        // Before the lower bound was computed from the product of the roots, 0 of 7 printed as [5.551E-15, …].
        foreach (long n in new long[] { 1, 3, 7, 12, 1000, 123_457 })
        {
            ConfidenceInterval interval = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [n, 0, 0, 0, 0])).Interval();

            Assert.Equal(0.0, interval.Lower);
            Assert.Equal("0", ResultTable.FormatNumber(interval.Lower));
        }
    }

    [Fact]
    public void Interval_Weighted_UsesEffectiveCounts()
    {
        // Ratings 5, 4, 2 with weights 2, 1, 1: satisfied share 3/4, n_eff = 8/3, effective satisfied x = 2.
        // R: binom.test is integer-only, so Clopper–Pearson by its Beta form:
        //   100 * qbeta(0.025, 2, 8/3 - 2 + 1) → 10.8765599915793; 100 * qbeta(0.975, 2 + 1, 8/3 - 2) → 99.8805044854521
        var csat = SatisfactionScore.FromCounts(WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [5, 4, 2], [2, 1, 1]));

        ConfidenceInterval interval = csat.Interval(ProportionIntervalMethod.ClopperPearson);

        Assert.Equal(10.8765599915793, interval.Lower, 9);
        Assert.Equal(99.8805044854521, interval.Upper, 9);
    }

    [Fact]
    public void Interval_UnknownMethod_Throws() =>
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScore.FromCounts(Sample).Interval((ProportionIntervalMethod)9)).ParamName);

    [Fact]
    public void Interval_EveryMethod_ContainsTheEstimateAndIsOrderedByWidthAsDocumented()
    {
        // Clopper–Pearson guarantees coverage, so it is the widest; all contain p̂ = 40/60.
        var csat = SatisfactionScore.FromCounts(Sample);
        ConfidenceInterval[] intervals = Enum.GetValues<ProportionIntervalMethod>().Select(m => csat.Interval(m)).ToArray();

        Assert.All(intervals, i => Assert.True(i.Contains(csat.Value)));
        Assert.Equal(intervals.Max(i => i.Width), csat.Interval(ProportionIntervalMethod.ClopperPearson).Width);
    }
}
