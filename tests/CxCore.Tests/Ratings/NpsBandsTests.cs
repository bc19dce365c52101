using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed class NpsBandsTests
{
    [Fact]
    public void Standard_IsDefaultAndZeroToTenSixNine()
    {
        Assert.Equal(NpsBands.Standard, default);
        Assert.Equal((RatingScale.Nps, 6, 9), (NpsBands.Standard.Scale, NpsBands.Standard.DetractorsUpTo, NpsBands.Standard.PromotersFrom));
        Assert.Equal("detractors 0..6, passives 7..8, promoters 9..10", NpsBands.Standard.ToString());
    }

    [Fact]
    public void FromThresholds_WithoutPassives_IsAllowed()
    {
        var bands = NpsBands.FromThresholds(RatingScale.FivePoint, 3, 4);

        Assert.Equal("detractors 1..3, no passives, promoters 4..5", bands.ToString());
        Assert.NotEqual(NpsBands.Standard, bands);
        Assert.True(bands == NpsBands.FromThresholds(RatingScale.FivePoint, 3, 4));
    }

    [Theory]
    [InlineData(3, 3, "promotersFrom")]
    [InlineData(4, 2, "promotersFrom")]
    [InlineData(0, 4, "detractorsUpTo")]
    [InlineData(3, 6, "promotersFrom")]
    public void FromThresholds_Invalid_Throws(int detractorsUpTo, int promotersFrom, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => NpsBands.FromThresholds(RatingScale.FivePoint, detractorsUpTo, promotersFrom)).ParamName);
}
