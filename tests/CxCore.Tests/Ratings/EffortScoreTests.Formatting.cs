using System.Globalization;
using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.Ratings;

public sealed partial class EffortScoreTests
{
    [Theory]
    // X: mean 175 / 35 = 5; agree 24 of 35 = 68.571 %; disagree 6 of 35 = 17.143 %; net effort 18 of 35 = 51.429.
    [InlineData(null, "CES 5.0 (n = 35, agree 68.6%, net effort 51.4)")]
    [InlineData("0.00", "CES 5.00 (n = 35, agree 68.57%, net effort 51.43)")]
    public void Format_MeanAgreeAndNetEffort(string? format, string expected) =>
        FormatAssert.Formats(expected, EffortScore.FromCounts(X), format);

    [Fact]
    public void Format_GermanCulture() =>
        Assert.Equal("CES 5,00 (n = 35, agree 68,57%, net effort 51,43)", string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{EffortScore.FromCounts(X):0.00}"));

    [Fact]
    public void Format_Empty() =>
        FormatAssert.Formats("CES undefined (no responses)", EffortScore.FromCounts(RatingCounts.Empty(RatingScale.SevenPoint)));
}
