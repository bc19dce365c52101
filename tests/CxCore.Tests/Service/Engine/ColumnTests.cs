using CxCore.Service;
using CxCore.Service.Engine;

namespace CxCore.Tests.Service.Engine;

public sealed class ColumnTests
{
    [Fact]
    public void Column_EveryMetricAndBasis_HasItsOwnIndexAndRoundTrips()
    {
        var seen = new HashSet<int>();
        foreach (ServiceMetric metric in Enum.GetValues<ServiceMetric>())
        {
            foreach (TimeBasis basis in Enum.GetValues<TimeBasis>())
            {
                var column = new Column(metric, basis);
                Assert.InRange(column.Index, 0, Column.Count - 1);
                Assert.True(seen.Add(column.Index));
                Column back = Column.FromIndex(column.Index);
                Assert.Equal((metric, basis), (back.Metric, back.Basis));
                Assert.Equal(metric == ServiceMetric.NextReply, column.IsPerWait);
            }
        }

        Assert.Equal(Column.Count, seen.Count);
    }

    [Fact]
    public void ColumnTable_ByColumnAndByMetric_AddressTheSameSlot()
    {
        var table = new ColumnTable<int>();
        table[ServiceMetric.OnHold, TimeBasis.Business] = 5;
        table[new Column(ServiceMetric.FirstResponse, TimeBasis.Calendar)] = 7;

        Assert.Equal(5, table[new Column(ServiceMetric.OnHold, TimeBasis.Business)]);
        Assert.Equal(7, table[ServiceMetric.FirstResponse, TimeBasis.Calendar]);
        Assert.Equal(0, table[ServiceMetric.OnHold, TimeBasis.Calendar]);
    }

    [Fact]
    public void SlaCounts_EveryClockPriorityAndOutcome_HasItsOwnCount_AndAddAddsThem()
    {
        var counts = new SlaCounts();
        long n = 0;
        foreach (SlaMetric metric in Enum.GetValues<SlaMetric>())
        {
            foreach (CasePriority priority in Enum.GetValues<CasePriority>())
            {
                foreach (SlaOutcome outcome in Enum.GetValues<SlaOutcome>())
                {
                    counts[metric, priority, outcome] = ++n;
                }
            }
        }

        var twice = new SlaCounts();
        twice.Add(counts);
        twice.Add(counts);

        // 3 clocks × 4 priorities × 4 outcomes = 48 distinct counts 1..48, in that nesting order: (NextReply = 1,
        // Normal = 1, Breached = 2) is the ((1 × 4 + 1) × 4 + 2) + 1 = 23rd.
        Assert.Equal(48, n);
        Assert.Equal(1, counts[SlaMetric.FirstResponse, CasePriority.Low, SlaOutcome.NotApplicable]);
        Assert.Equal(48, counts[SlaMetric.Resolution, CasePriority.Urgent, SlaOutcome.Pending]);
        Assert.Equal(2 * 23, twice[SlaMetric.NextReply, CasePriority.Normal, SlaOutcome.Breached]);
        SlaAttainment a = counts.Attainment(SlaMetric.NextReply, CasePriority.Normal);
        Assert.Equal((22L, 23L, 24L), (a.Achieved, a.Breached, a.Pending));
    }
}
