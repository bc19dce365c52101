using CxCore.Journeys;
using NodaTime;

namespace CxCore.Tests.Journeys;

public sealed partial class ConversionPathTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 9, 0);

    [Fact]
    public void FromCounts_ValidInput_KeepsStepsAndCounts()
    {
        var path = ConversionPath.FromCounts(["search", "email", "direct"], 3, 7);

        Assert.Equal(["search", "email", "direct"], path.Steps);
        Assert.Equal(3, path.Conversions);
        Assert.Equal(7, path.NonConversions);
        Assert.Equal(10, path.Journeys);
        Assert.False(path.HasStepTimes);
        Assert.Null(path.StepTimes);
    }

    [Fact]
    public void FromCounts_CopiesSteps_LaterChangesToTheInputDoNotLeak()
    {
        string[] steps = ["a", "b"];
        var path = ConversionPath.FromCounts(steps, 1, 0);

        steps[0] = "z";

        Assert.Equal("a", path.Steps[0]);
    }

    [Fact]
    public void Single_Converted_IsOneConversion()
    {
        var converted = ConversionPath.Single(["a"], converted: true);
        var lost = ConversionPath.Single(["a"], converted: false);

        Assert.Equal((1L, 0L), (converted.Conversions, converted.NonConversions));
        Assert.Equal((0L, 1L), (lost.Conversions, lost.NonConversions));
    }

    [Fact]
    public void Single_WithTimes_KeepsTimes()
    {
        var path = ConversionPath.Single(["a", "b"], [T0, T0 + Duration.FromHours(2)], converted: true);

        Assert.True(path.HasStepTimes);
        Assert.Equal([T0, T0 + Duration.FromHours(2)], path.StepTimes!);
    }

    [Fact]
    public void Parse_DelimitedText_TrimsSteps()
    {
        var path = ConversionPath.Parse(" search > email>direct ", 2, 1);

        Assert.Equal(["search", "email", "direct"], path.Steps);
        Assert.Equal(2, path.Conversions);
    }

    [Fact]
    public void Parse_OtherSeparator_Splits()
    {
        Assert.Equal(["a", "b"], ConversionPath.Parse("a|b", 1, 0, '|').Steps);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a >> b")]
    [InlineData("a > ")]
    public void Parse_BlankStep_ThrowsFormatExceptionShowingThePath(string text)
    {
        var error = Assert.Throws<FormatException>(() => ConversionPath.Parse(text, 1, 0));

        Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ConversionPath.Parse(null!, 1, 0));

    [Fact]
    public void FromCounts_EmptySteps_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromCounts([], 1, 0));

        Assert.Equal("steps", error.ParamName);
        Assert.Contains("at least one step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_NullSteps_Throws() => Assert.Throws<ArgumentNullException>(() => ConversionPath.FromCounts(null!, 1, 0));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void FromCounts_BlankStepName_ThrowsNamingPosition(string blank)
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromCounts(["a", blank], 1, 0));

        Assert.Equal("steps", error.ParamName);
        Assert.Contains("Step 1 is blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_NullStepName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromCounts(["a", null!], 1, 0));

        Assert.Contains("Step 1 is null", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TransitionMatrix.StartState)]
    [InlineData(TransitionMatrix.ConversionState)]
    [InlineData(TransitionMatrix.NullState)]
    public void FromCounts_ReservedStepName_Throws(string reserved)
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromCounts([reserved], 1, 0));

        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0, "conversions")]
    [InlineData(0, -1, "nonConversions")]
    [InlineData(-5, 3, "conversions")]
    public void FromCounts_NegativeCount_Throws(long conversions, long nonConversions, string param)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ConversionPath.FromCounts(["a"], conversions, nonConversions));

        Assert.Equal(param, error.ParamName);
    }

    [Fact]
    public void FromCounts_NoJourneys_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ConversionPath.FromCounts(["a"], 0, 0));

        Assert.Contains("at least one journey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_CountsOverflow_Throws() =>
        Assert.Throws<OverflowException>(() => ConversionPath.FromCounts(["a"], long.MaxValue, 1));

    [Fact]
    public void FromCounts_TimesOfWrongLength_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromCounts(["a", "b"], [T0], 1, 0));

        Assert.Equal("stepTimes", error.ParamName);
        Assert.Contains("needs 2 step times, not 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_DecreasingTimes_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ConversionPath.FromCounts(["a", "b"], [T0, T0 - Duration.FromSeconds(1)], 1, 0));

        Assert.Equal("stepTimes", error.ParamName);
        Assert.Contains("must not decrease", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_EqualTimes_AreAllowed() =>
        Assert.True(ConversionPath.FromCounts(["a", "b"], [T0, T0], 1, 0).HasStepTimes);

    [Fact]
    public void FromCounts_NullTimes_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ConversionPath.FromCounts(["a"], null!, 1, 0));

    [Fact]
    public void ToString_ShowsStepsAndCounts() =>
        Assert.Equal("a > b (conversions 1, non-conversions 2)", ConversionPath.FromCounts(["a", "b"], 1, 2).ToString());
}
