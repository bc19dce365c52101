using CxCore.Simulation;

namespace CxCore.Tests.Simulation;

public sealed class SyntheticSegmentTests
{
    [Fact]
    public void Constructor_KeepsValues()
    {
        var segment = new SyntheticSegment("Pro", 0.35, 0.1);

        Assert.Equal(("Pro", 0.35, 0.1), (segment.Name, segment.Weight, segment.SatisfactionShift));
        Assert.Equal("Pro (weight 0.35, shift +0.1)", segment.ToString());
        Assert.Equal(0.0, new SyntheticSegment("X", 1).SatisfactionShift);
    }

    [Fact]
    public void Constructor_NullName_Throws() => Assert.Throws<ArgumentNullException>("name", () => new SyntheticSegment(null!, 1));

    [Fact]
    public void Constructor_BlankName_Throws() => Assert.Throws<ArgumentException>("name", () => new SyntheticSegment(" ", 1));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadWeight_Throws(double weight) => Assert.Throws<ArgumentOutOfRangeException>("weight", () => new SyntheticSegment("X", weight));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_BadShift_Throws(double shift) =>
        Assert.Throws<ArgumentOutOfRangeException>("satisfactionShift", () => new SyntheticSegment("X", 1, shift));
}
