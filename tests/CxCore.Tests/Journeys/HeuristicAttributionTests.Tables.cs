using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class HeuristicAttributionTests
{
    [Fact]
    public void ToTable_Linear_RemovalEffectIsNaN()
    {
        // a → bb converts 3 times (1.5 each), bb converts once: a 1.5 (37.5 %), bb 2.5 (62.5 %); no removal effect.
        AttributionResult result = HeuristicAttribution.Compute(
            [ConversionPath.FromCounts(["a", "bb"], 3, 0), ConversionPath.FromCounts(["bb"], 1, 0)], AttributionModel.Linear);

        ResultTable table = result.ToTable();

        TableAssert.Columns(table, "channel", "conversions", "share", "removal_effect");
        Assert.Equal("a", table[0, "channel"]);
        TableAssert.Number(1.5, table[0, "conversions"]);
        TableAssert.Number(0.375, table[0, "share"]);
        TableAssert.Number(2.5, table[1, "conversions"]);
        TableAssert.Number(0.625, table[1, "share"]);
        Assert.True(double.IsNaN((double)table[1, "removal_effect"]!));
        TableAssert.Agrees(table, result.ToMarkdown(), result.ToRows());
    }
}
