using System.Globalization;
using CxCore.Utility;

namespace CxCore.Tests.Utility;

public sealed class TextFormatTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    // Expected digits from R: format(signif(p, 4), scientific = FALSE, drop0trailing = TRUE)
    //   c(0.04999, 0.0023456, 0.5, 1, 0.00012345, 0.0001, 0.123456789)
    //   -> "0.04999" "0.002346" "0.5" "1" "0.0001234" "0.0001" "0.1235"
    // and R's format.pval(p, eps = 1e-4) writes everything below 1e-4 as "<1e-04" (here "< 0.0001").
    [Theory]
    [InlineData(0.04999, "0.04999")]
    [InlineData(0.0023456, "0.002346")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.0, "1")]
    [InlineData(0.00012345, "0.0001234")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.123456789, "0.1235")]
    [InlineData(0.0, "< 0.0001")]
    [InlineData(1e-12, "< 0.0001")]
    [InlineData(0.00009999, "< 0.0001")]
    [InlineData(double.NaN, "NaN")]
    public void PValue_FourSignificantDigits_NeverZero(double p, string expected) =>
        Assert.Equal(expected, TextFormat.PValue(p));

    [Theory]
    [InlineData(0.0, "p < 0.0001")]
    [InlineData(1e-12, "p < 0.0001")]
    [InlineData(0.04999, "p = 0.04999")]
    [InlineData(double.NaN, "p = NaN")]
    public void InlinePValue_SaysLessThanOrEquals(double p, string expected) =>
        Assert.Equal(expected, TextFormat.InlinePValue(p));

    [Fact]
    public void PValue_WithGermanCulture_UsesDecimalComma()
    {
        Assert.Equal("0,04999", TextFormat.PValue(0.04999, German));
        Assert.Equal("p < 0,0001", TextFormat.InlinePValue(0, German));
    }

    [Fact]
    public void SpanWriter_TooSmall_FailsAndReportsNothingWritten()
    {
        Span<char> buffer = stackalloc char[9]; // "p < 0.0001" has 10 characters
        var writer = new SpanWriter(buffer, null);
        writer.PValue(0);
        Assert.False(writer.TryFinish(out int written));
        Assert.Equal(0, written);

        Span<char> exact = stackalloc char[10];
        writer = new SpanWriter(exact, null);
        writer.PValue(0);
        Assert.True(writer.TryFinish(out written));
        Assert.Equal("p < 0.0001", new string(exact[..written]));
    }
}
