#:project ../../src/CxCore.Csv/CxCore.Csv.csproj
#:property PublishAot=false

using CxCore.Csv;
using CxCore.Import;
using CxCore.Service;
using NodaTime;

// A Zendesk ticket export: times in the account's zone (New York), a Mon–Fri 09:00–17:00 schedule.
var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
var schedule = BusinessCalendar.Weekdays(newYork, new LocalTime(9, 0), new LocalTime(17, 0));
Instant exportedAt = newYork.AtStrictly(new LocalDateTime(2026, 3, 13, 18, 0)).ToInstant();

var report = new ImportReport();
List<ImportedCase> tickets = new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(newYork))
    .ReadFile("docs/data/zendesk-tickets.csv", report)
    .ToList();

// Every row is accounted for: accepted + rejected = read; each rejected row says where and why.
Console.WriteLine($"{report.DataRows} tickets read, {report.AcceptedRows} accepted, {report.RejectedRows} rejected");
foreach (ImportRowError error in report.Errors)
{
    Console.WriteLine($"  {error}");
}

// Service metrics on CxCore's own clock: first response, resolution (open tickets censored), SLA, backlog.
SlaPolicy policy = SlaPolicy.None.With(SlaMetric.FirstResponse, SlaTarget.FromBusinessTime(Duration.FromHours(1)));
ServiceMetrics metrics = ServiceMetrics.Compute(tickets.Select(t => t.Case), schedule, policy, exportedAt);
Console.WriteLine($"First response (business), median: {metrics.Overall.Summary(ServiceMetric.FirstResponse, TimeBasis.Business).Median}");
Console.WriteLine($"First-response SLA (1 business hour): {metrics.Sla.Attainment(SlaMetric.FirstResponse)}");
Console.WriteLine($"Backlog at export: {metrics.Backlog}");

// The check before switching reporting over: Zendesk's own durations against CxCore's, to the minute.
HelpdeskComparison comparison = HelpdeskComparison.Compare(tickets, schedule, exportedAt);
Console.WriteLine($"{comparison.ValuesCompared} Zendesk durations of {comparison.CasesCompared} tickets compared; {comparison.Disagreements.Count} disagree by more than a minute:");
foreach (HelpdeskDisagreement d in comparison.Disagreements)
{
    Console.WriteLine($"  {d}");
}
