using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

public sealed class StageFlowTests
{
    private static readonly LifecycleModel Model = LifecycleModel.Create("Subscription", "Trial", "Active", "Support", "Renewal");
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);
    private static readonly Instant AsOf = Start + Duration.FromDays(20);

    private static LifecycleStage S(string name) => Model.GetStage(name);

    private static Instant Day(double d) => Start + Duration.FromDays(d);

    // The hand-worked example, as of day 20:
    //   u1: Trial d0, Trial d2, Active d5, Support d9, Active d12 → Trial 5 d (left), Active 4 d (left), Support 3 d (left), Active 8 d (censored)
    //   u2: Trial d1, Active d3                                   → Trial 2 d (left), Active 17 d (censored)
    //   u3: Trial d4, Renewal d25 (after as-of)                   → Trial 16 d (censored)
    private static StageFlow Example()
    {
        var touchpoints = new List<Touchpoint>();
        void Add(string customer, double day, string stage) => touchpoints.Add(new Touchpoint(
            customer + "-" + touchpoints.Count, CustomerId.From(customer), Day(day), Channel.Email, S(stage), Department.Sales, Initiator.Customer));
        Add("u1", 12, "Active");
        Add("u1", 0, "Trial");
        Add("u1", 2, "Trial");
        Add("u1", 5, "Active");
        Add("u1", 9, "Support");
        Add("u2", 1, "Trial");
        Add("u2", 3, "Active");
        Add("u3", 4, "Trial");
        Add("u3", 25, "Renewal");
        return StageFlow.Compute(touchpoints, AsOf);
    }

    // Trial: 2 d (event), 5 d (event), 16 d (censored) → S = 2/3 after day 2, 1/3 after day 5; median 5 days.
    // Active: 4 d (event), 8 d and 17 d (censored) → S = 2/3 after day 4; median not reached. Support: 3 d (event).
    [Fact]
    public void TimeInStage_HandWorkedExample()
    {
        StageFlow flow = Example();

        SurvivalCurve trial = flow.TimeInStage(S("Trial"));
        Assert.Equal((3L, 2L, 1L), (trial.Count, trial.EventCount, trial.CensoredCount));
        Assert.Equal(2.0 / 3, trial.SurvivalAt(Duration.FromDays(2)), 1e-15);
        Assert.Equal(1.0 / 3, trial.SurvivalAt(Duration.FromDays(5)), 1e-15);
        Assert.Equal(Duration.FromDays(5), trial.Median);
        SurvivalCurve active = flow.TimeInStage(S("Active"));
        Assert.Equal((3L, 1L), (active.Count, active.EventCount));
        Assert.Null(active.Median);
        Assert.Equal(Duration.FromDays(3), flow.TimeInStage(S("Support")).Median);
        Assert.Equal(0, flow.TimeInStage(S("Renewal")).Count);
        Assert.Equal(1, flow.TouchpointsAfterAsOf);
        Assert.Equal(3, flow.CustomerCount);
    }

    // Day 4 → day 10: u1 Trial → Support, u2 Active → Active, u3 Trial → Trial (its touchpoint at day 4 counts).
    [Fact]
    public void Transitions_HandWorkedExample()
    {
        StageTransitions t = Example().Transitions(Day(4), Day(10));

        Assert.Equal(1, t.Count(S("Trial"), S("Support")));
        Assert.Equal(1, t.Count(S("Trial"), S("Trial")));
        Assert.Equal(1, t.Count(S("Active"), S("Active")));
        Assert.Equal(0.5, t.Probability(S("Trial"), S("Support")));
        Assert.Equal(1.0, t.Probability(S("Active"), S("Active")));
        Assert.True(double.IsNaN(t.Probability(S("Renewal"), S("Renewal"))));
    }

    // Day 0.5 → day 10: u2 and u3 had no touchpoint yet at day 0.5, so they are the "entered" row (to Active and Trial).
    [Fact]
    public void Transitions_CustomersEnteringDuringTheWindow_FormTheEnteredRow()
    {
        StageTransitions t = Example().Transitions(Day(0.5), Day(10));

        Assert.Equal(1, t.Count(null, S("Active")));
        Assert.Equal(1, t.Count(null, S("Trial")));
        Assert.Equal(0.5, t.Probability(null, S("Active")));
        ResultTable table = t.ToTable();
        Assert.Equal(["from", "to", "customers", "share"], table.Columns);
        Assert.Equal("(entered)", table[table.RowCount - 1, "from"]);
    }

    [Fact]
    public void Transitions_WindowBeyondAsOf_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Example().Transitions(Day(1), Day(21)));

    // Furthest stages: u1 Support, u2 Active, u3 Trial → reached 3, 2, 1, 0.
    [Fact]
    public void Funnel_HandWorkedExample()
    {
        StageFunnel funnel = Example().Funnel();

        Assert.Equal([3L, 2L, 1L, 0L], funnel.Steps.Select(s => s.Reached));
        Assert.Equal([1.0, 2.0 / 3, 1.0 / 3, 0.0], funnel.Steps.Select(s => s.Share));
        Assert.Equal([1.0, 2.0 / 3, 0.5, 0.0], funnel.Steps.Select(s => s.StepShare));
    }

    [Fact]
    public void Compute_MixedModels_Throws()
    {
        Touchpoint[] touchpoints =
        [
            new("a", CustomerId.From("u"), Day(0), Channel.Email, S("Trial"), Department.Sales, Initiator.Customer),
            new("b", CustomerId.From("u"), Day(1), Channel.Email, LifecycleModel.Default.Stages[0], Department.Sales, Initiator.Customer),
        ];

        Assert.Throws<ArgumentException>(() => StageFlow.Compute(touchpoints, AsOf));
    }

    [Fact]
    public void ToTable_HasOneRowPerStage()
    {
        ResultTable table = Example().ToTable();

        Assert.Equal(["stage", "episodes", "left", "still_in_stage", "median_days", "p75_days"], table.Columns);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(5.0, table[0, "median_days"]);
        Assert.Null(table[1, "median_days"]);
    }

    [Fact]
    public void Compute_Empty_HasNoCustomers() => Assert.Equal(0, StageFlow.Compute([], AsOf).CustomerCount);
}
