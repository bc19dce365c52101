using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class ConversionPathTests
{
    [Fact]
    public void TryParse_GoodPath_GivesTheParsedPath()
    {
        Assert.True(ConversionPath.TryParse(" Search > Email >Web ", 3, 5, out ConversionPath? path));

        Assert.Equal(["Search", "Email", "Web"], path.Steps);
        Assert.Equal(3, path.Conversions);
        Assert.Equal(5, path.NonConversions);
        Assert.Null(path.StepTimes);
        Assert.Equal(ConversionPath.Parse(" Search > Email >Web ", 3, 5).ToString(), path.ToString());
    }

    [Fact]
    public void TryParse_OtherSeparator_Splits()
    {
        Assert.True(ConversionPath.TryParse("a|b", 0, 1, '|', out ConversionPath? path));
        Assert.Equal(["a", "b"], path.Steps);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a >> b")]
    [InlineData("a > ")]
    [InlineData("(start) > a")]
    [InlineData(null)]
    public void TryParse_BadText_ReturnsFalse(string? text)
    {
        Assert.False(ConversionPath.TryParse(text, 1, 0, out ConversionPath? path));
        Assert.Null(path);
    }

    [Theory]
    [InlineData(-1L, 1L)]
    [InlineData(1L, -1L)]
    [InlineData(0L, 0L)]
    [InlineData(long.MaxValue, 1L)]
    public void TryParse_BadCounts_ReturnsFalse(long conversions, long nonConversions)
    {
        Assert.False(ConversionPath.TryParse("a > b", conversions, nonConversions, out ConversionPath? path));
        Assert.Null(path);
    }

    [Fact]
    public void Parse_ReservedStep_ThrowsFormatExceptionShowingThePath()
    {
        var error = Assert.Throws<FormatException>(() => ConversionPath.Parse("a > (start)", 1, 0));

        Assert.Contains("\"a > (start)\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadCounts_StillThrowArgumentExceptions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConversionPath.Parse("a", -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConversionPath.Parse("a", 0, 0));
        Assert.Throws<OverflowException>(() => ConversionPath.Parse("a", long.MaxValue, 1));
    }
}
