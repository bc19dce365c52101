using System.Data;
using CxCore.Csv.Tests.Support;
using NodaTime;

namespace CxCore.Csv.Tests;

/// <summary>
/// <see cref="ServiceCaseDbReader"/> against <see cref="ServiceCaseCsvReader"/>: the Zendesk sample export loaded into a
/// <see cref="DataTable"/> (empty cells as database nulls) reads to the same cases and the same errors, record k standing
/// for line k + 1 of the file.
/// </summary>
public sealed class ServiceCaseDbReaderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static DataTable SampleTable()
    {
        var table = new DataTable();
        string[] lines = File.ReadAllLines(Samples.Path("zendesk-tickets.csv"));
        foreach (string name in lines[0].Split(','))
        {
            table.Columns.Add(name, typeof(string));
        }

        foreach (string line in lines[1..])
        {
            // The sample has no quoted fields, so a plain split reads it.
            table.Rows.Add(line.Split(',').Select(cell => cell.Length == 0 ? (object)DBNull.Value : cell).ToArray());
        }

        return table;
    }

    [Fact]
    public void Read_ZendeskSampleAsATable_SameCasesAndErrorsAsTheCsv()
    {
        var csvReport = new ImportReport();
        var csvCases = new ServiceCaseCsvReader(ServiceCaseMapping.Zendesk(NewYork)).ReadFile(Samples.Path("zendesk-tickets.csv"), csvReport).ToList();
        var report = new ImportReport();

        var cases = new ServiceCaseDbReader(ServiceCaseMapping.Zendesk(NewYork)).Read(SampleTable().CreateDataReader(), report).ToList();

        Assert.Equal(csvCases.Select(c => c.Case), cases.Select(c => c.Case));
        Assert.Equal(csvCases.Select(c => (c.LineNumber - 1, c.HelpdeskDurations.ToList())), cases.Select(c => (c.LineNumber, c.HelpdeskDurations.ToList())));
        Assert.Equal((19L, 12L, 7L, 8L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.ErrorCount));
        Assert.Equal(
            csvReport.Errors.Select(e => (e.LineNumber - 1, e.Column, e.RawValue, e.Reason)),
            report.Errors.Select(e => (e.LineNumber, e.Column, e.RawValue, e.Reason)));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public async Task ReadAsync_ZendeskSampleAsATable_SameCasesAsRead()
    {
        var syncCases = new ServiceCaseDbReader(ServiceCaseMapping.Zendesk(NewYork)).Read(SampleTable().CreateDataReader(), new ImportReport()).ToList();
        var report = new ImportReport();
        var cases = new List<ImportedCase>();

        await foreach (ImportedCase item in new ServiceCaseDbReader(ServiceCaseMapping.Zendesk(NewYork)).ReadAsync(SampleTable().CreateDataReader(), report))
        {
            cases.Add(item);
        }

        Assert.Equal(syncCases.Select(c => (c.LineNumber, c.Case)), cases.Select(c => (c.LineNumber, c.Case)));
        Assert.Equal((19L, 12L, 7L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public async Task ReadAsync_CancelledToken_ThrowsBeforeAnyRecord()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var report = new ImportReport();
        var reader = new ServiceCaseDbReader(ServiceCaseMapping.Zendesk(NewYork));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ImportedCase unused in reader.ReadAsync(SampleTable().CreateDataReader(), report, cancelled.Token))
            {
            }
        });

        Assert.Equal(0L, report.DataRows);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Read_NullArguments_ThrowNamingTheArgumentBeforeEnumerating()
    {
        var reader = new ServiceCaseDbReader(ServiceCaseMapping.Zendesk(NewYork));

        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => reader.Read(null!, new ImportReport())).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => reader.Read(SampleTable().CreateDataReader(), null!)).ParamName);
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => reader.ReadAsync(null!, new ImportReport())).ParamName);
        Assert.Equal("mapping", Assert.Throws<ArgumentNullException>(() => new ServiceCaseDbReader(null!)).ParamName);
    }
}
