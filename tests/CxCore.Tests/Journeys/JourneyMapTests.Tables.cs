using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class JourneyMapTests
{
    [Fact]
    public void ToTable_TwoJourneys_OneRowPerStageChannelCell()
    {
        JourneyMap map = JourneyMap.Build(TwoJourneys(), NoDecay);

        ResultTable table = map.ToTable();

        TableAssert.Columns(table,
            "stage", "channel", "volume", "mean_signal", "pain_cost", "nps_n", "nps", "nps_lower", "nps_upper",
            "csat_n", "csat", "csat_lower", "csat_upper", "ces_n", "ces", "ces_lower", "ces_upper");
        Assert.Equal(2, table.RowCount);
        Assert.Equal("Purchase", table[0, "stage"]);
        Assert.Equal("Website", table[0, "channel"]);
        Assert.Equal(2L, table[0, "volume"]);
        TableAssert.Number(0.2, table[0, "mean_signal"]); // (1 + -0.6)/2
        TableAssert.Number(30, table[0, "pain_cost"]);
        Assert.Equal(2L, table[0, "nps_n"]);
        TableAssert.Number(0, table[0, "nps"]); // one promoter, one detractor
        // Adjusted Wald, 95 %: counts (1.75, 1.5, 1.75), n = 5, p − d = 0, σ² = 0.7, SE = 100·√(0.7/5) = 37.417;
        // half-width 1.959964 · 37.417 = 73.3351.
        Assert.Equal(-73.3351, (double)table[0, "nps_lower"]!, 3);
        Assert.Equal(73.3351, (double)table[0, "nps_upper"]!, 3);
        Assert.Equal(0L, table[0, "csat_n"]);
        Assert.True(double.IsNaN((double)table[0, "csat"]!)); // no CSAT ratings: NaN stays NaN
        Assert.Null(table[0, "csat_lower"]);                   // undefined interval: empty cell
        Assert.Null(table[0, "ces_upper"]);
        Assert.Equal("Support", table[1, "stage"]);
        Assert.Equal("Phone", table[1, "channel"]);
        TableAssert.Number(-1, table[1, "mean_signal"]);
        TableAssert.Number(100, table[1, "pain_cost"]);
        TableAssert.Agrees(table, map.ToMarkdown(), map.ToRows());
    }

    [Fact]
    public void SideTables_TwoJourneys_ListDepartmentsPainPointsAndImpact()
    {
        JourneyMap map = JourneyMap.Build(TwoJourneys(), NoDecay);

        ResultTable departments = map.StageDepartmentTable();
        Assert.Equal("department", departments.Columns[1]);
        Assert.Equal(["Sales", "CustomerService"], Enumerable.Range(0, 2).Select(r => departments[r, "department"]));

        ResultTable pains = map.PainPointsTable();
        TableAssert.Columns(pains, "rank", "kind", "stage", "channel", "department", "count", "impact", "mean_cost");
        Assert.Equal(2, pains.RowCount);
        Assert.Equal([1L, "Failure", "Support", "Phone", "CustomerService", 2L], Enumerable.Range(0, 6).Select(c => pains[0, c]));
        TableAssert.Number(100, pains[0, "impact"]); // 2 × 50 points
        TableAssert.Number(50, pains[0, "mean_cost"]);
        Assert.Equal("NegativeFeedback", pains[1, "kind"]);
        TableAssert.Number(30, pains[1, "impact"]);

        ResultTable impact = map.DepartmentsTable();
        TableAssert.Columns(impact, "department", "pain_points", "impact");
        Assert.Equal(["CustomerService", 2L], [impact[0, 0], impact[0, 1]]);
        TableAssert.Number(100, impact[0, "impact"]);
        Assert.Equal("Sales", impact[1, "department"]);
        TableAssert.Number(30, impact[1, "impact"]);
    }

    [Fact]
    public void ToString_TwoJourneys_HeadingThenTheFourTables()
    {
        JourneyMap map = JourneyMap.Build(TwoJourneys(), NoDecay);

        string text = map.ToString();

        Assert.StartsWith("Journey map: 2 journeys, 4 touchpoints\n", text, StringComparison.Ordinal);
        Assert.Contains(map.ToTable().ToString(), text, StringComparison.Ordinal);
        Assert.Contains(map.StageDepartmentTable().ToString(), text, StringComparison.Ordinal);
        Assert.Contains(map.PainPointsTable().ToString(), text, StringComparison.Ordinal);
        Assert.EndsWith(map.DepartmentsTable().ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTable_NoJourneys_HasColumnsAndNoRows()
    {
        JourneyMap map = JourneyMap.Build([], NoDecay);

        Assert.Equal(0, map.ToTable().RowCount);
        Assert.Equal(17, map.ToTable().Columns.Count);
        Assert.Equal(0, map.PainPointsTable().RowCount);
        Assert.Equal(0, map.DepartmentsTable().RowCount);
    }
}
