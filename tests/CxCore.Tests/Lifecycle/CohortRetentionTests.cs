using CxCore.Analysis;
using CxCore.Lifecycle;
using NodaTime;

namespace CxCore.Tests.Lifecycle;

public sealed class CohortRetentionTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;

    private static Instant At(int month, int day, int hour = 12) => Instant.FromUtc(2026, month, day, hour, 0);

    private static readonly Instant AsOf = Instant.FromUtc(2026, 5, 1, 0, 0);

    // The hand-worked example, monthly in UTC, as of 2026-05-01 00:00 (April is the last complete month):
    //   a: acquired 01-10; activity 01-10, 02-15, 04-02          → January cohort, active in k = 0, 1, 3
    //   b: acquired 01-25; activity 01-25, 03-03                 → January cohort, active in k = 0, 2
    //   c: acquired 02-05; activity 02-05, 02-20, 03-15, 05-02   → February cohort, active in k = 0, 1 (05-02 is after as-of)
    //   d: acquired 02-28; no activity                           → February cohort
    //   e: acquired 04-30 23:00; activity 04-30 23:30            → April cohort, active in k = 0
    //   f: acquired 05-03                                        → after as-of, left out
    // Active in period:  Jan (n 2): 2, 1, 1, 1   Feb (n 2): 1, 1, 0   Apr (n 1): 1
    // Still active:      Jan (n 2): 2, 2, 2, 1   Feb (n 2): 1, 1, 0   Apr (n 1): 1
    private static (Customer[] Customers, ActivityEvent[] Events) Example()
    {
        CustomerId a = CustomerId.From("a"), b = CustomerId.From("b"), c = CustomerId.From("c"), d = CustomerId.From("d"), e = CustomerId.From("e"), f = CustomerId.From("f");
        Customer[] customers = [new(a, Utc, At(1, 10)), new(b, Utc, At(1, 25)), new(c, Utc, At(2, 5)), new(d, Utc, At(2, 28)), new(e, Utc, At(4, 30, 23)), new(f, Utc, At(5, 3))];
        ActivityEvent[] events =
        [
            new(a, At(1, 10)), new(a, At(2, 15)), new(a, At(4, 2)), new(b, At(1, 25)), new(b, At(3, 3)),
            new(c, At(2, 5)), new(c, At(2, 20)), new(c, At(3, 15)), new(c, At(5, 2)), new(e, Instant.FromUtc(2026, 4, 30, 23, 30)),
        ];
        return (customers, events);
    }

    [Fact]
    public void Compute_ActiveInPeriod_HandWorkedExample()
    {
        (Customer[] customers, ActivityEvent[] events) = Example();

        CohortRetention table = CohortRetention.Compute(customers, events, AsOf);

        Assert.Equal(["2026-01", "2026-02", "2026-04"], table.Cohorts.Select(c => c.Label));
        Assert.Equal([2L, 2L, 1L], table.Cohorts.Select(c => c.Size));
        Assert.Equal([2L, 1L, 1L, 1L], table.Cohorts[0].Cells.Select(c => c.Retained));
        Assert.Equal([1L, 1L, 0L], table.Cohorts[1].Cells.Select(c => c.Retained));
        Assert.Equal([1L], table.Cohorts[2].Cells.Select(c => c.Retained));
        Assert.Equal(new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), table.Cohorts[1].Period);
        Assert.Equal(1, table.EventsAfterAsOf);
        Assert.Equal(1, table.CustomersAfterAsOf);
    }

    [Fact]
    public void Compute_StillActive_HandWorkedExample()
    {
        (Customer[] customers, ActivityEvent[] events) = Example();

        CohortRetention table = CohortRetention.Compute(customers, events, AsOf, new CohortRetentionOptions { Definition = RetentionDefinition.StillActive });

        Assert.Equal([2L, 2L, 2L, 1L], table.Cohorts[0].Cells.Select(c => c.Retained));
        Assert.Equal([1L, 1L, 0L], table.Cohorts[1].Cells.Select(c => c.Retained));
        Assert.Equal([1L], table.Cohorts[2].Cells.Select(c => c.Retained));
    }

    // Wilson (1927) for 1 of 2 at 95 %, z = 1.95996398: centre (0.5 + z²/4)/(1 + z²/2) = 0.5,
    // half-width z/(1 + z²/2)·√(0.25/2 + z²/16) = 0.67105291·0.60422775 = 0.40546879 → [0.09453121, 0.90546879].
    // R: prop.test(1, 2, correct = FALSE)$conf.int  # 0.0945312057342307 0.9054687942657692 (the Wilson interval)
    [Fact]
    public void Cells_CarryTheRetainedShareAndWilsonInterval()
    {
        (Customer[] customers, ActivityEvent[] events) = Example();

        RetentionCell cell = CohortRetention.Compute(customers, events, AsOf).Cohorts[0].Cells[1];

        Assert.Equal(0.5, cell.RetainedShare);
        Assert.Equal(0.0945312057342307, cell.Interval.Lower, 1e-12);
        Assert.Equal(0.9054687942657692, cell.Interval.Upper, 1e-12);
    }

    [Fact]
    public void ToTable_IsTheLongForm()
    {
        (Customer[] customers, ActivityEvent[] events) = Example();

        ResultTable table = CohortRetention.Compute(customers, events, AsOf).ToTable();

        Assert.Equal(["cohort", "cohort_start", "cohort_size", "period", "retained", "retained_share", "lower", "upper"], table.Columns);
        Assert.Equal(8, table.RowCount);
        Assert.Equal(("2026-02", "2026-02-01", 2L, 2L, 0L, 0.0), ((string)table[6, 0]!, (string)table[6, 1]!, (long)table[6, 2]!, (long)table[6, 3]!, (long)table[6, 4]!, (double)table[6, 5]!));
    }

    // 2026-01-31 23:30 UTC is 2026-02-01 00:30 in Paris: a February customer there, a January one in UTC.
    [Fact]
    public void Compute_CohortsFollowTheZonesCalendar()
    {
        CustomerId id = CustomerId.From("x");
        Customer[] customers = [new(id, Utc, Instant.FromUtc(2026, 1, 31, 23, 30))];

        string utc = CohortRetention.Compute(customers, [], AsOf).Cohorts[0].Label;
        string paris = CohortRetention.Compute(customers, [], AsOf, new CohortRetentionOptions { TimeZoneId = "Europe/Paris" }).Cohorts[0].Label;

        Assert.Equal(("2026-01", "2026-02"), (utc, paris));
    }

    [Fact]
    public void Compute_ActivityBeforeAcquisition_ThrowsNamingBoth()
    {
        CustomerId id = CustomerId.From("x");

        var e = Assert.Throws<ArgumentException>(() => CohortRetention.Compute([new Customer(id, Utc, At(2, 1))], [new ActivityEvent(id, At(1, 20))], AsOf));

        Assert.Contains("2026-01-20T12:00:00Z", e.Message, StringComparison.Ordinal);
        Assert.Contains("2026-02-01T12:00:00Z", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_UnknownZone_ThrowsNamingTheId()
    {
        var e = Assert.Throws<ArgumentException>(() => CohortRetention.Compute([], [], AsOf, new CohortRetentionOptions { TimeZoneId = "Mars/Olympus_Mons" }));

        Assert.Contains("'Mars/Olympus_Mons'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_EventOfUnknownCustomer_Throws() =>
        Assert.Throws<ArgumentException>(() => CohortRetention.Compute([], [new ActivityEvent(CustomerId.From("ghost"), At(1, 1))], AsOf));

    [Fact]
    public void Compute_Empty_HasNoCohorts() => Assert.Empty(CohortRetention.Compute([], [], AsOf).Cohorts);

    // Every path (bitmap, hash set, still-active) equals a direct count with CalendarBuckets on random data, for each
    // period kind, in a zone with daylight saving.
    [Theory]
    [InlineData(CalendarPeriod.Day)]
    [InlineData(CalendarPeriod.IsoWeek)]
    [InlineData(CalendarPeriod.Month)]
    [InlineData(CalendarPeriod.Quarter)]
    public void Compute_RandomData_EqualsADirectCount(CalendarPeriod period)
    {
        var random = new Random(17 + (int)period);
        DateTimeZone zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        Instant start = Instant.FromUtc(2025, 1, 1, 0, 0), asOf = Instant.FromUtc(2026, 3, 17, 5, 0);
        long span = (asOf - start).BclCompatibleTicks;
        var customers = new List<Customer>();
        var events = new List<ActivityEvent>();
        for (int i = 0; i < 300; i++)
        {
            var id = CustomerId.From("c" + i);
            Instant acquired = start + Duration.FromTicks((long)(random.NextDouble() * span * 1.05));
            customers.Add(new Customer(id, zone, acquired));
            for (int j = random.Next(6); j > 0; j--)
            {
                events.Add(new ActivityEvent(id, acquired + Duration.FromTicks((long)(random.NextDouble() * span * 0.6))));
            }
        }

        foreach (RetentionDefinition definition in new[] { RetentionDefinition.ActiveInPeriod, RetentionDefinition.StillActive })
        {
            var options = new CohortRetentionOptions { Period = period, TimeZoneId = zone.Id, Definition = definition };
            CohortRetention fast = CohortRetention.Compute(customers, events, asOf, options);
            CohortRetention hashed = CohortRetention.Compute(customers, events, asOf, options, maxBitmapWords: 0);
            Assert.Equal(Reference(customers, events, asOf, zone, period, definition), Flatten(fast));
            Assert.Equal(Flatten(fast), Flatten(hashed));
        }
    }

    private static List<(string, int, long, long)> Flatten(CohortRetention table) =>
        table.Cohorts.SelectMany(c => c.Cells.Select(cell => (c.Label, cell.PeriodsSinceAcquisition, c.Size, cell.Retained))).ToList();

    private static List<(string, int, long, long)> Reference(
        List<Customer> customers, List<ActivityEvent> events, Instant asOf, DateTimeZone zone, CalendarPeriod period, RetentionDefinition definition)
    {
        List<DateInterval> all = CalendarBuckets.Between(customers.Min(c => c.AcquiredAt), asOf, zone, period).ToList();
        int IndexOf(Instant instant) => all.FindIndex(p => p.Contains(instant.InZone(zone).Date));
        int current = IndexOf(asOf - Duration.Epsilon) is var ix && all[ix].End < asOf.InZone(zone).Date ? ix + 1 : ix;
        var result = new List<(string, int, long, long)>();
        foreach (var cohort in customers.Where(c => c.AcquiredAt < asOf).GroupBy(c => IndexOf(c.AcquiredAt)).OrderBy(g => g.Key))
        {
            var ks = cohort.ToDictionary(
                c => c.Id,
                c => events.Where(e => e.Customer == c.Id && e.At < asOf).Select(e => IndexOf(e.At) - cohort.Key).ToList());
            for (int k = 0; cohort.Key + k < current; k++)
            {
                long retained = cohort.LongCount(c => definition == RetentionDefinition.ActiveInPeriod ? ks[c.Id].Contains(k) : ks[c.Id].Any(x => x >= k));
                result.Add((CalendarBuckets.Label(all[cohort.Key], period), k, cohort.LongCount(), retained));
            }
        }

        return result;
    }
}
