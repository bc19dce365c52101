using System.Globalization;
using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.Ratings;

public sealed partial class SatisfactionScoreTests
{
    [Theory]
    // 40 of 60 satisfied = 66.666… %; mean 224 / 60 = 3.7333…
    [InlineData(null, "CSAT 66.7% (n = 60, satisfied ≥ 4, mean 3.7)")]
    [InlineData("0.00", "CSAT 66.67% (n = 60, satisfied ≥ 4, mean 3.73)")]
    [InlineData("F0", "CSAT 67% (n = 60, satisfied ≥ 4, mean 4)")]
    public void Format_PercentAndMean(string? format, string expected) =>
        FormatAssert.Formats(expected, SatisfactionScore.FromCounts(Sample), format);

    [Fact]
    public void Format_GermanCulture() =>
        FormatAssert.Formats("CSAT 66,7% (n = 60, satisfied ≥ 4, mean 3,7)", SatisfactionScore.FromCounts(Sample), null, CultureInfo.GetCultureInfo("de-DE"));

    [Fact]
    public void Format_Empty() =>
        FormatAssert.Formats("CSAT undefined (no responses)", SatisfactionScore.FromCounts(RatingCounts.Empty(RatingScale.FivePoint)));
}
