using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class FunnelTests
{
    [Fact]
    public void ToTable_ClosedFunnel_OneRowPerStage()
    {
        // From Build_Closed_HandCounts: home entered 12, reached 12, drop-off 2 (2/12); product entered 0, reached 10
        // (10/12 of 12), drop-off 0.
        Funnel funnel = Funnel.Build(Shop, ["home", "product"]);

        ResultTable table = funnel.ToTable();

        TableAssert.Columns(table, "index", "stage", "entered", "reached", "share", "drop_off", "drop_off_rate");
        Assert.Equal(2, table.RowCount);
        Assert.Equal([1L, "home", 12L, 12L], Enumerable.Range(0, 4).Select(c => table[0, c]));
        TableAssert.Number(1, table[0, "share"]);
        Assert.Equal(2L, table[0, "drop_off"]);
        TableAssert.Number(2.0 / 12, table[0, "drop_off_rate"]);
        Assert.Equal([2L, "product", 0L, 10L], Enumerable.Range(0, 4).Select(c => table[1, c]));
        TableAssert.Number(10.0 / 12, table[1, "share"]);
        Assert.Equal(0L, table[1, "drop_off"]);
        TableAssert.Number(0, table[1, "drop_off_rate"]);
        TableAssert.Agrees(table, funnel.ToMarkdown(), funnel.ToRows());
    }

    [Fact]
    public void ToTable_NoJourneyReachesAStage_DropOffRateIsNaN()
    {
        // No path has "nowhere", so nobody reaches it: drop-off rate 0/0 = NaN, kept as NaN.
        ResultTable table = Funnel.Build(Shop, ["nowhere"]).ToTable();

        Assert.Equal(0L, table[0, "reached"]);
        Assert.True(double.IsNaN((double)table[0, "drop_off_rate"]!));
    }
}
