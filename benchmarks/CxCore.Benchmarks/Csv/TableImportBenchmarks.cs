using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CxCore.Csv;
using CxCore.Import;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Benchmarks.Csv;

/// <summary>
/// Importing a touchpoint event table and a Zendesk-format ticket export of one million rows each from a MemoryStream
/// (UTF-8): the string.Split loop a user would write for touchpoints (baseline: no quoting, no line numbers, no report;
/// it throws at the first bad row), <see cref="TouchpointCsvReader"/> with every check, and
/// <see cref="ServiceCaseCsvReader"/> with the Zendesk preset (events rebuilt, every check).
/// </summary>
/// <remarks>
/// With the environment variable <c>CXCORE_BENCH_DATA_DIR</c> set, the setup also writes both files there
/// (<c>touchpoints-N.csv</c>, <c>tickets-N.csv</c>) so that benchmarks/pandas/import_peer.py times pandas on the
/// same bytes.
/// </remarks>
[MemoryDiagnoser]
public class TableImportBenchmarks
{
    private static readonly string[] Channels = ["Website", "Email", "Phone", "Chat", "SocialMedia"];
    private static readonly string[] Departments = ["Marketing", "Sales", "CustomerService", "Billing"];
    private static readonly string[] Outcomes = ["Succeeded", "Succeeded", "Failed", ""];
    private static readonly string[] Statuses = ["solved", "closed", "open", "pending", "hold", "new"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private byte[] _touchpoints = [];
    private byte[] _tickets = [];

    /// <summary>The number of data rows of each file.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (1_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(10_000, 1_000_000);

    /// <summary>Builds both files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _touchpoints = Encoding.UTF8.GetBytes(TouchpointText(N));
        _tickets = Encoding.UTF8.GetBytes(TicketText(N));
        if (Environment.GetEnvironmentVariable("CXCORE_BENCH_DATA_DIR") is { Length: > 0 } dir)
        {
            File.WriteAllBytes(Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"touchpoints-{N}.csv")), _touchpoints);
            File.WriteAllBytes(Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"tickets-{N}.csv")), _tickets);
        }
    }

    /// <summary>The naive touchpoint import: ReadLine, string.Split, the NodaTime offset pattern, enum parsing, one Touchpoint per line.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveSplitTouchpoints()
    {
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>");
        using var reader = new StreamReader(new MemoryStream(_touchpoints), Encoding.UTF8);
        _ = reader.ReadLine();
        long sum = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split(',');
            var point = new Touchpoint(
                f[0],
                CustomerId.From(f[1]),
                pattern.Parse(f[2]).Value.ToInstant(),
                Channel.From(f[3]),
                LifecycleModel.Default.GetStage(f[5]),
                Department.From(f[4]),
                Enum.Parse<Initiator>(f[6]),
                f[7].Length == 0 ? TouchpointOutcome.Unknown : Enum.Parse<TouchpointOutcome>(f[7]),
                topic: f[8].Length == 0 ? null : f[8]);
            sum += (long)point.Outcome;
        }

        return sum;
    }

    /// <summary>CxCore.Csv's touchpoint reader with every check (duplicate ids included).</summary>
    [Benchmark]
    public long TouchpointReader()
    {
        var report = new ImportReport();
        long sum = 0;
        foreach (Touchpoint point in new TouchpointCsvReader(TouchpointColumns()).Read(new MemoryStream(_touchpoints), report))
        {
            sum += (long)point.Outcome;
        }

        return sum;
    }

    /// <summary>CxCore.Csv's ticket reader with the Zendesk preset: wall-clock times in New York, events rebuilt, helpdesk durations kept.</summary>
    [Benchmark]
    public long ZendeskTicketReader()
    {
        var report = new ImportReport();
        long sum = 0;
        foreach (ImportedCase ticket in new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(NewYork)).Read(new MemoryStream(_tickets), report))
        {
            sum += ticket.Case.Events.Count;
        }

        return sum;
    }

    private static TouchpointMapping TouchpointColumns() => new()
    {
        IdColumn = "event_id",
        CustomerColumn = "customer_id",
        TimeColumn = "occurred_at",
        ChannelColumn = "channel",
        DepartmentColumn = "department",
        StageColumn = "stage",
        InitiatorColumn = "initiator",
        OutcomeColumn = "outcome",
        TopicColumn = "topic",
    };

    /// <summary>The touchpoint table: one event every 7 seconds from 2026-01-01, written with a +01:00 offset.</summary>
    internal static string TouchpointText(int n)
    {
        var text = new StringBuilder(n * 110);
        text.Append("event_id,customer_id,occurred_at,channel,department,stage,initiator,outcome,topic\n");
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>");
        var offset = Offset.FromHours(1);
        IReadOnlyList<LifecycleStage> stages = LifecycleModel.Default.Stages;
        for (int i = 0; i < n; i++)
        {
            string at = pattern.Format((start + Duration.FromSeconds(i * 7L)).WithOffset(offset));
            text.Append(CultureInfo.InvariantCulture, $"E{i},C{i % 50_000},{at},{Channels[i % 5]},{Departments[i % 4]},{stages[i % 8].Name},{(i % 3 == 0 ? "Company" : "Customer")},{Outcomes[i % 4]},{(i % 10 == 0 ? "billing" : string.Empty)}\n");
        }

        return text.ToString();
    }

    /// <summary>The ticket export: one ticket every 13 minutes from 2026-01-05 13:00 UTC, Zendesk's columns, New York wall-clock times.</summary>
    internal static string TicketText(int n)
    {
        var text = new StringBuilder(n * 160);
        text.Append("Id,Requester id,Group,Status,Priority,Via,Created at,Updated at,Solved at,Reopens,First reply time in minutes,First reply time in minutes within business hours,First resolution time in minutes,First resolution time in minutes within business hours,Full resolution time in minutes,Full resolution time in minutes within business hours\n");
        var start = Instant.FromUtc(2026, 1, 5, 13, 0);
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss");
        string Local(Instant at) => pattern.Format(at.InZone(NewYork).LocalDateTime);
        for (int i = 0; i < n; i++)
        {
            Instant created = start + Duration.FromMinutes(i * 13L);
            string status = Statuses[i % 6];
            int reply = 5 + (i % 120);
            int resolve = reply + 30 + (i % 600);
            bool solved = status is "solved" or "closed";
            string solvedAt = solved ? Local(created + Duration.FromMinutes(resolve)) : string.Empty;
            string updated = Local(created + Duration.FromMinutes(solved ? resolve + 60 : reply + 10));
            string replyMinutes = status == "new" ? string.Empty : reply.ToString(CultureInfo.InvariantCulture);
            string resolution = solved ? resolve.ToString(CultureInfo.InvariantCulture) : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},R{i % 40_000},Support,{status},normal,email,{Local(created)},{updated},{solvedAt},0,{replyMinutes},{replyMinutes},{resolution},{resolution},{resolution},{resolution}\n");
        }

        return text.ToString();
    }
}
