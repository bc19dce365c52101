using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

public sealed partial class ConfidenceIntervalTests
{
    [Fact]
    public void FromBounds_ValidBounds_ExposesThem()
    {
        var interval = ConfidenceInterval.FromBounds(-2.5, 4, 0.9);

        Assert.Equal((-2.5, 4.0, 0.9, 6.5), (interval.Lower, interval.Upper, interval.Level, interval.Width));
        Assert.True(interval.IsDefined);
    }

    [Theory]
    [InlineData(1.0, 0.0, 0.95, "upper")]
    [InlineData(double.NaN, 1.0, 0.95, "lower")]
    [InlineData(0.0, double.PositiveInfinity, 0.95, "upper")]
    [InlineData(0.0, 1.0, 0.0, "level")]
    [InlineData(0.0, 1.0, 1.0, "level")]
    [InlineData(0.0, 1.0, double.NaN, "level")]
    public void FromBounds_BadArguments_Throw(double lower, double upper, double level, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.FromBounds(lower, upper, level)).ParamName);

    [Fact]
    public void Undefined_HasNaNBoundsAndContainsNothing()
    {
        var interval = ConfidenceInterval.Undefined(0.95);

        Assert.False(interval.IsDefined);
        Assert.True(double.IsNaN(interval.Lower) && double.IsNaN(interval.Upper) && double.IsNaN(interval.Width));
        Assert.False(interval.Contains(0));
        Assert.Equal(ConfidenceInterval.Undefined(0.95), interval);
        Assert.Equal("[undefined] 95%", interval.ToString());
    }

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(3.0, true)]
    [InlineData(0.999, false)]
    [InlineData(double.NaN, false)]
    public void Contains_IsClosed(double value, bool expected) =>
        Assert.Equal(expected, ConfidenceInterval.FromBounds(1, 3, 0.95).Contains(value));

    [Fact]
    public void Default_IsPointIntervalAtZeroWithLevelZero()
    {
        ConfidenceInterval interval = default;

        Assert.Equal((0.0, 0.0, 0.0), (interval.Lower, interval.Upper, interval.Level));
        Assert.True(interval.IsDefined);
    }

    [Fact]
    public void EqualityAndFormatting()
    {
        var a = ConfidenceInterval.FromBounds(14.6922, 45.3078, 0.95);

        Assert.True(a == ConfidenceInterval.FromBounds(14.6922, 45.3078, 0.95));
        Assert.True(a != ConfidenceInterval.FromBounds(14.6922, 45.3078, 0.9));
        Assert.Equal("[14.7, 45.3] 95%", a.ToString()); // bounds to one decimal, the level once
    }
}
