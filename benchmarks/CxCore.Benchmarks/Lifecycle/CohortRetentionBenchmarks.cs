using BenchmarkDotNet.Attributes;
using CxCore.Analysis;
using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Benchmarks.Lifecycle;

/// <summary>
/// Monthly cohort retention (active in period) in Europe/London over two years of activity: ten events per customer on
/// average, unordered. CxCore: <see cref="CohortRetention.Compute(IEnumerable{Customer}, IEnumerable{ActivityEvent}, Instant, CohortRetentionOptions?)"/>.
/// Baseline: the LINQ a user would write — each event's local month through <c>InZone(zone).Date</c> and
/// <see cref="CalendarBuckets.PeriodOf(LocalDate, CalendarPeriod)"/>, distinct (customer, month) pairs, then a group-by
/// on (cohort month, months since acquisition) — which gives the counts without intervals or the complete-period rule.
/// </summary>
[MemoryDiagnoser]
public class CohortRetentionBenchmarks
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private readonly Instant _asOf = Instant.FromUtc(2026, 1, 1, 0, 0);
    private readonly CohortRetentionOptions _options = new() { TimeZoneId = "Europe/London" };
    private Customer[] _customers = [];
    private ActivityEvent[] _events = [];

    /// <summary>The number of activity events (customers: a tenth of it): cache-sized and the ten-million target.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    /// <summary>1 000 000 and 10 000 000; only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(1_000_000, 10_000_000);

    /// <summary>Draws customers and shuffled events from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        int n = Events / 10;
        Instant start = Instant.FromUtc(2024, 1, 1, 0, 0);
        long span = (_asOf - start).BclCompatibleTicks;
        _customers = new Customer[n];
        _events = new ActivityEvent[Events];
        for (int i = 0; i < n; i++)
        {
            Instant acquired = start + Duration.FromTicks((long)(random.NextDouble() * random.NextDouble() * span));
            _customers[i] = new Customer(CustomerId.From("c" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)), London, acquired);
        }

        for (int e = 0; e < Events; e++)
        {
            Customer c = _customers[random.Next(n)];
            long room = (_asOf - c.AcquiredAt).BclCompatibleTicks;
            _events[e] = new ActivityEvent(c.Id, c.AcquiredAt + Duration.FromTicks((long)(random.NextDouble() * room)));
        }
    }

    /// <summary>The LINQ a user would write (see the class summary).</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinq()
    {
        var acquired = _customers.ToDictionary(c => c.Id, c => CalendarBuckets.PeriodOf(c.AcquiredAt.InZone(London).Date, CalendarPeriod.Month).Start);
        var cells = _events
            .Where(e => e.At < _asOf)
            .Select(e => (e.Customer, Month: CalendarBuckets.PeriodOf(e.At.InZone(London).Date, CalendarPeriod.Month).Start))
            .Distinct()
            .GroupBy(p => (Cohort: acquired[p.Customer], K: Period.Between(acquired[p.Customer], p.Month, PeriodUnits.Months).Months))
            .ToDictionary(g => g.Key, g => g.Count());
        return cells.Count;
    }

    /// <summary>CxCore's cohort retention with Wilson intervals.</summary>
    [Benchmark]
    public int Compute() => CohortRetention.Compute(_customers, _events, _asOf, _options).Cohorts.Count;
}
