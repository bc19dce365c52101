#:project ../../src/CxCore/CxCore.csproj
#:property PublishAot=false

using CxCore;
using CxCore.Service;
using NodaTime;

// Business hours: Mon–Fri 09:00–17:00 in London, with a bank holiday.
var london = DateTimeZoneProviders.Tzdb["Europe/London"];
var calendar = BusinessCalendar.Weekdays(london, new LocalTime(9, 0), new LocalTime(17, 0))
    .WithHolidays(new LocalDate(2026, 12, 25));

Instant At(int month, int day, int hour) => london.AtStrictly(new LocalDateTime(2026, month, day, hour, 0)).ToInstant();

// Opened Friday 16:00, answered Monday 10:00: 66 calendar hours, 2 business hours.
Console.WriteLine($"Business time: {calendar.BusinessTimeBetween(At(11, 27, 16), At(11, 30, 10)).TotalHours} h");
Console.WriteLine($"4 business hours after Fri 16:00: {calendar.AddBusinessTime(At(11, 27, 16), Duration.FromHours(4)).InZone(london)}");

// Two cases: one solved, one still open at the cut-off.
ServiceCase solved = new("T-1", CustomerId.From("alice"), Channel.Email, CasePriority.High,
[
    CaseEvent.Opened(At(11, 27, 16)),
    CaseEvent.AgentReply(At(11, 30, 10)),
    CaseEvent.StatusChanged(At(11, 30, 12), CaseStatus.Solved),
]);
ServiceCase open = new("T-2", CustomerId.From("bob"), Channel.Chat, CasePriority.Normal, [CaseEvent.Opened(At(11, 30, 9))]);

SlaPolicy policy = SlaPolicy.None
    .With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(4)))
    .With(SlaMetric.Resolution, SlaTarget.FromCalendarTime(Duration.FromDays(2)));

ServiceMetrics metrics = ServiceMetrics.Compute([solved, open], calendar, policy, asOf: At(12, 1, 12));

Console.WriteLine($"First response (business), median: {metrics.Overall.Summary(ServiceMetric.FirstResponse, TimeBasis.Business).Median}");
Console.WriteLine($"Resolution median (Kaplan–Meier): {metrics.Overall.ResolutionCurve(TimeBasis.Calendar).Median?.ToString() ?? "not reached"}");
Console.WriteLine($"First-response SLA: {metrics.Sla.Attainment(SlaMetric.FirstResponse)}");
Console.WriteLine($"Backlog: {metrics.Backlog}");
foreach (ServiceSegment s in metrics.Segments)
{
    Console.WriteLine($"  {s.Dimension} {s.Key}: {s.CaseCount} cases, {s.ResolvedCount} resolved");
}

// Survivor bias: the "solved cases only" median against the Kaplan–Meier median with open cases censored.
double[] resolvedHours = [1, 2, 2, 3, 5, 8, 13, 21];
double[] openHours = [6, 24, 30, 48];
var curve = ResolutionCurve.FromObservations(
    resolvedHours.Select(h => (Duration.FromSeconds(h * 3600), true)).Concat(openHours.Select(h => (Duration.FromSeconds(h * 3600), false))));
var naive = DurationDistribution.FromDurations(resolvedHours.Select(h => Duration.FromSeconds(h * 3600)));
Console.WriteLine($"Solved-only median {naive.Median?.TotalHours} h; Kaplan–Meier median {curve.Median?.TotalHours} h");
Console.WriteLine($"Solved-only p90 {naive.P90?.TotalHours} h; Kaplan–Meier p90 {curve.Percentile(0.9)?.TotalHours.ToString() ?? "not reached"}");
