using CxCore.Service;
using NodaTime;

namespace CxCore.Csv.Tests;

/// <summary>
/// The ticket reader on cells that are not plain short ASCII: quoted, with escaped quotes, with white space around a
/// status, non-ASCII, non-ASCII digits, longer than 64 characters. Times are New York wall-clock times in March 2026,
/// after the change to daylight-saving time on 8 March (EDT = UTC−4).
/// </summary>
public sealed class ServiceCaseCsvReaderCellTextTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private const string Header = "Id,Requester id,Group,Status,Priority,Via,Created at,Updated at,Solved at,Reopens,First reply time in minutes,First reply time in minutes within business hours,First resolution time in minutes,First resolution time in minutes within business hours,Full resolution time in minutes,Full resolution time in minutes within business hours";

    private static readonly string LongGroup = string.Concat(Enumerable.Repeat("Second-line support, ", 5)); // 105 characters

    private static (List<ImportedCase> Cases, ImportReport Report) Read(params string[] rows)
    {
        var report = new ImportReport();
        string csv = Header + "\n" + string.Join("\n", rows) + "\n";
        return (new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(NewYork)).Read(new StringReader(csv), report).ToList(), report);
    }

    [Fact]
    public void Read_QuotedAndNonAsciiCells_ReadAsTheirText()
    {
        var (cases, report) = Read(
            "201,R1,\"Équipe \"\"Nord\"\"\", Solved ,normal,Mail,\"2026-03-10 09:00:00\",2026-03-10 12:00:00,2026-03-10 11:00:00,0,30,30,120,120,120,120",
            $"202,R2,\"{LongGroup}\",OPEN,HIGH,Téléphone,2026-03-11 08:15:00,2026-03-11 08:45:00,,0,20,,,,,",
            "203,R1,,new,,,\"2026-03-12 10:00:00\",2026-03-12 10:00:00,,0,,,,,,");

        Assert.Equal((3L, 3L, 0L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        ServiceCase solved = cases[0].Case, open = cases[1].Case, fresh = cases[2].Case;

        // " Solved " is trimmed and matched without case; 09:00 EDT is 13:00Z, the reply 30 minutes later, the solve at
        // 11:00 EDT = 15:00Z.
        Assert.Equal(
            [CaseEvent.Opened(Instant.FromUtc(2026, 3, 10, 13, 0)), CaseEvent.AgentReply(Instant.FromUtc(2026, 3, 10, 13, 30)), CaseEvent.StatusChanged(Instant.FromUtc(2026, 3, 10, 15, 0), CaseStatus.Solved)],
            solved.Events);
        Assert.Equal((Channel.Email, CasePriority.Normal), (solved.Channel, solved.Priority));
        Assert.Equal("Équipe \"Nord\"", solved.Attributes["group"]);
        Assert.Equal(
            [
                new HelpdeskDuration(ServiceMetric.FirstResponse, TimeBasis.Calendar, Duration.FromMinutes(30)),
                new HelpdeskDuration(ServiceMetric.FirstResponse, TimeBasis.Business, Duration.FromMinutes(30)),
                new HelpdeskDuration(ServiceMetric.FirstResolution, TimeBasis.Calendar, Duration.FromMinutes(120)),
                new HelpdeskDuration(ServiceMetric.FirstResolution, TimeBasis.Business, Duration.FromMinutes(120)),
                new HelpdeskDuration(ServiceMetric.FullResolution, TimeBasis.Calendar, Duration.FromMinutes(120)),
                new HelpdeskDuration(ServiceMetric.FullResolution, TimeBasis.Business, Duration.FromMinutes(120)),
            ],
            cases[0].HelpdeskDurations);

        // 08:15 EDT is 12:15Z; the reply 20 minutes later, and an open ticket is Open from its first reply.
        Assert.Equal(
            [CaseEvent.Opened(Instant.FromUtc(2026, 3, 11, 12, 15)), CaseEvent.AgentReply(Instant.FromUtc(2026, 3, 11, 12, 35)), CaseEvent.StatusChanged(Instant.FromUtc(2026, 3, 11, 12, 35), CaseStatus.Open)],
            open.Events);
        Assert.Equal((Channel.From("Téléphone"), CasePriority.High), (open.Channel, open.Priority));
        Assert.Equal(LongGroup, open.Attributes["group"]);
        Assert.Equal([new HelpdeskDuration(ServiceMetric.FirstResponse, TimeBasis.Calendar, Duration.FromMinutes(20))], cases[1].HelpdeskDurations);

        // No group, priority or channel: no attributes, Normal, the mapping's default channel (email); no durations.
        Assert.Equal([CaseEvent.Opened(Instant.FromUtc(2026, 3, 12, 14, 0))], fresh.Events);
        Assert.Equal((Channel.Email, CasePriority.Normal, 0), (fresh.Channel, fresh.Priority, fresh.Attributes.Count));
        Assert.Empty(cases[2].HelpdeskDurations);
    }

    [Fact]
    public void Read_NonAsciiDigitsAndLongTimeCells_Rejected()
    {
        string padded = "2026-03-10 09:00:00" + new string(' ', 60);

        var (cases, report) = Read(
            "301,R1,Support,pending,normal,Mail,2026-03-10 09:00:00,2026-03-10 12:00:00,,0,\u0661\u0662,,,,,",
            $"302,R1,Support,open,normal,Mail,\"{padded}\",2026-03-10 12:00:00,,0,,,,,,");

        Assert.Empty(cases);
        Assert.Equal(
            [
                (2L, "First reply time in minutes", "\u0661\u0662", ImportErrorReason.InvalidNumber),
                (3L, "Created at", padded, ImportErrorReason.UnparseableTime),
            ],
            report.Errors.Select(e => (e.LineNumber, e.Column!, e.RawValue!, e.Reason)));
    }

    [Fact]
    public void Read_TwoTicketsOfOneGroup_EqualReadOnlyAttributes()
    {
        var (cases, _) = Read(
            "401,R1,Billing,new,,,2026-03-12 10:00:00,,,0,,,,,,",
            "402,R2,Billing,new,,,2026-03-12 11:00:00,,,0,,,,,,");

        IReadOnlyDictionary<string, string> first = cases[0].Case.Attributes, second = cases[1].Case.Attributes;

        Assert.Equal(first, second);
        Assert.Equal("Billing", second["group"]);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)first)["group"] = "Sales");
        Assert.Same(cases[0].HelpdeskDurations, cases[0].HelpdeskDurations);
    }
}
