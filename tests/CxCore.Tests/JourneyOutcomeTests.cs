namespace CxCore.Tests;

public sealed class JourneyOutcomeTests
{
    [Fact]
    public void From_Name_EqualsWellKnownIgnoringCase()
    {
        Assert.Equal(JourneyOutcome.Churned, JourneyOutcome.From("CHURNED"));
        Assert.Equal("CHURNED", JourneyOutcome.From("CHURNED").Name);
        Assert.True(JourneyOutcome.Converted != JourneyOutcome.Renewed);
        Assert.True(JourneyOutcome.Renewed == JourneyOutcome.From("renewed"));
        Assert.Equal(["Converted", "Renewed", "Churned"], JourneyOutcome.WellKnown.Select(o => o.Name));
        Assert.Equal("Upgraded", JourneyOutcome.From("Upgraded").ToString());
    }

    [Fact]
    public void From_Null_ThrowsArgumentNullException() => Assert.Throws<ArgumentNullException>("name", () => JourneyOutcome.From(null!));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void From_Blank_ThrowsArgumentException(string name) => Assert.Throws<ArgumentException>("name", () => JourneyOutcome.From(name));

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.True(default(JourneyOutcome).IsEmpty);
        Assert.Equal(string.Empty, default(JourneyOutcome).Name);
        Assert.NotEqual(default, JourneyOutcome.Churned);
    }
}
