using BenchmarkDotNet.Attributes;
using CxCore.Analysis;
using NodaTime;

namespace CxCore.Benchmarks.Analysis;

/// <summary>
/// A year of NPS feedback into monthly Sydney buckets: the LINQ a user would write (group by local month, count
/// promoters and detractors) against <see cref="Trend"/>.Build, which also computes intervals and period-over-period tests.
/// </summary>
[MemoryDiagnoser]
public class TrendBenchmarks
{
    private static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];
    private static readonly Instant From = Instant.FromUtc(2025, 12, 31, 13, 0); // 1 Jan 2026 00:00 in Sydney
    private static readonly Instant To = Instant.FromUtc(2026, 12, 31, 13, 0);
    private Feedback[] _feedback = [];

    /// <summary>The number of feedback items.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (10_000, 1_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(10_000, 1_000_000);

    /// <summary>Random NPS feedback spread over 2026, from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var customer = CustomerId.From("c");
        long span = (To - From).BclCompatibleTicks;
        _feedback = new Feedback[N];
        for (int i = 0; i < N; i++)
        {
            Instant at = From + Duration.FromTicks((long)(random.NextDouble() * span));
            _feedback[i] = new Feedback("f" + i, customer, at, FeedbackInstrument.Nps, random.Next(11));
        }
    }

    /// <summary>The naive trend: LINQ GroupBy on the local month, two counts per group; no intervals, empty months missing.</summary>
    [Benchmark(Baseline = true)]
    public int LinqMonthlyNps() => _feedback
        .Where(f => f.Instrument.Equals(FeedbackInstrument.Nps) && f.At >= From && f.At < To)
        .GroupBy(f =>
        {
            LocalDate date = f.At.InZone(Sydney).Date;
            return new LocalDate(date.Year, date.Month, 1);
        })
        .Select(g => 100.0 * (g.Count(f => f.Rating >= 9) - g.Count(f => f.Rating <= 6)) / g.Count())
        .Count();

    /// <summary>CxCore: every month with counts, score, adjusted-Wald interval and the change test.</summary>
    [Benchmark]
    public int TrendBuild() => Trend.Build(_feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, Sydney, From, To).Points.Count;
}
