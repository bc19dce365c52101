using System.Globalization;
using CxCore.Csv.Tests.Support;
using CxCore.Service;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Csv.Tests;

/// <summary>
/// Data/zendesk-tickets.csv is a Zendesk-format ticket export of an account in America/New_York with a Monday–Friday
/// 09:00–17:00 schedule, across the change to daylight-saving time (Sunday 2026-03-08 02:00 → 03:00): solved, closed,
/// pending, on-hold, open, new and reopened tickets (lines 2–13), then one bad row of each kind (lines 14–20). Its
/// durations were written by a Python script that counts business minutes minute by minute with zoneinfo
/// (a minute counts when its local start is Mon–Fri 09:00–16:59) and calendar minutes in UTC; ticket 111's business
/// resolution minutes are deliberately 60 too high, as if the helpdesk's schedule differed.
/// </summary>
public sealed class ServiceCaseCsvReaderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Instant AsOf = Instant.FromUtc(2026, 3, 13, 22, 0); // 18:00 in New York, when the export was taken
    private static readonly BusinessCalendar Schedule = BusinessCalendar.Weekdays(NewYork, new LocalTime(9, 0), new LocalTime(17, 0));

    private static (List<ImportedCase> Cases, ImportReport Report) ReadSample()
    {
        var report = new ImportReport();
        var cases = new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(NewYork)).ReadFile(Samples.Path("zendesk-tickets.csv"), report).ToList();
        return (cases, report);
    }

    [Fact]
    public void ReadFile_ZendeskSample_CountsAddUpAndEveryBadRowIsReported()
    {
        var (cases, report) = ReadSample();

        // Line 16 has two errors: its creation and update times both fall in the daylight-saving gap.
        Assert.Equal((19L, 12L, 7L, 8L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.ErrorCount));
        Assert.Equal(12, cases.Count);
        Assert.Equal(
            [
                (14L, "Status", "escalated", ImportErrorReason.UnknownValue),
                (15L, "Requester id", "  ", ImportErrorReason.MissingCustomerId),
                (16L, "Created at", "2026-03-08 02:30:00", ImportErrorReason.SkippedLocalTime),
                (16L, "Updated at", "2026-03-08 02:30:00", ImportErrorReason.SkippedLocalTime),
                (17L, "Solved at", "2026-03-09 10:00:00", ImportErrorReason.InconsistentTimes),
                (18L, "First reply time in minutes", "n/a", ImportErrorReason.InvalidNumber),
                (19L, "Created at", "2026-03-09T10:00:00-04:00", ImportErrorReason.UnparseableTime),
                (20L, "Id", "101", ImportErrorReason.DuplicateId),
            ],
            report.Errors.Select(e => (e.LineNumber, e.Column!, e.RawValue!, e.Reason)));
        Assert.Contains(
            "does not match the local date-time pattern 'uuuu'-'MM'-'dd' 'HH':'mm':'ss'. The value carries a UTC offset: read it as an instant with OffsetPattern 'uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>' and no zone.",
            report.Errors[6].Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_ZendeskSample_StatusesBecomeEvents()
    {
        var (cases, _) = ReadSample();
        ServiceCase Case(string id) => cases.Single(c => c.Case.Id == id).Case;

        Assert.Equal(
            ["solved", "closed", "pending", "hold", "open", "new", "reopened solved", "reopened open", "solved", "solved", "solved", "closed"],
            cases.Select(c => (c.Case.Events.Any(e => e.Kind == CaseEventKind.Reopened) ? "reopened " : string.Empty) + c.Case.CurrentStatus switch
            {
                CaseStatus.OnHold => "hold",
                CaseStatus status => status.ToString().ToLowerInvariant(),
            }));
        Assert.Equal(CasePriority.Urgent, Case("110").Priority);
        Assert.Equal(Channel.Phone, Case("110").Channel);
        Assert.Equal(Channel.Website, Case("102").Channel);
        Assert.Equal("Billing", Case("104").Attributes["group"]);

        // 01:30 on 8 March is still EST (-05:00): 06:30Z. The reply 1,835 minutes later is 09:05 EDT on 9 March.
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 6, 30), Case("110").OpenedAt);
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 13, 5), Case("110").Events.First(e => e.Kind == CaseEventKind.AgentReply).At);
    }

    [Fact]
    public void BusinessMinutes_MinuteByMinute_MatchTheExportAndCxCore()
    {
        var (cases, _) = ReadSample();
        string[][] rows = [.. File.ReadAllLines(Samples.Path("zendesk-tickets.csv")).Skip(1).Take(12).Select(l => l.Split(','))];
        var created = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss");
        int checkedValues = 0;
        foreach (string[] row in rows)
        {
            ImportedCase imported = cases.Single(c => c.Case.Id == row[0]);
            CaseMetrics metrics = CaseMetrics.FromCase(imported.Case, Schedule, AsOf);
            Instant opened = created.Parse(row[8]).Value.InZoneStrictly(NewYork).ToInstant();

            // (calendar column, business column, end of the interval, metric)
            (int Calendar, int Business, Instant? End, ServiceMetric Metric)[] measures =
            [
                (13, 14, row[13].Length > 0 ? opened + Duration.FromMinutes(long.Parse(row[13], CultureInfo.InvariantCulture)) : null, ServiceMetric.FirstResponse),
                (15, 16, row[15].Length > 0 ? opened + Duration.FromMinutes(long.Parse(row[15], CultureInfo.InvariantCulture)) : null, ServiceMetric.FirstResolution),
                (17, 18, row[17].Length > 0 ? created.Parse(row[10]).Value.InZoneStrictly(NewYork).ToInstant() : null, ServiceMetric.FullResolution),
            ];
            foreach (var (calendarColumn, businessColumn, end, metric) in measures)
            {
                if (end is not Instant stop)
                {
                    Assert.Null(metrics.Get(metric, TimeBasis.Business));
                    continue;
                }

                long independent = BusinessMinutes(opened, stop);
                long exported = long.Parse(row[businessColumn], CultureInfo.InvariantCulture);
                long skew = row[0] == "111" && metric != ServiceMetric.FirstResponse ? 60 : 0;
                Assert.Equal(exported - skew, independent);
                Assert.Equal(Duration.FromMinutes(independent), metrics.Get(metric, TimeBasis.Business));
                Assert.Equal(Duration.FromMinutes(long.Parse(row[calendarColumn], CultureInfo.InvariantCulture)), metrics.Get(metric, TimeBasis.Calendar));
                checkedValues++;
            }
        }

        // First reply: 11 tickets (all but 106); first resolution: 101, 102, 107, 108, 109, 110, 111, 112; full resolution:
        // the same without 108 (reopened, open again): 11 + 8 + 7 = 26.
        Assert.Equal(26, checkedValues);
    }

    [Fact]
    public void HelpdeskComparison_ListsExactlyTheDurationsThatDisagree()
    {
        var (cases, _) = ReadSample();

        var comparison = HelpdeskComparison.Compare(cases, Schedule, AsOf);

        // Ticket 106 (new) has no durations; the 11 others have the 26 durations counted above, calendar and business.
        Assert.Equal(11, comparison.CasesCompared);
        Assert.Equal(52, comparison.ValuesCompared);
        Assert.Equal(
            [("111", ServiceMetric.FirstResolution), ("111", ServiceMetric.FullResolution)],
            comparison.Disagreements.Select(d => (d.CaseId, d.Metric)));
        Assert.All(comparison.Disagreements, d => Assert.Equal((TimeBasis.Business, (Duration?)Duration.FromMinutes(-60)), (d.Basis, d.Difference)));
        Assert.Equal("case 111 (line 12): FirstResolution (Business) helpdesk 300 min, CxCore 240 min", comparison.Disagreements[0].ToString());
    }

    [Fact]
    public void Read_MissingZendeskColumn_ListsTheColumnsThereAre()
    {
        string csv = "Id,Requester id,Created at,Status\n1,R1,2026-03-10 10:00:00,open\n";

        var error = Assert.Throws<InvalidDataException>(() => new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(NewYork)).Read(new StringReader(csv), new ImportReport()).ToList());

        Assert.Equal("The header has no column 'Solved at' for the solve time; its columns are 'Id', 'Requester id', 'Created at', 'Status'.", error.Message);
    }

    /// <summary>
    /// Data/zendesk-ticket-export.csv has the full header of Zendesk's ticket CSV export: the 40 columns, in order, of the
    /// table in Zendesk's Help Center article "Exporting data to a JSON, CSV, or XML file"
    /// (https://support.zendesk.com/hc/en-us/articles/4408886165402), with the first two spelled as the export's header
    /// row spells them ("Id", "Requester id"; header lists in public scripts that write or read the export agree). Its
    /// values follow real exports: capitalised statuses and priorities ("Solved", "Normal", as in a public export preview),
    /// Via display names ("Mail"; "Web form" as in the sample row of github.com/skipjac/Zendesk-CSV-append), and times in
    /// the account's zone (America/New_York, EDT = UTC-4 after 8 March 2026).
    /// </summary>
    [Fact]
    public void ReadFile_FullZendeskExportHeader_PresetFindsEveryColumnAndReadsTheRows()
    {
        var report = new ImportReport();

        var cases = new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(NewYork)).ReadFile(Samples.Path("zendesk-ticket-export.csv"), report).ToList();

        Assert.Equal((3L, 3L, 0L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        Assert.Equal(
            [
                ("5001", "381234567890", CaseStatus.Solved, CasePriority.Normal, Channel.Email, "Support"),
                ("5002", "381234567891", CaseStatus.Open, CasePriority.High, Channel.Website, "Support"),
                ("5003", "381234567892", CaseStatus.Pending, CasePriority.Low, Channel.Email, "Billing"),
            ],
            cases.Select(c => (c.Case.Id, c.Case.Customer.Value, c.Case.CurrentStatus, c.Case.Priority, c.Case.Channel, c.Case.Attributes["group"])));

        // 5001: created 09:00 EDT = 13:00Z; first reply 30 minutes later = 13:30Z; solved 11:00 EDT = 15:00Z.
        ServiceCase solved = cases[0].Case;
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 13, 0), solved.OpenedAt);
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 13, 30), solved.Events.Single(e => e.Kind == CaseEventKind.AgentReply).At);
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 15, 0), solved.Events.Single(e => e.Kind == CaseEventKind.StatusChanged && e.Status == CaseStatus.Solved).At);

        // 5002: created 16:30 EDT on 10 March, first reply 1005 minutes later = 09:15 EDT on 11 March; within Mon–Fri
        // 09:00–17:00 that is 16:30–17:00 (30) + 09:00–09:15 (15) = 45 business minutes, as the export says.
        Assert.Equal(
            [
                new HelpdeskDuration(ServiceMetric.FirstResponse, TimeBasis.Calendar, Duration.FromMinutes(1005)),
                new HelpdeskDuration(ServiceMetric.FirstResponse, TimeBasis.Business, Duration.FromMinutes(45)),
            ],
            cases[1].HelpdeskDurations);
        HelpdeskComparison comparison = HelpdeskComparison.Compare(cases, Schedule, Instant.FromUtc(2026, 3, 11, 22, 0));
        Assert.Equal((3L, 10L), (comparison.CasesCompared, comparison.ValuesCompared));
        Assert.Empty(comparison.Disagreements);
    }

    [Fact]
    public void Read_ZendeskTimesInMinutes_RejectedWithTheSuggestion_ThenReadWithThatPattern()
    {
        // The sample row of github.com/skipjac/Zendesk-CSV-append writes "2009-09-01 19:02": minutes, no seconds.
        const string csv = "Id,Requester id,Status,Priority,Via,Created at,Updated at,Solved at,Group,Reopens,First reply time in minutes,First reply time in minutes within business hours,First resolution time in minutes,First resolution time in minutes within business hours,Full resolution time in minutes,Full resolution time in minutes within business hours\n" +
            "1,4,Closed,Low,Web form,2009-09-01 19:02,2009-09-07 21:30,2009-09-04 12:00,Support,0,,,,,,\n";
        ServiceCaseMapping mapping = ServiceCaseMapping.Zendesk(NewYork);
        var report = new ImportReport();

        Assert.Empty(new ServiceCaseCsvReader(mapping).Read(new StringReader(csv), report));

        Assert.Equal(ImportErrorReason.UnparseableTime, report.Errors[0].Reason);
        Assert.Contains("'uuuu'-'MM'-'dd' 'HH':'mm'", report.Errors[0].Message, StringComparison.Ordinal);

        mapping.LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");
        ImportedCase closed = Assert.Single(new ServiceCaseCsvReader(mapping).Read(new StringReader(csv), new ImportReport()));

        // 19:02 EDT on 1 September 2009 is 23:02Z; closed at the last update, 21:30 EDT on 7 September = 01:30Z on the 8th.
        Assert.Equal((Instant.FromUtc(2009, 9, 1, 23, 2), CaseStatus.Closed, Channel.Website), (closed.Case.OpenedAt, closed.Case.CurrentStatus, closed.Case.Channel));
        Assert.Equal(Instant.FromUtc(2009, 9, 8, 1, 30), closed.Case.Events[^1].At);
    }

    /// <summary>Counts the minutes [t, t + 1 min) from <paramref name="from"/> to <paramref name="to"/> whose local start in New York is Monday–Friday 09:00–16:59.</summary>
    private static long BusinessMinutes(Instant from, Instant to)
    {
        long minutes = 0;
        for (Instant t = from; t < to; t += Duration.FromMinutes(1))
        {
            LocalDateTime local = t.InZone(NewYork).LocalDateTime;
            if (local.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && local.Hour >= 9 && local.Hour < 17)
            {
                minutes++;
            }
        }

        return minutes;
    }
}
