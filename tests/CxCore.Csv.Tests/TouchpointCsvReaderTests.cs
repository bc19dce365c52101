using System.Data;
using CxCore.Csv.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Csv.Tests;

public sealed class TouchpointCsvReaderTests
{
    private static TouchpointMapping Mapping() => new()
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

    private static (List<Touchpoint> Points, ImportReport Report) ReadSample()
    {
        var report = new ImportReport();
        var points = new TouchpointCsvReader(Mapping()).ReadFile(Samples.Path("touchpoints.csv"), report).ToList();
        return (points, report);
    }

    [Fact]
    public void ReadFile_Sample_CountsAddUp()
    {
        var (points, report) = ReadSample();

        // 36 clean rows (lines 2-37), then lines 38-52: 38 and 51 good, 49 blank, 50 with two errors, the rest one each.
        Assert.True(report.IsComplete);
        Assert.Equal((50L, 38L, 12L, 13L, 1L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.ErrorCount, report.BlankRows));
        Assert.Equal(38, points.Count);
        Samples.AssertCountsAddUp(report);
    }

    [Fact]
    public void ReadFile_Sample_EveryBadRowReportedWithLineColumnValueAndReason()
    {
        var (_, report) = ReadSample();

        var expected = new (long Line, string? Column, string? Raw, ImportErrorReason Reason)[]
        {
            (39, "event_id", "   ", ImportErrorReason.MissingId),
            (40, "event_id", "E0001", ImportErrorReason.DuplicateId),
            (41, "customer_id", "  ", ImportErrorReason.MissingCustomerId),
            (42, "occurred_at", "2026-03-20 10:00:00", ImportErrorReason.UnparseableTime),
            (43, "occurred_at", "20/03/2026 10:00:00", ImportErrorReason.UnparseableTime),
            (44, "channel", "", ImportErrorReason.MissingValue),
            (45, "stage", "Checkout", ImportErrorReason.UnknownValue),
            (46, "initiator", "Agent", ImportErrorReason.UnknownValue),
            (47, "outcome", "Won", ImportErrorReason.UnknownValue),
            (48, null, null, ImportErrorReason.FieldCountMismatch),
            (50, "customer_id", "  ", ImportErrorReason.MissingCustomerId),
            (50, "occurred_at", "not a time", ImportErrorReason.UnparseableTime),
        };
        Assert.Equal(expected, report.Errors.Take(expected.Length).Select(e => (e.LineNumber, e.Column, e.RawValue, e.Reason)));
        Assert.Equal((52L, ImportErrorReason.MalformedRow), (report.Errors[^1].LineNumber, report.Errors[^1].Reason));
    }

    [Fact]
    public void ReadFile_Sample_MessagesSayWhatToDo()
    {
        var (_, report) = ReadSample();
        string Message(long line) => report.Errors.First(e => e.LineNumber == line).Message;

        // A whitespace-only id names its column and row.
        Assert.StartsWith("Line 39, column 'event_id': the touchpoint id is only white space", Message(39), StringComparison.Ordinal);

        // A time without offset: the message names the pattern, shows the value and suggests the local form with a zone.
        Assert.Equal(
            "Line 42, column 'occurred_at': '2026-03-20 10:00:00' does not match the offset date-time pattern 'uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>'. The value has no UTC offset: it is wall-clock time, so set LocalPattern 'uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF' with a Zone or a ZoneColumn.",
            Message(42));
        Assert.Contains("LocalPattern 'dd'/'MM'/'uuuu HH':'mm':'ss'", Message(43), StringComparison.Ordinal);
        Assert.Contains("'Checkout' is not a stage of the lifecycle model", Message(45), StringComparison.Ordinal);
        Assert.Contains("it must be Customer or Company", Message(46), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Sample_ValuesReadExactly()
    {
        var (points, _) = ReadSample();

        Touchpoint last = points[^1];
        Assert.Equal("E9012", last.Id);
        Assert.Equal(Instant.FromUtc(2026, 3, 21, 16, 30), last.At); // 11:30 at -05:00
        Assert.Equal(Channel.Chat, last.Channel);
        Assert.Equal(Department.CustomerService, last.Department);
        Assert.Equal("Support", last.Stage.Name);
        Assert.Equal(Initiator.Customer, last.Initiator);
        Assert.Equal(TouchpointOutcome.Abandoned, last.Outcome);
        Assert.Equal("refund, late", last.Topic);
        Assert.Null(points[0].Topic);
    }

    [Fact]
    public void Read_MissingColumn_ListsTheColumnsThereAre()
    {
        var mapping = Mapping();
        mapping.ChannelColumn = "Channel";

        var error = Assert.Throws<InvalidDataException>(() => new TouchpointCsvReader(mapping).Read(new StringReader(File.ReadAllText(Samples.Path("touchpoints.csv"))), new ImportReport()).ToList());

        Assert.Equal(
            "The header has no column 'Channel' for the channel; its columns are 'event_id', 'customer_id', 'occurred_at', 'channel', 'department', 'stage', 'initiator', 'outcome', 'topic'. Did you mean 'channel'? Names are compared exactly.",
            error.Message);
    }

    [Fact]
    public void Read_LocalTimesWithZoneColumn_AcrossTheDstChange()
    {
        // Europe/Berlin moves from +01:00 to +02:00 at 2026-03-29 02:00 local: 01:30 is 00:30Z, 03:30 is 01:30Z, and
        // 02:30 does not exist (rejected as SkippedLocalTime unless a resolver is set).
        string csv = """
            customer,at,zone,channel,department,stage,initiator
            c1,2026-03-29 01:30,Europe/Berlin,Phone,Sales,Purchase,Customer
            c1,2026-03-29 03:30,Europe/Berlin,Phone,Sales,Purchase,Customer
            c2,2026-03-29 02:30,Europe/Berlin,Phone,Sales,Purchase,Customer
            c3,2026-03-29 02:30,America/New_York,Phone,Sales,Purchase,Customer
            c4,2026-03-29 02:30,Mars/Olympus,Phone,Sales,Purchase,Customer
            """;
        var mapping = new TouchpointMapping
        {
            CustomerColumn = "customer", TimeColumn = "at", ZoneColumn = "zone", ChannelColumn = "channel",
            DepartmentColumn = "department", StageColumn = "stage", InitiatorColumn = "initiator",
            LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm"),
        };
        var report = new ImportReport();

        var points = new TouchpointCsvReader(mapping).Read(new StringReader(csv), report).ToList();

        Assert.Equal([Instant.FromUtc(2026, 3, 29, 0, 30), Instant.FromUtc(2026, 3, 29, 1, 30), Instant.FromUtc(2026, 3, 29, 6, 30)], points.Select(p => p.At));
        Assert.Equal(["row-2", "row-3", "row-5"], points.Select(p => p.Id));
        Assert.Equal([ImportErrorReason.SkippedLocalTime, ImportErrorReason.UnknownValue], report.Errors.Select(e => e.Reason));
        Assert.Equal([4L, 6L], report.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public async Task ReadAsync_SameAsRead_AndCancellable()
    {
        var (points, report) = ReadSample();
        var asyncReport = new ImportReport();
        var list = new List<Touchpoint>();
        await using (FileStream stream = File.OpenRead(Samples.Path("touchpoints.csv")))
        {
            await foreach (Touchpoint point in new TouchpointCsvReader(Mapping()).ReadAsync(stream, asyncReport))
            {
                list.Add(point);
            }
        }

        Assert.Equal(points, list);
        Assert.Equal(report.Errors.Select(e => e.Message), asyncReport.Errors.Select(e => e.Message));

        using var source = new CancellationTokenSource();
        source.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Touchpoint _ in new TouchpointCsvReader(Mapping()).ReadFileAsync(Samples.Path("touchpoints.csv"), new ImportReport(), source.Token))
            {
            }
        });
    }

    [Fact]
    public void DbDataReader_SameTouchpointsAndErrorsAsCsv()
    {
        // The same table loaded into a DataTable (a DbDataReader through CreateDataReader) reads the same way; record
        // numbers stand in for line numbers (record k is line k + 1 of the file, which has a header).
        var table = new DataTable();
        string[] lines = File.ReadAllLines(Samples.Path("touchpoints.csv"))[..37]; // header and the 36 clean rows
        foreach (string name in lines[0].Split(','))
        {
            table.Columns.Add(name, typeof(string));
        }

        foreach (string line in lines[1..])
        {
            table.Rows.Add(line.Split(','));
        }

        table.Rows.Add("E0001", "C0999", "2026-03-20 10:00", "Phone", "Sales", "Purchase", "Customer", "Succeeded", "");
        var csvPoints = new TouchpointCsvReader(Mapping()).Read(new StringReader(string.Join('\n', lines)), new ImportReport()).ToList();
        var report = new ImportReport();

        var dbPoints = new TouchpointDbReader(Mapping()).Read(table.CreateDataReader(), report).ToList();

        Assert.Equal(csvPoints, dbPoints);
        Assert.Equal((37L, 36L, 1L, 2L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.ErrorCount));
        Assert.Equal([(37L, ImportErrorReason.DuplicateId), (37L, ImportErrorReason.UnparseableTime)], report.Errors.Select(e => (e.LineNumber, e.Reason)));
    }

    [Fact]
    public async Task DbDataReader_TypedTimes_InstantAsIs_WallClockInTheZone()
    {
        var table = new DataTable();
        table.Columns.Add("customer", typeof(string));
        table.Columns.Add("at", typeof(object));
        foreach (string name in (string[])["channel", "department", "stage", "initiator"])
        {
            table.Columns.Add(name, typeof(string));
        }

        table.Rows.Add("c1", new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)), "Phone", "Sales", "Purchase", "Customer");
        table.Rows.Add("c2", new DateTime(2026, 10, 25, 9, 0, 0, DateTimeKind.Unspecified), "Phone", "Sales", "Purchase", "Customer");
        table.Rows.Add("c3", new DateTime(2026, 10, 25, 2, 30, 0, DateTimeKind.Unspecified), "Phone", "Sales", "Purchase", "Customer");
        var mapping = new TouchpointMapping
        {
            CustomerColumn = "customer", TimeColumn = "at", ChannelColumn = "channel", DepartmentColumn = "department",
            StageColumn = "stage", InitiatorColumn = "initiator", Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        };
        var report = new ImportReport();
        var points = new List<Touchpoint>();

        await foreach (Touchpoint point in new TouchpointDbReader(mapping).ReadAsync(table.CreateDataReader(), report))
        {
            points.Add(point);
        }

        // 02:30+01:00 is 01:30Z; 09:00 in Berlin on 25 October (after the change back to +01:00) is 08:00Z; 02:30 on that
        // day happens twice in Berlin, so the row is rejected as ambiguous.
        Assert.Equal([Instant.FromUtc(2026, 10, 25, 1, 30), Instant.FromUtc(2026, 10, 25, 8, 0)], points.Select(p => p.At));
        Assert.Equal((3L, ImportErrorReason.AmbiguousLocalTime), (report.Errors.Single().LineNumber, report.Errors.Single().Reason));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Constructor_MappingWithoutARequiredColumn_Throws()
    {
        var mapping = Mapping();
        mapping.StageColumn = null;

        var error = Assert.Throws<ArgumentException>(() => new TouchpointCsvReader(mapping));

        Assert.Contains("TouchpointMapping.StageColumn is not set", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new TouchpointDbReader(null!));
    }
}
