using System.Globalization;
using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.Ratings;

public sealed class ScoreComparisonTests
{
    private static readonly RatingCounts X = RatingCounts.FromCounts(RatingScale.SevenPoint, [2, 1, 3, 5, 8, 10, 6]);
    private static readonly RatingCounts Y = RatingCounts.FromCounts(RatingScale.SevenPoint, [4, 5, 6, 6, 5, 3, 1]);

    [Fact]
    public void ToString_Welch_MatchesRRoundedByHand()
    {
        // R: t.test(x, y): t = 3.54728342564009, df = 61.1188799285715, p = 0.000754343867313301,
        // 95% CI [0.639930953105741, 2.29340238022759]. Means 175/35 = 5 and 106/30 = 3.5333: Δ = 1.4667;
        // SE = Δ / t = 0.4135. One decimal for Δ, bounds and SE, two for t, four significant digits for p.
        ScoreComparison d = EffortScore.Compare(EffortScore.FromCounts(X), EffortScore.FromCounts(Y));

        FormatAssert.Formats("Δ = 1.5 [0.6, 2.3] 95%, SE 0.4, t(61.1) = 3.55, p = 0.0007543", d);
        FormatAssert.Formats("Δ = 1.467 [0.640, 2.293] 95%, SE 0.413, t(61.1) = 3.547, p = 0.0007543", d, "F3");
        FormatAssert.Formats("Δ = 1,47 [0,64; 2,29] 95%, SE 0,41, t(61,1) = 3,55, p = 0,0007543", d, "0.00", CultureInfo.GetCultureInfo("de-DE"));
    }

    [Theory]
    [InlineData(0.0, "Δ = 12.5 [4.5, 20.5] 95%, SE 4.1, z = 3.05, p < 0.0001")]
    [InlineData(1e-12, "Δ = 12.5 [4.5, 20.5] 95%, SE 4.1, z = 3.05, p < 0.0001")]
    [InlineData(0.04999, "Δ = 12.5 [4.5, 20.5] 95%, SE 4.1, z = 3.05, p = 0.04999")]
    [InlineData(0.0023456, "Δ = 12.5 [4.5, 20.5] 95%, SE 4.1, z = 3.05, p = 0.002346")]
    public void ToString_PValue_NeverZero(double p, string expected)
    {
        var comparison = new ScoreComparison(12.46, 4.08, 3.05, double.PositiveInfinity, p, ConfidenceInterval.FromBounds(4.49, 20.5, 0.95));
        FormatAssert.Formats(expected, comparison);
    }

    [Fact]
    public void ToString_Undefined_SaysSo()
    {
        FormatAssert.Formats("Δ undefined (too few responses) 95%", ScoreComparison.Undefined(0.95));
        FormatAssert.Formats("Δ undefined (too few responses) 90%", EffortScore.Compare(EffortScore.FromCounts(RatingCounts.Empty(RatingScale.SevenPoint)), EffortScore.FromCounts(Y), 0.9));
    }

    [Fact]
    public void TryFormat_AllocatesNothing()
    {
        // Not a speed claim: TryFormat of the hot value types writes into the caller's span and allocates no object.
        ScoreComparison d = EffortScore.Compare(EffortScore.FromCounts(X), EffortScore.FromCounts(Y));
        NetPromoterScore nps = NetPromoterScore.FromCounts(20, 30, 50);
        SatisfactionScore csat = SatisfactionScore.FromCounts(RatingCounts.FromCounts(RatingScale.FivePoint, [3, 5, 12, 25, 15]));
        EffortScore ces = EffortScore.FromCounts(X);
        var german = CultureInfo.GetCultureInfo("de-DE");
        char[] buffer = new char[200];
        long before = 0;
        for (int round = 0; round < 2; round++) // the first round warms up (JIT, culture data)
        {
            before = GC.GetAllocatedBytesForCurrentThread();
            Assert.True(d.TryFormat(buffer, out _, "0.00", german));
            Assert.True(d.Interval.TryFormat(buffer, out _, default, null));
            Assert.True(nps.TryFormat(buffer, out _, default, null));
            Assert.True(csat.TryFormat(buffer, out _, "F2", null));
            Assert.True(ces.TryFormat(buffer, out _, default, german));
            Assert.False(d.TryFormat(buffer.AsSpan(0, 10), out _, default, null));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
