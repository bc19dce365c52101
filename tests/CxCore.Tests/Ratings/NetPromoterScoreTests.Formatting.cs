using System.Globalization;
using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.Ratings;

public sealed partial class NetPromoterScoreTests
{
    [Fact]
    public void Format_ScoreOneDecimal_CountsWhole() =>
        // (2, 3, 4): n = 9, NPS = 100 · (4 − 2) / 9 = 22.22…
        FormatAssert.Formats("NPS 22.2 (n = 9: 2 detractors, 3 passives, 4 promoters)", NetPromoterScore.FromCounts(2, 3, 4));

    [Theory]
    [InlineData("0.00", "NPS 22.22 (n = 9: 2 detractors, 3 passives, 4 promoters)")]
    [InlineData("F0", "NPS 22 (n = 9: 2 detractors, 3 passives, 4 promoters)")]
    public void Format_FormatAppliesToTheScore(string format, string expected) =>
        FormatAssert.Formats(expected, NetPromoterScore.FromCounts(2, 3, 4), format);

    [Fact]
    public void Format_Interpolation_AndGermanCulture()
    {
        var nps = NetPromoterScore.FromCounts(2, 3, 4);
        Assert.Equal("NPS 22.22 (n = 9: 2 detractors, 3 passives, 4 promoters)", $"{nps:0.00}");
        Assert.Equal("NPS 22,22 (n = 9: 2 detractors, 3 passives, 4 promoters)", string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{nps:0.00}"));
        FormatAssert.Formats("NPS 22,2 (n = 9: 2 detractors, 3 passives, 4 promoters)", nps, null, CultureInfo.GetCultureInfo("de-DE"));
    }

    [Fact]
    public void Format_EffectiveCounts_OneDecimal()
    {
        // Effective counts 1.04, 2.2, 3.76: n = 7, NPS = 100 · (3.76 − 1.04) / 7 = 38.857…; 1.04 prints as 1 (singular).
        var nps = new NetPromoterScore(1.04, 2.2, 3.76);
        FormatAssert.Formats("NPS 38.9 (n = 7: 1 detractor, 2.2 passives, 3.8 promoters)", nps);
    }

    [Fact]
    public void Format_Empty_IgnoresTheFormat() =>
        FormatAssert.Formats("NPS undefined (no responses)", default(NetPromoterScore), "0.000");
}
