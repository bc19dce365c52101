using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CxCore.Csv.Tests;

public sealed class SurveyTimeFormatTests
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Theory]
    [InlineData("2026-11-22T10:15:03Z", true)]
    [InlineData("2026-11-22T10:15:03", false)]
    [InlineData("", false)]
    public void ExtendedIso_ParsesUtcTextOnly(string text, bool ok)
    {
        bool parsed = SurveyTimeFormat.ExtendedIso.TryParse(text, out Instant instant, out ImportErrorReason reason, out string detail);

        Assert.Equal(ok, parsed);
        if (ok)
        {
            Assert.Equal(Instant.FromUtc(2026, 11, 22, 10, 15, 3), instant);
        }
        else
        {
            Assert.Equal(ImportErrorReason.UnparseableTime, reason);
            Assert.NotEmpty(detail);
        }
    }

    [Fact]
    public void FromInstantPattern_UsesThePattern()
    {
        var format = SurveyTimeFormat.FromInstantPattern(InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm"));

        Assert.True(format.TryParse("2026-01-02 03:04", out Instant instant, out _, out _));
        Assert.Equal(Instant.FromUtc(2026, 1, 2, 3, 4), instant);
        Assert.Null(format.Zone);
        Assert.Equal("instant 'uuuu'-'MM'-'dd HH':'mm'", format.ToString());
    }

    [Fact]
    public void FromOffsetPattern_RejectsTextWithoutOffset()
    {
        var format = SurveyTimeFormat.FromOffsetPattern(OffsetDateTimePattern.ExtendedIso);

        Assert.False(format.TryParse("2026-01-02T03:04:05", out _, out ImportErrorReason reason, out _));
        Assert.Equal(ImportErrorReason.UnparseableTime, reason);
        Assert.StartsWith("offset ", format.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    // London: BST (UTC+1) from 2026-03-29 01:00 to 2026-10-25 02:00 local, then GMT.
    [InlineData("2026-07-01 12:00", true, ImportErrorReason.UnparseableTime)]
    [InlineData("2026-03-29 01:30", false, ImportErrorReason.SkippedLocalTime)]
    [InlineData("2026-10-25 01:30", false, ImportErrorReason.AmbiguousLocalTime)]
    [InlineData("2026-07-01T12:00", false, ImportErrorReason.UnparseableTime)]
    public void FromLocalPattern_WithoutResolver_RejectsGapsAndOverlaps(string text, bool ok, ImportErrorReason expected)
    {
        var format = SurveyTimeFormat.FromLocalPattern(Pattern, London);

        bool parsed = format.TryParse(text, out Instant instant, out ImportErrorReason reason, out _);

        Assert.Equal(ok, parsed);
        if (ok)
        {
            Assert.Equal(Instant.FromUtc(2026, 7, 1, 11, 0), instant);
        }
        else
        {
            Assert.Equal(expected, reason);
        }
    }

    [Fact]
    public void FromLocalPattern_WithLenientResolver_AcceptsOverlap()
    {
        var format = SurveyTimeFormat.FromLocalPattern(Pattern, London, Resolvers.LenientResolver);

        Assert.True(format.TryParse("2026-10-25 01:30", out Instant instant, out _, out _));
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), instant); // the earlier: 01:30 BST
        Assert.Same(London, format.Zone);
        Assert.Equal("local 'uuuu'-'MM'-'dd HH':'mm' in Europe/London", format.ToString());
    }

    [Fact]
    public void Factories_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SurveyTimeFormat.FromInstantPattern(null!));
        Assert.Throws<ArgumentNullException>(() => SurveyTimeFormat.FromOffsetPattern(null!));
        Assert.Throws<ArgumentNullException>(() => SurveyTimeFormat.FromLocalPattern(null!, London));
        Assert.Throws<ArgumentNullException>(() => SurveyTimeFormat.FromLocalPattern(Pattern, null!));
    }
}
