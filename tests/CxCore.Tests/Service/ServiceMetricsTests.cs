using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

/// <summary>
/// Four hand-built cases on a UTC Mon–Fri 09:00–17:00 calendar (Mon = 2026-06-01), cut-off Thu 2026-06-04 10:00.
/// Every expected number is worked out by hand in the comments.
/// </summary>
public sealed partial class ServiceMetricsTests
{
    internal static readonly BusinessCalendar Calendar = BusinessCalendarTests.NineToFive(DateTimeZone.Utc);
    internal static readonly Instant AsOf = T(4, 10);

    internal static Instant T(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 6, day, hour, minute);

    internal static ServiceCase Case(string id, Channel channel, CasePriority priority, IReadOnlyDictionary<string, string>? attributes, params CaseEvent[] events) =>
        new(id, CustomerId.From("c-" + id), channel, priority, events, attributes);

    // A (Email, Normal): New Mon 10–11, Pending 11–15, Open Mon 15–Tue 10, OnHold Tue 10–12, Open 12–13, Solved Tue 13.
    //   first response Mon 11:00: 1 h calendar, 1 h business.
    //   next reply: customer Mon 15:00 → agent Tue 10:00 = 19 h calendar; business Mon 15–17 (2 h) + Tue 9–10 (1 h) = 3 h.
    //   resolution Mon 10:00 → Tue 13:00 = 27 h calendar; business Mon 10–17 (7 h) + Tue 9–13 (4 h) = 11 h.
    //   requester wait (New + Open + OnHold) = 1 + 19 + 2 + 1 = 23 h calendar; 1 + 3 + 2 + 1 = 7 h business.
    //   agent work (New + Open) = 21 h calendar, 5 h business; on hold 2 h, 2 h. Two replies: not one-touch; follow-up: not FCR.
    internal static ServiceCase A() => Case("A", Channel.Email, CasePriority.Normal, new Dictionary<string, string> { ["tier"] = "gold" },
        CaseEvent.Opened(T(1, 10)),
        CaseEvent.AgentReply(T(1, 11)),
        CaseEvent.StatusChanged(T(1, 11), CaseStatus.Pending),
        CaseEvent.CustomerMessage(T(1, 15)),
        CaseEvent.StatusChanged(T(1, 15), CaseStatus.Open),
        CaseEvent.AgentReply(T(2, 10)),
        CaseEvent.StatusChanged(T(2, 10), CaseStatus.OnHold),
        CaseEvent.StatusChanged(T(2, 12), CaseStatus.Open),
        CaseEvent.StatusChanged(T(2, 13), CaseStatus.Solved));

    // B (Chatbot, High): opened Mon 09:00, reply 09:05, solved 09:10: one-touch, FCR, bot-contained; first response 5 min.
    internal static ServiceCase B() => Case("B", Channel.Chatbot, CasePriority.High, new Dictionary<string, string> { ["tier"] = "gold" },
        CaseEvent.Opened(T(1, 9)),
        CaseEvent.AgentReply(T(1, 9, 5)),
        CaseEvent.StatusChanged(T(1, 9, 10), CaseStatus.Solved));

    // C (Chatbot, Low): handed off Mon 09:02, reply 09:30, solved 10:00, reopened Tue 09:00, reply 09:30, solved 10:00.
    //   first response 30 min; first resolution 1 h; full resolution 25 h calendar, business Mon 9–17 (8 h) + Tue 9–10 (1 h) = 9 h.
    //   requester wait: New Mon 9–10 (1 h) + Open Tue 9–10 (1 h) = 2 h both. Reopened, handed off: not contained, not FCR.
    internal static ServiceCase C() => Case("C", Channel.Chatbot, CasePriority.Low, null,
        CaseEvent.Opened(T(1, 9)),
        CaseEvent.BotHandoff(T(1, 9, 2)),
        CaseEvent.AgentReply(T(1, 9, 30)),
        CaseEvent.StatusChanged(T(1, 10), CaseStatus.Solved),
        CaseEvent.Reopened(T(2, 9)),
        CaseEvent.AgentReply(T(2, 9, 30)),
        CaseEvent.StatusChanged(T(2, 10), CaseStatus.Solved));

    // D (Email, Urgent): opened Wed 16:00, nothing since; at the cut-off Thu 10:00 it is 18 h old, business
    // Wed 16–17 (1 h) + Thu 9–10 (1 h) = 2 h. Censored.
    internal static ServiceCase D() => Case("D", Channel.Email, CasePriority.Urgent, null, CaseEvent.Opened(T(3, 16)));

    // Targets: first response 1 business hour; next reply 2 business hours; resolution 24 calendar hours.
    internal static readonly SlaPolicy Policy = SlaPolicy.None
        .With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(1)))
        .With(SlaMetric.NextReply, SlaTarget.FromBusinessTime(Duration.FromHours(2)))
        .With(SlaMetric.Resolution, SlaTarget.FromCalendarTime(Duration.FromHours(24)));

    private static ServiceMetrics Compute() => ServiceMetrics.Compute([A(), B(), C(), D()], Calendar, Policy, AsOf, "tier");

    [Fact]
    public void Rates_HandBuiltCases()
    {
        ServiceSegment all = Compute().Overall;

        Assert.Equal(4, all.CaseCount);
        Assert.Equal(3, all.ResolvedCount);
        Assert.Equal(1, all.BacklogCount);
        Assert.Equal(1.0 / 3, all.OneTouchRate, 12);               // B of A, B, C
        Assert.Equal(1.0 / 3, all.FirstContactResolutionRate, 12); // B
        Assert.Equal(1.0 / 3, all.ReopenRate, 12);                 // C of the three ever solved
        Assert.Equal(2, all.ChatbotCaseCount);
        Assert.Equal(0.5, all.BotContainmentRate, 12);             // B of B, C
        Assert.Equal(1, Compute().Backlog);
    }

    [Fact]
    public void Summaries_HandBuiltCases()
    {
        ServiceSegment all = Compute().Overall;

        // First response over the replied cases A, B, C: 5, 30, 60 min. Median 30 min; p90 (type 7): h = 2·0.9 = 1.8 →
        // 30 + 0.8·30 = 54 min; mean 95/3 min = 1900 s.
        DurationSummary frt = all.Summary(ServiceMetric.FirstResponse, TimeBasis.Calendar);
        Assert.Equal(3, frt.Count);
        Assert.Equal(Duration.FromMinutes(30), frt.Median);
        Assert.Equal(Duration.FromMinutes(54), frt.P90);
        Assert.Equal(Duration.FromSeconds(1900), frt.Mean);

        // Next reply: one sample (A): 19 h, 3 h business.
        Assert.Equal(Duration.FromHours(19), all.Summary(ServiceMetric.NextReply, TimeBasis.Calendar).Median);
        Assert.Equal(Duration.FromHours(3), all.Summary(ServiceMetric.NextReply, TimeBasis.Business).Median);

        // Full resolution, resolved only (A 11 h, B 10 min, C 9 h business): median 9 h.
        Assert.Equal(Duration.FromHours(9), all.Summary(ServiceMetric.FullResolution, TimeBasis.Business).Median);
        // First resolution (A 27 h, B 10 min, C 1 h calendar): median 1 h.
        Assert.Equal(Duration.FromHours(1), all.Summary(ServiceMetric.FirstResolution, TimeBasis.Calendar).Median);
        // Requester wait, resolved only: A 23 h, B 10 min, C 2 h calendar → median 2 h.
        Assert.Equal(Duration.FromHours(2), all.Summary(ServiceMetric.RequesterWait, TimeBasis.Calendar).Median);
        // On hold: A 2 h, B 0, C 0 → median 0, p90 = 0 + 0.8·2 h = 96 min.
        Assert.Equal(Duration.Zero, all.Summary(ServiceMetric.OnHold, TimeBasis.Calendar).Median);
        Assert.Equal(Duration.FromMinutes(96), all.Summary(ServiceMetric.OnHold, TimeBasis.Calendar).P90);
    }

    [Fact]
    public void ResolutionCurve_CensorsTheOpenCase()
    {
        // Calendar observed times: B 10 min (resolved), D 18 h (open, censored), C 25 h, A 27 h (resolved).
        // S: 3/4 after 10 min; at 25 h 2 at risk, 1 resolved → 0.375; at 27 h → 0. Median: first 1 − S ≥ 0.5 at 25 h.
        ResolutionCurve curve = Compute().Overall.ResolutionCurve(TimeBasis.Calendar);

        Assert.Equal(4, curve.Count);
        Assert.Equal(1, curve.CensoredCount);
        Assert.Equal(0.75, curve.SurvivalAt(Duration.FromHours(20)), 12);
        Assert.Equal(0.375, curve.SurvivalAt(Duration.FromHours(25)), 12);
        Assert.Equal(Duration.FromHours(25), curve.Median);

        // Business: B 10 min, D 2 h (censored), C 9 h, A 11 h → same shape: median 9 h.
        Assert.Equal(Duration.FromHours(9), Compute().Overall.ResolutionCurve(TimeBasis.Business).Median);
    }

    [Fact]
    public void ResolutionCurve_IsBuiltOnceAndCached()
    {
        ServiceSegment all = Compute().Overall;

        Assert.Same(all.ResolutionCurve(TimeBasis.Business), all.ResolutionCurve(TimeBasis.Business));
    }

    [Fact]
    public void CaseMetrics_CaseA_EveryDuration()
    {
        CaseMetrics m = Compute().Cases[0];

        Assert.Equal(Duration.FromHours(1), m.Get(ServiceMetric.FirstResponse, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(1), m.Get(ServiceMetric.FirstResponse, TimeBasis.Business));
        Assert.Equal(Duration.FromHours(19), m.Get(ServiceMetric.NextReply, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(3), m.Get(ServiceMetric.NextReply, TimeBasis.Business));
        Assert.Equal(Duration.FromHours(27), m.Get(ServiceMetric.FirstResolution, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(11), m.Get(ServiceMetric.FullResolution, TimeBasis.Business));
        Assert.Equal(Duration.FromHours(23), m.Get(ServiceMetric.RequesterWait, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(7), m.Get(ServiceMetric.RequesterWait, TimeBasis.Business));
        Assert.Equal(Duration.FromHours(21), m.Get(ServiceMetric.AgentWork, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(5), m.Get(ServiceMetric.AgentWork, TimeBasis.Business));
        Assert.Equal(Duration.FromHours(2), m.Get(ServiceMetric.OnHold, TimeBasis.Business));
        Assert.Equal(2, m.AgentReplies);
        Assert.Equal(1, m.NextReplyCount);
        Assert.True(m.IsResolved);
        Assert.False(m.IsOneTouch);
        Assert.False(m.IsFirstContactResolution);
        Assert.False(m.IsReopened);
        Assert.Null(m.IsBotContained);
        Assert.Null(m.RunningWait(TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(27), m.ObservedTime(TimeBasis.Calendar));
    }

    [Fact]
    public void CaseMetrics_ReopenedChatbotCase_FirstAndFullResolutionDiffer()
    {
        CaseMetrics m = Compute().Cases[2];

        Assert.Equal(Duration.FromHours(1), m.Get(ServiceMetric.FirstResolution, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(25), m.Get(ServiceMetric.FullResolution, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(9), m.Get(ServiceMetric.FullResolution, TimeBasis.Business));
        Assert.Equal(Duration.FromHours(2), m.Get(ServiceMetric.RequesterWait, TimeBasis.Calendar));
        Assert.True(m.IsReopened);
        Assert.False(m.IsFirstContactResolution);
        Assert.False(m.IsBotContained);
        Assert.True(Compute().Cases[1].IsBotContained);
        Assert.True(Compute().Cases[1].IsOneTouch);
    }

    [Fact]
    public void CaseMetrics_OpenCase_IsCensoredAtItsAge()
    {
        CaseMetrics m = Compute().Cases[3];

        Assert.False(m.IsResolved);
        Assert.Null(m.Get(ServiceMetric.FirstResponse, TimeBasis.Calendar));
        Assert.Null(m.Get(ServiceMetric.FullResolution, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(18), m.ObservedTime(TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(2), m.ObservedTime(TimeBasis.Business));
        Assert.Equal(Duration.FromHours(18), m.Get(ServiceMetric.RequesterWait, TimeBasis.Calendar));
    }

    [Fact]
    public void CaseMetrics_EventsAfterTheCutOff_AreIgnored()
    {
        // Case A seen at Mon 12:00: replied at 11:00, Pending since; New 10–11 = 1 h of requester wait; age 2 h.
        CaseMetrics m = CaseMetrics.FromCase(A(), Calendar, T(1, 12));

        Assert.Equal(Duration.FromHours(1), m.Get(ServiceMetric.FirstResponse, TimeBasis.Calendar));
        Assert.False(m.IsResolved);
        Assert.Null(m.Get(ServiceMetric.FirstResolution, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(1), m.Get(ServiceMetric.RequesterWait, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(2), m.ObservedTime(TimeBasis.Calendar));
        Assert.Equal(0, m.NextReplyCount);

        // At Mon 16:00 the customer's 15:00 message has waited 1 h.
        Assert.Equal(Duration.FromHours(1), CaseMetrics.FromCase(A(), Calendar, T(1, 16)).RunningWait(TimeBasis.Business));
    }

    [Fact]
    public void CaseMetrics_FridayToMonday_TwoBusinessHoursSixtySixCalendarHours()
    {
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var calendar = BusinessCalendarTests.NineToFive(london);
        var c = Case("F", Channel.Email, CasePriority.Normal, null,
            CaseEvent.Opened(BusinessCalendarTests.At(london, 2026, 11, 27, 16)), CaseEvent.AgentReply(BusinessCalendarTests.At(london, 2026, 11, 30, 10)));

        CaseMetrics m = CaseMetrics.FromCase(c, calendar, BusinessCalendarTests.At(london, 2026, 12, 1, 0));

        Assert.Equal(Duration.FromHours(66), m.Get(ServiceMetric.FirstResponse, TimeBasis.Calendar));
        Assert.Equal(Duration.FromHours(2), m.Get(ServiceMetric.FirstResponse, TimeBasis.Business));
    }

    [Fact]
    public void CaseMetrics_SolvedAfterAThankYou_DropsTheWait()
    {
        // Reply Mon 10:00, customer "thanks" 10:30, solved 11:00: no next-reply sample, nothing waiting.
        var c = Case("T", Channel.Email, CasePriority.Normal, null,
            CaseEvent.Opened(T(1, 9)), CaseEvent.AgentReply(T(1, 10)), CaseEvent.CustomerMessage(T(1, 10, 30)), CaseEvent.StatusChanged(T(1, 11), CaseStatus.Solved));

        CaseMetrics m = CaseMetrics.FromCase(c, Calendar, AsOf);

        Assert.Equal(0, m.NextReplyCount);
        Assert.Null(m.RunningWait(TimeBasis.Calendar));
        Assert.True(m.IsOneTouch);
        Assert.False(m.IsFirstContactResolution);
    }

    [Fact]
    public void Sla_HandBuiltCases()
    {
        SlaReport sla = Compute().Sla;

        // A: first response 1 h business = target → achieved; next reply 3 h business > 2 h → breached 1 h late;
        // resolution clock = requester wait 23 h calendar ≤ 24 h → achieved.
        Assert.Equal(SlaOutcome.Achieved, sla.Result(0, SlaMetric.FirstResponse).Outcome);
        Assert.Equal(SlaOutcome.Breached, sla.Result(0, SlaMetric.NextReply).Outcome);
        Assert.Equal(Duration.FromHours(1), sla.Result(0, SlaMetric.NextReply).Lateness);
        Assert.Equal(SlaOutcome.Achieved, sla.Result(0, SlaMetric.Resolution).Outcome);
        Assert.Equal(Duration.FromHours(23), sla.Result(0, SlaMetric.Resolution).Elapsed);
        // B, C: no waiting customer message → next reply not applicable.
        Assert.Equal(SlaOutcome.NotApplicable, sla.Result(1, SlaMetric.NextReply).Outcome);
        // D: no reply after 2 business hours → breached 1 h late although still open; resolution 18 h of 24 → pending.
        Assert.Equal(SlaOutcome.Breached, sla.Result(3, SlaMetric.FirstResponse).Outcome);
        Assert.Equal(Duration.FromHours(1), sla.Result(3, SlaMetric.FirstResponse).Lateness);
        Assert.Equal(SlaOutcome.Pending, sla.Result(3, SlaMetric.Resolution).Outcome);
        Assert.Equal(Duration.Zero, sla.Result(3, SlaMetric.Resolution).Lateness);

        Assert.Equal(0.75, sla.Attainment(SlaMetric.FirstResponse).Rate, 12);
        Assert.Equal(0.0, sla.Attainment(SlaMetric.NextReply).Rate, 12);
        Assert.Equal(1.0, sla.Attainment(SlaMetric.Resolution).Rate, 12);
        Assert.Equal(1, sla.Attainment(SlaMetric.Resolution).Pending);
        // Urgent is D alone.
        SlaAttainment urgent = sla.Attainment(SlaMetric.FirstResponse, CasePriority.Urgent);
        Assert.Equal((0L, 1L, 0L), (urgent.Achieved, urgent.Breached, urgent.Pending));
        // Without targets nothing is decided: a NaN rate, not 0 or 1.
        SlaAttainment none = ServiceMetrics.Compute([A()], Calendar, SlaPolicy.None, AsOf).Sla.Attainment(SlaMetric.FirstResponse);
        Assert.Equal(0, none.Achieved + none.Breached + none.Pending);
        Assert.True(double.IsNaN(none.Rate));
    }

    [Fact]
    public void Sla_PendingPausesTheResolutionClock()
    {
        // Opened Mon 09:00, Pending 10:00–Wed 10:00 (48 h), Open until solved Wed 11:00: elapsed 50 h, clock 2 h.
        var c = Case("P", Channel.Email, CasePriority.Normal, null,
            CaseEvent.Opened(T(1, 9)), CaseEvent.AgentReply(T(1, 10)), CaseEvent.StatusChanged(T(1, 10), CaseStatus.Pending),
            CaseEvent.StatusChanged(T(3, 10), CaseStatus.Open), CaseEvent.StatusChanged(T(3, 11), CaseStatus.Solved));

        SlaResult r = ServiceMetrics.Compute([c], Calendar, Policy, AsOf).Sla.Result(0, SlaMetric.Resolution);

        Assert.Equal(SlaOutcome.Achieved, r.Outcome);
        Assert.Equal(Duration.FromHours(2), r.Elapsed);
    }

    [Fact]
    public void Segments_ByChannelPriorityAndAttribute()
    {
        IReadOnlyList<ServiceSegment> segments = Compute().Segments;

        Assert.Equal(["Channel:Chatbot", "Channel:Email", "Priority:High", "Priority:Low", "Priority:Normal", "Priority:Urgent", "tier:", "tier:gold"],
            segments.Select(s => s.Dimension + ":" + s.Key));
        ServiceSegment email = segments[1];
        Assert.Equal(2, email.CaseCount);
        Assert.Equal(1, email.BacklogCount);
        Assert.True(double.IsNaN(email.BotContainmentRate));
        // Email: A resolved at 27 h, D censored at 18 h → S(27 h) = 0; median 27 h. Naive: 27 h too.
        Assert.Equal(Duration.FromHours(27), email.ResolutionCurve(TimeBasis.Calendar).Median);
        Assert.Equal(0.0, email.Attainment(SlaMetric.NextReply).Rate, 12);
        ServiceSegment gold = segments[^1];
        Assert.Equal(2, gold.CaseCount);
        Assert.Equal(1.0, gold.BotContainmentRate, 12);
        Assert.Equal(Duration.FromHours(19), gold.Summary(ServiceMetric.NextReply, TimeBasis.Calendar).Median);
        Assert.Equal(0, segments[^2].Summary(ServiceMetric.NextReply, TimeBasis.Calendar).Count);
    }

    [Fact]
    public void BacklogAt_CountsCasesOpenAtThatInstant()
    {
        ServiceCase[] cases = [A(), B(), C(), D()];

        Assert.Equal(2, ServiceMetrics.BacklogAt(cases, T(1, 9, 5)));  // B, C (A not yet opened, D later)
        Assert.Equal(1, ServiceMetrics.BacklogAt(cases, T(1, 12)));    // A
        Assert.Equal(2, ServiceMetrics.BacklogAt(cases, T(2, 9, 30))); // A, C reopened
        Assert.Equal(1, ServiceMetrics.BacklogAt(cases, AsOf));        // D
    }

    [Fact]
    public void Compute_Empty_HasNaNRatesAndEmptySummaries()
    {
        ServiceMetrics m = ServiceMetrics.Compute([], Calendar, Policy, AsOf);

        Assert.Equal(0, m.Overall.CaseCount);
        Assert.True(double.IsNaN(m.Overall.OneTouchRate));
        Assert.Equal(0, m.Overall.Summary(ServiceMetric.FirstResponse, TimeBasis.Calendar).Count);
        Assert.Null(m.Overall.ResolutionCurve(TimeBasis.Calendar).Median);
        Assert.Empty(m.Segments);
    }

    // ---- rejections -------------------------------------------------------------------------------------------------

    [Fact]
    public void ServiceCase_EventsOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => Case("X", Channel.Email, CasePriority.Normal, null,
            CaseEvent.Opened(T(1, 10)), CaseEvent.AgentReply(T(1, 9))));

    [Fact]
    public void Compute_CaseOpenedAfterTheCutOff_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceMetrics.Compute([A(), D()], Calendar, Policy, T(3, 12)));

        Assert.Contains("'D' (position 1)", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseMetrics.FromCase(D(), Calendar, T(3, 12)));
    }

    [Fact]
    public void Compute_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceMetrics.Compute(null!, Calendar, Policy, AsOf));
        Assert.Throws<ArgumentNullException>(() => ServiceMetrics.Compute([A()], null!, Policy, AsOf));
        Assert.Throws<ArgumentNullException>(() => ServiceMetrics.Compute([A()], Calendar, null!, AsOf));
        Assert.Throws<ArgumentNullException>(() => ServiceMetrics.Compute([A(), null!], Calendar, Policy, AsOf));
        Assert.Throws<ArgumentException>(() => ServiceMetrics.Compute([A()], Calendar, Policy, AsOf, " "));
    }

    [Fact]
    public void Accessors_BadArguments_Throw()
    {
        ServiceMetrics m = Compute();

        Assert.Throws<ArgumentOutOfRangeException>(() => m.Overall.Summary((ServiceMetric)99, TimeBasis.Calendar));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Overall.Summary(ServiceMetric.OnHold, (TimeBasis)5));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Overall.Attainment((SlaMetric)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Sla.Result(4, SlaMetric.FirstResponse));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Sla.Result(-1, SlaMetric.FirstResponse));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Cases[0].Get((ServiceMetric)(-1), TimeBasis.Calendar));
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.With((SlaMetric)7, CasePriority.Low, SlaTarget.FromCalendarTime(Duration.FromHours(1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.TargetFor(SlaMetric.Resolution, (CasePriority)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.FromCalendarTime(Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlaTarget.FromBusinessTime(Duration.FromHours(-1)));
    }

    [Fact]
    public void SlaPolicy_WithPerPriority_OverridesOnlyThatPriority()
    {
        SlaPolicy p = Policy.With(SlaMetric.FirstResponse, CasePriority.Urgent, SlaTarget.FromCalendarTime(Duration.FromMinutes(15)));

        Assert.Equal(SlaTarget.FromCalendarTime(Duration.FromMinutes(15)), p.TargetFor(SlaMetric.FirstResponse, CasePriority.Urgent));
        Assert.Equal(SlaTarget.FromBusinessTime(Duration.FromHours(1)), p.TargetFor(SlaMetric.FirstResponse, CasePriority.Low));
        Assert.Null(SlaPolicy.None.TargetFor(SlaMetric.Resolution, CasePriority.Low));
        Assert.Equal(SlaTarget.FromBusinessTime(Duration.FromHours(1)), Policy.TargetFor(SlaMetric.FirstResponse, CasePriority.Urgent));
    }
}
