using System.Globalization;
using System.Text;

namespace CxCore.Csv.Tests;

/// <summary>
/// Streaming: rows are handed out while the input is still being produced, the distance between what was produced and
/// what was handed out stays bounded (nothing accumulates), and the report keeps only capped errors with exact counts.
/// </summary>
public sealed class StreamingTests
{
    private const int Rows = 200_000;

    private static GenericSurveyOptions Options(bool checkDuplicates = true) =>
        new("id", "customer", "at", "rating") { Instrument = FeedbackInstrument.Nps, CheckDuplicateResponseIds = checkDuplicates };

    [Fact]
    public void Read_GeneratedFile_HandsOutRowsWhileTheInputIsStillBeingProduced()
    {
        using var input = new GeneratedExport(Rows, badEvery: 1000);
        var report = new ImportReport(maxErrorsKept: 50);
        long maxLead = 0;
        long accepted = 0;

        foreach (ImportedRow row in new GenericSurveyReader(Options(checkDuplicates: false)).Read(input, report))
        {
            accepted++;
            maxLead = Math.Max(maxLead, input.RowsProduced - (row.LineNumber - 1));
        }

        // The reader never runs more than a buffer ahead: 64 KiB of ~40-byte rows is under 2,000 rows.
        Assert.InRange(maxLead, 1, 5_000);
        Assert.Equal(Rows, input.RowsProduced);

        // Rows 1000, 2000, ... 200000 are bad: 200 rejected.
        Assert.Equal(Rows - 200, accepted);
        Assert.Equal((200_000L, 199_800L, 200L, 200L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.ErrorCount));
        Assert.Equal(50, report.Errors.Count);
        Assert.True(report.ErrorsTruncated);
        Assert.Equal(1001, report.Errors[0].LineNumber); // header on line 1, row 1000 on line 1001
        Assert.True(report.IsComplete);
    }

    [Fact]
    public async Task ReadAsync_GeneratedFile_CountsEveryRowWithDuplicateCheck()
    {
        using var input = new GeneratedExport(Rows, badEvery: 0);
        var report = new ImportReport();
        long accepted = 0;

        await foreach (ImportedRow row in new GenericSurveyReader(Options()).ReadAsync(input, report))
        {
            accepted++;
        }

        Assert.Equal(Rows, accepted);
        Assert.Equal((200_000L, 200_000L, 0L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
    }

    /// <summary>A generic export produced on demand, row by row, never held in memory.</summary>
    private sealed class GeneratedExport(int rows, int badEvery) : TextReader
    {
        private readonly StringBuilder _pending = new("id,customer,at,rating\n");
        private int _offset;

        public long RowsProduced { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            while (_pending.Length - _offset < buffer.Length && RowsProduced < rows)
            {
                if (_offset > 0)
                {
                    _pending.Remove(0, _offset);
                    _offset = 0;
                }

                RowsProduced++;
                long i = RowsProduced;
                string rating = badEvery > 0 && i % badEvery == 0 ? "11" : (i % 11).ToString(CultureInfo.InvariantCulture);
                _pending.Append(CultureInfo.InvariantCulture, $"R{i},C{i % 977},2026-01-01T00:00:00Z,{rating}\n");
            }

            int n = Math.Min(buffer.Length, _pending.Length - _offset);
            _pending.CopyTo(_offset, buffer[..n], n);
            _offset += n;
            return n;
        }

        public override int Peek() => -1;

        public override Task<int> ReadAsync(char[] buffer, int index, int count) => Task.FromResult(Read(buffer, index, count));

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
