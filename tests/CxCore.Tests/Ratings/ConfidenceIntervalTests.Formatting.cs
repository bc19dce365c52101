using System.Globalization;
using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.Ratings;

public sealed partial class ConfidenceIntervalTests
{
    private static readonly ConfidenceInterval Interval9577 = ConfidenceInterval.FromBounds(29.7672, 39.6772, 0.95);

    [Fact]
    public void ToString_OneDecimalAndTheLevelOnce() =>
        FormatAssert.Formats("[29.8, 39.7] 95%", Interval9577);

    [Theory]
    [InlineData("0.00", "[29.77, 39.68] 95%")]
    [InlineData("0", "[30, 40] 95%")]
    [InlineData("F3", "[29.767, 39.677] 95%")]
    public void ToString_FormatAppliesToTheBounds(string format, string expected) =>
        FormatAssert.Formats(expected, Interval9577, format);

    [Fact]
    public void Interpolation_TakesTheFormat()
    {
        Assert.Equal("[29.77, 39.68] 95%", $"{Interval9577:0.00}");
        Assert.Equal("interval [30, 40] 95%", $"interval {Interval9577:0}");
    }

    [Fact]
    public void ToString_GermanCulture_DecimalCommaAndSemicolon()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        FormatAssert.Formats("[29,8; 39,7] 95%", Interval9577, null, german);
        FormatAssert.Formats("[29,77; 39,68] 99,5%", ConfidenceInterval.FromBounds(29.7672, 39.6772, 0.995), "0.00", german);
        Assert.Equal("[29,77; 39,68] 95%", string.Create(german, $"{Interval9577:0.00}"));
    }

    [Fact]
    public void ToString_UndefinedAndDefault()
    {
        FormatAssert.Formats("[undefined] 90%", ConfidenceInterval.Undefined(0.9));
        FormatAssert.Formats("[0.0, 0.0] 0%", default(ConfidenceInterval));
    }

    [Fact]
    public void ToString_InvalidFormat_Throws() =>
        Assert.Throws<FormatException>(() => Interval9577.ToString("Q", null));
}
