using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CxCore.Csv;
using CxCore.Import;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Benchmarks.Csv;

/// <summary>
/// Importing a generic survey export of one million rows from a MemoryStream (UTF-8): the string.Split loop a user would
/// write (baseline: no quoting, no line numbers, no report; it throws at the first bad row), and CxCore.Csv's
/// <see cref="GenericSurveyReader"/> with and without the duplicate-id check, synchronously and asynchronously.
/// </summary>
[MemoryDiagnoser]
public class SurveyImportBenchmarks
{
    private byte[] _utf8 = [];

    /// <summary>The number of data rows.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (1_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(1_000_000);

    /// <summary>Builds the export: id, customer, UTC time, NPS rating 0–10, a short comment on every tenth row.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder(N * 48);
        text.Append("response_id,customer_id,submitted_at,score,comment\n");
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (int i = 0; i < N; i++)
        {
            string at = InstantPattern.ExtendedIso.Format(start + Duration.FromSeconds(i * 7L));
            string comment = i % 10 == 0 ? "Quick and friendly" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"R{i},C{i % 50_000},{at},{i % 11},{comment}\n");
        }

        _utf8 = Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The naive import: ReadLine, string.Split, int.Parse, the NodaTime pattern, one Feedback per line.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveSplit()
    {
        using var reader = new StreamReader(new MemoryStream(_utf8), Encoding.UTF8);
        _ = reader.ReadLine();
        long sum = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split(',');
            var feedback = new Feedback(
                f[0],
                CustomerId.From(f[1]),
                InstantPattern.ExtendedIso.Parse(f[2]).Value,
                FeedbackInstrument.Nps,
                int.Parse(f[3], CultureInfo.InvariantCulture),
                comment: f[4].Length == 0 ? null : f[4]);
            sum += feedback.Rating;
        }

        return sum;
    }

    /// <summary>CxCore.Csv with every check, the duplicate-id check included.</summary>
    [Benchmark]
    public long GenericReader() => Import(checkDuplicates: true);

    /// <summary>CxCore.Csv without the duplicate-id check: memory stays flat whatever the file size.</summary>
    [Benchmark]
    public long GenericReaderNoDuplicateCheck() => Import(checkDuplicates: false);

    /// <summary>CxCore.Csv, asynchronous enumeration, every check.</summary>
    [Benchmark]
    public async Task<long> GenericReaderAsync()
    {
        var report = new ImportReport();
        long sum = 0;
        await foreach (ImportedRow row in new GenericSurveyReader(Options(true)).ReadAsync(new MemoryStream(_utf8), report))
        {
            sum += row.Feedback[0].Rating;
        }

        return sum;
    }

    private static GenericSurveyOptions Options(bool checkDuplicates) =>
        new("response_id", "customer_id", "submitted_at", "score")
        {
            Instrument = FeedbackInstrument.Nps,
            CommentColumn = "comment",
            CheckDuplicateResponseIds = checkDuplicates,
        };

    private long Import(bool checkDuplicates)
    {
        var report = new ImportReport();
        long sum = 0;
        foreach (ImportedRow row in new GenericSurveyReader(Options(checkDuplicates)).Read(new MemoryStream(_utf8), report))
        {
            sum += row.Feedback[0].Rating;
        }

        return sum;
    }
}
