using System.Text.Json;
using CxCore.Charts;
using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Tests.Charts;

public sealed class LifecycleChartsTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 15, 12, 0);

    private static CohortRetention Retention()
    {
        var customers = new List<Customer>();
        var events = new List<ActivityEvent>();
        for (int i = 0; i < 30; i++)
        {
            var id = CustomerId.From("c" + i);
            Instant acquired = Start + Duration.FromDays(i * 3);
            customers.Add(new Customer(id, DateTimeZone.Utc, acquired));
            for (int k = 0; k < i % 5; k++)
            {
                events.Add(new ActivityEvent(id, acquired + Duration.FromDays(20 * k)));
            }
        }

        return CohortRetention.Compute(customers, events, Instant.FromUtc(2026, 6, 1, 0, 0));
    }

    [Fact]
    public void CohortRetention_IsAHeatmapOfTheCompletePeriodsInCalendarOrder()
    {
        CohortRetention retention = Retention();

        ChartSpec spec = LifecycleCharts.CohortRetention(retention);

        JsonElement root = JsonDocument.Parse(spec.Json).RootElement;
        Assert.Equal("cohort-retention", spec.Name);
        JsonElement values = root.GetProperty("data").GetProperty("values");
        Assert.Equal(retention.Cohorts.Sum(c => c.Cells.Count), values.GetArrayLength());
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], values.EnumerateArray().Select(v => v.GetProperty("cohort").GetString()).Distinct());
        Assert.Equal([0, 1, 2, 3, 4], values.EnumerateArray().Select(v => v.GetProperty("period").GetInt32()).Distinct());
        Assert.Equal("retained_share", root.GetProperty("encoding").GetProperty("color").GetProperty("field").GetString());
        Assert.Equal([0.0, 1.0], root.GetProperty("encoding").GetProperty("color").GetProperty("scale").GetProperty("domain").EnumerateArray().Select(d => d.GetDouble()));
    }

    [Fact]
    public void SurvivalByGroup_HasOneStepLinePerGroupWithBands()
    {
        SurvivalObservation[] observations =
        [
            new("a", Duration.FromDays(3), true), new("a", Duration.FromDays(8), false), new("a", Duration.FromDays(9), true),
            new("b", Duration.FromDays(1), true), new("b", Duration.FromDays(2), true), new("b", Duration.FromDays(4), false),
        ];

        ChartSpec spec = LifecycleCharts.SurvivalByGroup(SurvivalComparison.Compute(observations));

        JsonElement root = JsonDocument.Parse(spec.Json).RootElement;
        Assert.Equal("survival-by-group", spec.Name);
        Assert.Equal(8, root.GetProperty("data").GetProperty("values").GetArrayLength()); // 2 starts + 6 steps
        JsonElement line = root.GetProperty("layer")[1];
        Assert.Equal("step-after", line.GetProperty("mark").GetProperty("interpolate").GetString());
        Assert.Equal("group", line.GetProperty("encoding").GetProperty("color").GetProperty("field").GetString());
        Assert.Contains("log-rank", root.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StageFunnel_OneBarPerStageInModelOrder()
    {
        LifecycleModel model = LifecycleModel.Create("M", "One", "Two", "Three");
        Touchpoint[] touchpoints =
        [
            new("t1", CustomerId.From("x"), Start, Channel.Website, model.Stages[0], Department.Sales, Initiator.Customer),
            new("t2", CustomerId.From("x"), Start + Duration.FromDays(1), Channel.Website, model.Stages[2], Department.Sales, Initiator.Customer),
            new("t3", CustomerId.From("y"), Start, Channel.Website, model.Stages[0], Department.Sales, Initiator.Customer),
        ];

        ChartSpec spec = LifecycleCharts.StageFunnel(StageFlow.Compute(touchpoints, Start + Duration.FromDays(5)).Funnel());

        JsonElement values = JsonDocument.Parse(spec.Json).RootElement.GetProperty("data").GetProperty("values");
        Assert.Equal(["One", "Two", "Three"], values.EnumerateArray().Select(v => v.GetProperty("stage").GetString()));
        Assert.Equal([2L, 1L, 1L], values.EnumerateArray().Select(v => v.GetProperty("reached").GetInt64()));
    }

    [Fact]
    public void Charts_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => LifecycleCharts.CohortRetention(null!));
        Assert.Throws<ArgumentNullException>(() => LifecycleCharts.SurvivalByGroup(null!));
        Assert.Throws<ArgumentNullException>(() => LifecycleCharts.StageFunnel(null!));
    }
}
