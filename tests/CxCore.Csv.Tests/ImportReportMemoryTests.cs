using System.Text;

namespace CxCore.Csv.Tests;

/// <summary>Runs alone: it measures the managed heap, which tests running beside it would disturb.</summary>
[CollectionDefinition(nameof(HeapMeasurement), DisableParallelization = true)]
public sealed class HeapMeasurement;

[Collection(nameof(HeapMeasurement))]
public sealed class ImportReportMemoryTests
{
    private const int CellLength = 1 << 19; // 512 KiB of ASCII digits per rating cell

    private static GenericSurveyReader Reader() =>
        new(new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps });

    /// <summary>Rows whose rating cells are 512 KiB of digits (not a plain integer); every other row has a 512 KiB response id too.</summary>
    private static byte[] HugeCells(int rows)
    {
        var text = new StringBuilder("id,customer,at,score\n");
        string digits = new('9', CellLength);
        string longId = "R" + new string('x', CellLength);
        for (int i = 0; i < rows; i++)
        {
            text.Append(i % 2 == 0 ? longId + i : "R" + i).Append(",C1,2026-11-22T10:15:03Z,").Append(digits).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void Read_HugeRatingCells_EachErrorKeepsABoundedPrefixAndSaysItWasCut()
    {
        var report = new ImportReport();
        Assert.Empty(Reader().Read(new MemoryStream(HugeCells(4)), report));

        Assert.Equal((4L, 4L, 4), (report.RejectedRows, report.ErrorCount, report.Errors.Count));
        foreach (ImportRowError error in report.Errors)
        {
            Assert.Equal(ImportErrorReason.UnparseableRating, error.Reason);
            Assert.True(error.RawValueTruncated);
            Assert.Equal(new string('9', ImportRowError.MaxValueLength), error.RawValue);

            // The message quotes a 64-character excerpt and says how long the cell was, instead of holding it again.
            Assert.Contains("'" + new string('9', 64) + "…' (524,288 characters) is not a plain integer rating", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('9', 65), error.Message, StringComparison.Ordinal);

            bool longId = error.LineNumber % 2 == 0; // line 2 holds row 0
            Assert.Equal(longId, error.ResponseIdTruncated);
            Assert.Equal(longId ? ImportRowError.MaxValueLength : error.ResponseId!.Length, error.ResponseId!.Length);

            // The documented bound: at most 1,536 characters of the error's own text.
            int characters = error.RawValue!.Length + error.ResponseId.Length + error.Message.Length;
            Assert.InRange(characters, 0, 1536);
            Assert.InRange(error.Message.Length, 0, ImportRowError.MaxMessageLength);
        }
    }

    [Fact]
    public void Read_HugeRatingCells_ReportRetainsUnderAFewMegabytes()
    {
        // The case of the report that found it, scaled down: 30 rows with huge rating cells. Before the bound, each error
        // held the 512 KiB cell twice (RawValue and Message: 2 MiB of UTF-16) and half of them the 512 KiB id too: about
        // 80 MB for these 30 rows (measured: 166 MB with 1 MiB cells). The bound is 30 × 4 KiB; 16 MiB leaves room for
        // whatever else the runtime keeps between the two measurements.
        byte[] input = HugeCells(30);
        long before = GC.GetTotalMemory(forceFullCollection: true);

        var report = new ImportReport();
        foreach (ImportedRow row in Reader().Read(new MemoryStream(input), report))
        {
            Assert.Fail($"line {row.LineNumber} was accepted");
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(input);
        Assert.Equal(30, report.Errors.Count);
        Assert.InRange(after - before, long.MinValue, 16L << 20);
    }

    [Fact]
    public void Read_HugeMalformedRows_KeepABoundedPrefixOfTheRecord()
    {
        var text = new StringBuilder("id,customer,at,score\n");
        for (int i = 0; i < 3; i++)
        {
            text.Append("R").Append(i).Append(",C1,\"2026\"x").Append('y', CellLength).Append(",5\n");
        }

        var report = new ImportReport();
        Assert.Empty(Reader().Read(new StringReader(text.ToString()), report));

        Assert.Equal(3, report.Errors.Count);
        Assert.All(report.Errors, e =>
        {
            Assert.Equal(ImportErrorReason.MalformedRow, e.Reason);
            Assert.True(e.RawValueTruncated);
            Assert.Equal(ImportRowError.MaxValueLength, e.RawValue!.Length);
            Assert.StartsWith("R", e.RawValue, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(100, "'{0}'")]
    [InlineData(300, "'{1}…' (300 characters)")]
    public void Message_ColumnName_IsQuotedWholeUpTo256Characters(int length, string format)
    {
        string column = new('q', length);
        var options = new GenericSurveyOptions("id", "customer", "at", column) { Instrument = FeedbackInstrument.Nps };
        var report = new ImportReport();

        Assert.Empty(new GenericSurveyReader(options).Read(new StringReader($"id,customer,at,{column}\nR1,C1,2026-11-22T10:15:03Z,x\n"), report));

        ImportRowError error = Assert.Single(report.Errors);
        Assert.Equal(column, error.Column);
        Assert.StartsWith("Line 2, column " + string.Format(System.Globalization.CultureInfo.InvariantCulture, format, column, column[..Math.Min(256, length)]) + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_LongValueEndingInASurrogatePair_DoesNotSplitIt()
    {
        string value = new string('a', 63) + "\U0001F600" + new string('b', 100);

        string quoted = ImportRowError.Quote(value);

        Assert.Equal("'" + new string('a', 63) + "…' (165 characters)", quoted);
    }
}
