using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed class RatingScaleTests
{
    [Fact]
    public void WellKnownScales_HaveTheirPublishedBounds()
    {
        Assert.Equal((0, 10, 11), (RatingScale.Nps.Minimum, RatingScale.Nps.Maximum, RatingScale.Nps.PointCount));
        Assert.Equal((1, 5, 5), (RatingScale.FivePoint.Minimum, RatingScale.FivePoint.Maximum, RatingScale.FivePoint.PointCount));
        Assert.Equal((1, 7, 7), (RatingScale.SevenPoint.Minimum, RatingScale.SevenPoint.Maximum, RatingScale.SevenPoint.PointCount));
    }

    [Fact]
    public void Default_IsTheNpsScale()
    {
        Assert.Equal(RatingScale.Nps, default);
        Assert.Equal(0, default(RatingScale).Minimum);
        Assert.Equal(10, default(RatingScale).Maximum);
    }

    [Theory]
    [InlineData(0, 100, 101)]
    [InlineData(1, 10, 10)]
    [InlineData(99, 100, 2)]
    public void FromRange_ValidBounds_CreatesScale(int minimum, int maximum, int points)
    {
        var scale = RatingScale.FromRange(minimum, maximum);

        Assert.Equal((minimum, maximum, points), (scale.Minimum, scale.Maximum, scale.PointCount));
    }

    [Theory]
    [InlineData(-1, 5, "minimum")]
    [InlineData(0, 101, "maximum")]
    [InlineData(5, 5, "maximum")]
    [InlineData(7, 3, "maximum")]
    public void FromRange_BadBounds_Throws(int minimum, int maximum, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingScale.FromRange(minimum, maximum));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void FromRange_EqualBounds_MessageExplainsTwoPoints()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingScale.FromRange(4, 4));

        Assert.Contains("at least two points", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(int.MinValue, false)]
    [InlineData(int.MaxValue, false)]
    public void Contains_FivePoint_AcceptsOnlyOneToFive(int rating, bool expected) =>
        Assert.Equal(expected, RatingScale.FivePoint.Contains(rating));

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(4, 0.75)]
    [InlineData(5, 1.0)]
    public void Normalize_FivePoint_MapsLinearlyOntoUnitInterval(int rating, double expected) =>
        Assert.Equal(expected, RatingScale.FivePoint.Normalize(rating), 15);

    [Fact]
    public void Normalize_RatingOffScale_ThrowsNamingRatingAndScale()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RatingScale.Nps.Normalize(11));

        Assert.Contains("11", error.Message, StringComparison.Ordinal);
        Assert.Contains("0..10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_FollowsBounds()
    {
        Assert.True(RatingScale.FromRange(1, 5) == RatingScale.FivePoint);
        Assert.True(RatingScale.FromRange(1, 5).Equals((object)RatingScale.FivePoint));
        Assert.True(RatingScale.FivePoint != RatingScale.SevenPoint);
        Assert.NotEqual(RatingScale.FromRange(0, 5), RatingScale.FromRange(1, 5));
        Assert.Equal(RatingScale.FromRange(1, 5).GetHashCode(), RatingScale.FivePoint.GetHashCode());
        Assert.False(RatingScale.FivePoint.Equals("1..5"));
    }

    [Fact]
    public void ToString_ShowsBounds() => Assert.Equal("1..7", RatingScale.SevenPoint.ToString());
}
