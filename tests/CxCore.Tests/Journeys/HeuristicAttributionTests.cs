using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(PathArbitraries)])]
public sealed partial class HeuristicAttributionTests
{
    // a → b → c → d (2 conversions), b (1 conversion, 5 non-conversions), a → c (3 non-conversions), c → a (1 conversion).
    private static ConversionPath[] Paths =>
    [
        ConversionPath.FromCounts(["a", "b", "c", "d"], 2, 0),
        ConversionPath.FromCounts(["b"], 1, 5),
        ConversionPath.FromCounts(["a", "c"], 0, 3),
        ConversionPath.FromCounts(["c", "a"], 1, 0),
    ];

    [Theory]
    // First: a 2 (first path), b 1, c 1 (c → a). Last: d 2, b 1, a 1.
    [InlineData(AttributionModel.FirstTouch, 2.0, 1.0, 1.0, 0.0)]
    [InlineData(AttributionModel.LastTouch, 1.0, 1.0, 0.0, 2.0)]
    // Linear: 2/4 = 0.5 to each of a, b, c, d; 1 to b; 0.5 to c and a. a 1, b 1.5, c 1, d 0.5.
    [InlineData(AttributionModel.Linear, 1.0, 1.5, 1.0, 0.5)]
    // Position-based: a 0.4·2 + 0.5 = 1.3, b 0.1·2 + 1 = 1.2, c 0.1·2 + 0.5 = 0.7, d 0.4·2 = 0.8.
    [InlineData(AttributionModel.PositionBased, 1.3, 1.2, 0.7, 0.8)]
    public void Compute_HandExample_Credits(AttributionModel model, double a, double b, double c, double d)
    {
        var result = HeuristicAttribution.Compute(Paths, model);

        Assert.Equal(model.ToString(), result.Model);
        Assert.Equal(4, result.TotalConversions);
        Assert.True(result.HasConversions);
        Assert.True(double.IsNaN(result.ConversionProbability));
        Assert.Equal(["a", "b", "c", "d"], result.Channels.Select(x => x.Channel));
        Assert.Equal(a, result["a"].Conversions, 12);
        Assert.Equal(b, result["b"].Conversions, 12);
        Assert.Equal(c, result["c"].Conversions, 12);
        Assert.Equal(d, result["d"].Conversions, 12);
        Assert.Equal(a / 4, result["a"].Share, 12);
        Assert.True(double.IsNaN(result["a"].RemovalEffect));
    }

    [Fact]
    public void Compute_PositionBasedOneAndTwoSteps_AllAndHalf()
    {
        var one = HeuristicAttribution.Compute([ConversionPath.FromCounts(["a"], 3, 0)], AttributionModel.PositionBased);
        var two = HeuristicAttribution.Compute([ConversionPath.FromCounts(["a", "b"], 3, 0)], AttributionModel.PositionBased);

        Assert.Equal(3.0, one["a"].Conversions);
        Assert.Equal(1.5, two["a"].Conversions);
        Assert.Equal(1.5, two["b"].Conversions);
    }

    [Fact]
    public void TimeDecay_HalfLifeOneDay_HalvesPerDayBeforeTheLastStep()
    {
        // Steps at days 0, 1, 2, 3 with a one-day half-life: weights 1/8, 1/4, 1/2, 1 (sum 15/8), normalised 1/15,
        // 2/15, 4/15, 8/15; times 2 conversions. The single-step path b gives b its 1 conversion.
        Instant t0 = Instant.FromUtc(2026, 1, 5, 12, 0);
        Instant[] days = [t0, t0 + Duration.FromDays(1), t0 + Duration.FromDays(2), t0 + Duration.FromDays(3)];
        var result = HeuristicAttribution.TimeDecay(
            [ConversionPath.FromCounts(["a", "b", "c", "d"], days, 2, 1), ConversionPath.Single(["b"], [t0], converted: true)],
            Duration.FromDays(1));

        Assert.Equal(2.0 / 15, result["a"].Conversions, 14);
        Assert.Equal(4.0 / 15 + 1, result["b"].Conversions, 14);
        Assert.Equal(8.0 / 15, result["c"].Conversions, 14);
        Assert.Equal(16.0 / 15, result["d"].Conversions, 14);
        Assert.StartsWith("TimeDecay (half-life 1:00:00:00", result.Model, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeDecay_SimultaneousSteps_SplitEvenly()
    {
        Instant t = Instant.FromUtc(2026, 1, 1, 0, 0);

        var result = HeuristicAttribution.TimeDecay([ConversionPath.FromCounts(["a", "b"], [t, t], 4, 0)], Duration.FromHours(1));

        Assert.Equal(2.0, result["a"].Conversions);
    }

    [Fact]
    public void TimeDecay_PathWithoutTimes_ThrowsNamingIt()
    {
        Instant t = Instant.FromUtc(2026, 1, 1, 0, 0);
        ConversionPath[] paths = [ConversionPath.Single(["a"], [t], true), ConversionPath.Single(["b"], true)];

        var error = Assert.Throws<ArgumentException>(() => HeuristicAttribution.TimeDecay(paths, Duration.FromDays(7)));

        Assert.Equal("paths", error.ParamName);
        Assert.Contains("position 1 (b (conversions 1, non-conversions 0)) has no step times", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void TimeDecay_NonPositiveHalfLife_Throws(long seconds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HeuristicAttribution.TimeDecay(Paths, Duration.FromSeconds(seconds)));

        Assert.Equal("halfLife", error.ParamName);
    }

    [Fact]
    public void Compute_UnknownModel_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HeuristicAttribution.Compute(Paths, (AttributionModel)4));

    [Fact]
    public void Compute_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => HeuristicAttribution.Compute(null!, AttributionModel.Linear));
        Assert.Throws<ArgumentNullException>(() => HeuristicAttribution.TimeDecay(null!, Duration.FromDays(1)));
    }

    [Fact]
    public void Compute_NoConversions_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HeuristicAttribution.Compute([ConversionPath.FromCounts(["a", "b"], 0, 9)], AttributionModel.Linear));

        Assert.StartsWith("Linear attribution needs at least one conversion, but the input has 1 paths (9 journeys) and not one conversion", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => HeuristicAttribution.Compute([], AttributionModel.FirstTouch));
    }

    [ScaledProperty(300)]
    public bool Compute_Random_CreditsSumToConversionsAndShareToOne(ConvertingPaths input) =>
        Enum.GetValues<AttributionModel>().All(model =>
        {
            ConversionPath[] paths = input.Paths;
            var result = HeuristicAttribution.Compute(paths, model);
            return Math.Abs(result.Channels.Sum(c => c.Conversions) - paths.Sum(p => p.Conversions)) < 1e-9
                && Math.Abs(result.Channels.Sum(c => c.Share) - 1) < 1e-12
                && result.Channels.All(c => c.Conversions >= 0);
        });

    [ScaledProperty(300)]
    public bool Compute_Random_InputOrderDoesNotMatter(ConvertingPaths input, Seed seed)
    {
        ConversionPath[] paths = input.Paths;
        var a = HeuristicAttribution.Compute(paths, AttributionModel.PositionBased);
        var b = HeuristicAttribution.Compute(PathArbitraries.Shuffled(paths, seed.Value), AttributionModel.PositionBased);
        return a.Channels.Zip(b.Channels).All(p => p.First.Channel == p.Second.Channel && Math.Abs(p.First.Conversions - p.Second.Conversions) < 1e-12);
    }

    [Fact]
    public void ToString_IsAnAlignedTable()
    {
        string text = HeuristicAttribution.Compute([ConversionPath.FromCounts(["a", "bb"], 3, 0), ConversionPath.FromCounts(["bb"], 1, 0)], AttributionModel.Linear).ToString();

        Assert.Equal(
            string.Join(Environment.NewLine,
                "Linear, total conversions 4",
                "channel  conversions    share",
                "a             1.5000  37.50 %",
                "bb            2.5000  62.50 %"),
            text);
    }
}
