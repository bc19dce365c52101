using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed partial class ServiceMetricsTests
{
    [Fact]
    public void ToTable_HandBuiltCases_OverallRowThenSegments()
    {
        ServiceMetrics metrics = Compute();

        ResultTable table = metrics.ToTable();

        TableAssert.Columns(table,
            "dimension", "key", "cases", "resolved", "backlog", "one_touch_rate", "fcr_rate", "reopen_rate", "chatbot_cases", "bot_containment_rate",
            "frt_median_h", "frt_p90_h", "resolution_median_h", "resolution_p90_h", "sla_first_response_rate", "sla_next_reply_rate", "sla_resolution_rate");
        // Overall + Chatbot, Email + High, Low, Normal, Urgent + tier "" and "gold".
        Assert.Equal(9, table.RowCount);
        Assert.Equal(["All", "All", 4L, 3L, 1L], Enumerable.Range(0, 5).Select(c => table[0, c]));
        TableAssert.Number(1.0 / 3, table[0, "one_touch_rate"]);      // B of A, B, C
        TableAssert.Number(1.0 / 3, table[0, "fcr_rate"]);            // B
        TableAssert.Number(1.0 / 3, table[0, "reopen_rate"]);         // C
        Assert.Equal(2L, table[0, "chatbot_cases"]);
        TableAssert.Number(0.5, table[0, "bot_containment_rate"]);    // B of B, C
        // Business first response of A, B, C: 60, 5, 30 min. Median 30 min; p90 (type 7) 30 + 0.8·30 = 54 min.
        TableAssert.Number(0.5, table[0, "frt_median_h"]);
        TableAssert.Number(0.9, table[0, "frt_p90_h"]);
        // Kaplan–Meier on business time: B 1/6 h (S = 3/4), D censored at 2 h, C 9 h (S = 3/4 · 1/2 = 3/8), A 11 h (S = 0).
        // Median: first time with 1 − S ≥ 0.5 is 9 h; p90: 11 h.
        TableAssert.Number(9, table[0, "resolution_median_h"]);
        TableAssert.Number(11, table[0, "resolution_p90_h"]);
        TableAssert.Number(0.75, table[0, "sla_first_response_rate"]); // D breached
        TableAssert.Number(0, table[0, "sla_next_reply_rate"]);
        TableAssert.Number(1, table[0, "sla_resolution_rate"]);        // D pending

        // Urgent is D alone: never replied (no first-response median) and censored (resolution median not reached).
        int urgent = Enumerable.Range(0, table.RowCount).Single(r => (string?)table[r, "key"] == "Urgent");
        Assert.Equal("Priority", table[urgent, "dimension"]);
        Assert.Null(table[urgent, "frt_median_h"]);
        Assert.Null(table[urgent, "resolution_median_h"]);
        Assert.True(double.IsNaN((double)table[urgent, "one_touch_rate"]!)); // no resolved case: NaN stays NaN

        TableAssert.Agrees(table, metrics.ToMarkdown(), metrics.ToRows());
        Assert.Equal("Service metrics as of 2026-06-04T10:00:00Z: 4 cases, backlog 1 (durations in business hours)\n" + table, metrics.ToString());
    }

    [Fact]
    public void SlaReport_ToTable_MetricByPriorityRows()
    {
        SlaReport sla = Compute().Sla;

        ResultTable table = sla.ToTable();

        TableAssert.Columns(table, "metric", "priority", "target_h", "basis", "achieved", "breached", "pending", "attainment_rate");
        Assert.Equal(15, table.RowCount); // 3 metrics × (4 priorities + All)
        // First response, 1 business hour: A (Normal) 1 h, B (High) 5 min, C (Low) 30 min achieved; D (Urgent) breached.
        Assert.Equal(["FirstResponse", "Low"], [table[0, 0], table[0, 1]]);
        TableAssert.Number(1, table[0, "target_h"]);
        Assert.Equal("business", table[0, "basis"]);
        Assert.Equal([1L, 0L, 0L], [table[0, "achieved"], table[0, "breached"], table[0, "pending"]]);
        Assert.Equal(["FirstResponse", "Urgent", 0L, 1L], [table[3, 0], table[3, 1], table[3, "achieved"], table[3, "breached"]]);
        TableAssert.Number(0, table[3, "attainment_rate"]);
        Assert.Equal(["FirstResponse", "All", null, null, 3L, 1L, 0L], Enumerable.Range(0, 7).Select(c => table[4, c]));
        TableAssert.Number(0.75, table[4, "attainment_rate"]);
        // Resolution, 24 calendar hours: A 23 h, B, C achieved; D (Urgent) pending at 18 h: attainment 0/0 = NaN.
        Assert.Equal(["Resolution", "Urgent", "calendar", 0L, 0L, 1L],
            [table[13, "metric"], table[13, "priority"], table[13, "basis"], table[13, "achieved"], table[13, "breached"], table[13, "pending"]]);
        TableAssert.Number(24, table[13, "target_h"]);
        Assert.True(double.IsNaN((double)table[13, "attainment_rate"]!));
        TableAssert.Number(1, table[14, "attainment_rate"]);
        TableAssert.Agrees(table, sla.ToMarkdown(), sla.ToRows());
        Assert.Equal("SLA attainment of 4 cases\n" + table, sla.ToString());
    }

    [Fact]
    public void SlaReport_ToTable_NoPolicy_TargetAndBasisEmpty()
    {
        ResultTable table = ServiceMetrics.Compute([A()], Calendar, SlaPolicy.None, AsOf).Sla.ToTable();

        Assert.All(Enumerable.Range(0, table.RowCount), r => Assert.Null(table[r, "target_h"]));
        Assert.All(Enumerable.Range(0, table.RowCount), r => Assert.Null(table[r, "basis"]));
    }
}
