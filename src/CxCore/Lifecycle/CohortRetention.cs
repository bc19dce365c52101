using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using CxCore.Display;
using CxCore.Analysis;
using CxCore.Ratings;
using CxCore.Utility;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Lifecycle;

/// <summary>
/// Cohort retention: customers grouped by the calendar period of their acquisition (in a time zone's local calendar) ×
/// periods since acquisition, with the retained count and share (and its Wilson interval) in each cell.
/// </summary>
/// <remarks>
/// <para>
/// <b>Periods.</b> A customer's cohort is the <see cref="CalendarPeriod"/> that contains the local date of
/// <see cref="Customer.AcquiredAt"/> in the zone (see <see cref="CalendarBuckets"/>); an event falls in the period that
/// contains its local date, and k is the number of periods between the two (0 for the acquisition period). A cell is
/// reported only when its period has ended by the as-of instant, so the table is the familiar triangle and no
/// half-observed period looks like a drop.
/// </para>
/// <para>
/// <b>Retained</b> follows <see cref="RetentionDefinition"/>: <see cref="RetentionDefinition.ActiveInPeriod"/> counts
/// customers with activity in period k, <see cref="RetentionDefinition.StillActive"/> those with activity in period k
/// or later (up to the as-of instant). The share is retained/cohort size, in [0, 1], with the Wilson score interval
/// (Wilson 1927) at the options' level. Period 0 counts activity in the acquisition period; whether the acquisition
/// itself is an event is the caller's choice (pass the first purchase as an event to make period 0 complete).
/// </para>
/// <para>
/// <b>Input rules.</b> Every event must be of a given customer and not before that customer's acquisition (else a clear
/// exception naming both). Events at or after the as-of instant are not yet observed: they are counted in
/// <see cref="EventsAfterAsOf"/> and otherwise ignored, as are customers acquired at or after it
/// (<see cref="CustomersAfterAsOf"/>). Empty input gives no cohorts.
/// </para>
/// <para>
/// <b>Speed.</b> One pass over the events: customers are found in an open-addressing table keyed by id text, in
/// batches whose memory reads are prefetched together; instants become local days through the zone's cached offset
/// intervals, periods come from a day-indexed table, and activity is one bit per customer and period. See
/// docs/benchmarks.md for measurements. Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class CohortRetention : ITabularResult
{
    private const int BatchSize = 64;

    /// <summary>Above this many 64-bit words (customers × periods / 64) the marks go to a hash set instead of a bitmap.</summary>
    private const long MaxBitmapWords = 1L << 25;

    internal CohortRetention(CalendarPeriod period, DateTimeZone zone, RetentionDefinition definition, double level, Instant asOf, RetentionCohort[] cohorts, long after, long later)
    {
        Period = period;
        Zone = zone;
        Definition = definition;
        Level = level;
        AsOf = asOf;
        Cohorts = Array.AsReadOnly(cohorts);
        EventsAfterAsOf = after;
        CustomersAfterAsOf = later;
    }

    /// <summary>The calendar period of cohorts and cells.</summary>
    public CalendarPeriod Period { get; }

    /// <summary>The zone whose local calendar defines the periods.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>What counted as retained.</summary>
    public RetentionDefinition Definition { get; }

    /// <summary>The confidence level of the intervals.</summary>
    public double Level { get; }

    /// <summary>The cut-off: only periods that ended by it have cells.</summary>
    public Instant AsOf { get; }

    /// <summary>The cohorts in calendar order (only periods in which someone was acquired).</summary>
    public IReadOnlyList<RetentionCohort> Cohorts { get; }

    /// <summary>The number of events at or after <see cref="AsOf"/> (not yet observed, ignored).</summary>
    public long EventsAfterAsOf { get; }

    /// <summary>The number of customers acquired at or after <see cref="AsOf"/> (left out).</summary>
    public long CustomersAfterAsOf { get; }

    /// <summary>Computes the cohort-retention table.</summary>
    /// <param name="customers">The customers (their acquisition instants define the cohorts); ids unique.</param>
    /// <param name="events">The activity events, in any order; each of one of <paramref name="customers"/>, not before its acquisition.</param>
    /// <param name="asOf">The cut-off instant.</param>
    /// <param name="options">The period, zone, definition and level; monthly, UTC, active-in-period, 95 % when null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/>, a customer or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A customer id repeats; an event is <c>default</c>, of an unknown customer, or before its customer's acquisition;
    /// or the time-zone id is unknown.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The period or definition is unknown, or the level is not strictly between 0 and 1.</exception>
    public static CohortRetention Compute(IEnumerable<Customer> customers, IEnumerable<ActivityEvent> events, Instant asOf, CohortRetentionOptions? options = null) =>
        Compute(customers, events, asOf, options, MaxBitmapWords);

    /// <summary>The computation, with the bitmap size limit as a parameter so tests can exercise the hash-set path.</summary>
    internal static CohortRetention Compute(IEnumerable<Customer> customers, IEnumerable<ActivityEvent> events, Instant asOf, CohortRetentionOptions? options, long maxBitmapWords)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(events);
        options ??= new CohortRetentionOptions();
        CalendarPeriod period = options.Period;
        Preconditions.CheckDefined(period, nameof(options));
        RetentionDefinition definition = options.Definition;
        if (definition is not (RetentionDefinition.ActiveInPeriod or RetentionDefinition.StillActive))
        {
            throw new ArgumentOutOfRangeException(nameof(options), definition, "CohortRetentionOptions.Definition is unknown; use ActiveInPeriod or StillActive.");
        }

        double level = options.Level;
        Preconditions.CheckConfidenceLevel(level, nameof(options));
        DateTimeZone zone = ActivitySummary.ResolveZone(options.TimeZoneId, "CohortRetentionOptions.TimeZoneId");
        var days = new LocalDays(zone);
        int asOfDay = days.DayOf(asOf);

        // Customers acquired before the cut-off, with their acquisition day; table slots are prefetched a batch ahead.
        Customer[] customerArray = [.. customers];
        var table = new CustomerTable(customerArray.Length);
        var acquired = new List<Instant>(customerArray.Length);
        var acquiredDay = new List<int>(customerArray.Length);
        long later = 0;
        int minDay = int.MaxValue;
        int[] customerHashes = new int[BatchSize];
        for (int start = 0; start < customerArray.Length; start += BatchSize)
        {
            int count = Math.Min(BatchSize, customerArray.Length - start);
            for (int j = 0; j < count; j++)
            {
                Customer c = customerArray[start + j] ?? throw new ArgumentNullException(nameof(customers), "A customer is null.");
                customerHashes[j] = CustomerTable.Hash(c.Id.Value);
                table.Prefetch(customerHashes[j]);
            }

            for (int j = 0; j < count; j++)
            {
                Customer c = customerArray[start + j];
                if (!table.TryAdd(c.Id.Value, customerHashes[j], acquired.Count, c.AcquiredAt, -1))
                {
                    throw new ArgumentException($"The customer {c.Id} appears twice.", nameof(customers));
                }

                acquired.Add(c.AcquiredAt);
                int day = c.AcquiredAt < asOf ? days.DayOf(c.AcquiredAt) : int.MaxValue;
                later += day == int.MaxValue ? 1 : 0;
                acquiredDay.Add(day);
                minDay = Math.Min(minDay, day);
            }
        }

        int n = acquired.Count;
        if (minDay == int.MaxValue)
        {
            long onlyAfter = 0;
            ForEachBatch(events, table, acquired, (batch, _) =>
            {
                foreach (ActivityEvent e in batch)
                {
                    onlyAfter += e.At >= asOf ? 1 : 0;
                }
            });
            return new CohortRetention(period, zone, definition, level, asOf, [], onlyAfter, later);
        }

        int[] periodOfDay = PeriodTable(minDay, asOfDay, period);
        int firstPeriod = periodOfDay[0];
        int periods = periodOfDay[^1] - firstPeriod + 1;
        int[] cohortOf = new int[n]; // period offset of the customer's cohort, or −1 when acquired after the cut-off
        for (int i = 0; i < n; i++)
        {
            cohortOf[i] = acquiredDay[i] == int.MaxValue ? -1 : periodOfDay[acquiredDay[i] - minDay] - firstPeriod;
        }

        table.SetCohorts(cohortOf);
        int stride = (periods + 63) >> 6;
        bool bitmap = definition == RetentionDefinition.ActiveInPeriod && (long)n * stride <= maxBitmapWords;
        ulong[] bits = bitmap ? new ulong[(long)n * stride] : [];
        HashSet<long>? marks = definition == RetentionDefinition.ActiveInPeriod && !bitmap ? [] : null;
        int[] last = definition == RetentionDefinition.StillActive ? new int[n] : [];
        Array.Fill(last, -1);
        long after = 0;
        long[] wordOf = new long[BatchSize];
        int[] position = new int[BatchSize];
        int[] periodOf = new int[BatchSize];
        ForEachBatch(events, table, acquired, (batch, slots) =>
        {
            // First every event's customer and period, with a prefetch of its bitmap word; then the marks.
            for (int j = 0; j < batch.Length; j++)
            {
                ref readonly ActivityEvent e = ref batch[j];
                if (e.At >= asOf)
                {
                    after++;
                    position[j] = -1;
                    continue;
                }

                ref readonly CustomerTable.Slot customer = ref table[slots[j]];
                int i = customer.Index;
                int k = periodOfDay[days.DayOf(e.At) - minDay] - firstPeriod - customer.Cohort;
                position[j] = i;
                periodOf[j] = k;
                if (bitmap)
                {
                    wordOf[j] = ((long)i * stride) + (k >> 6);
                    Prefetch(bits, wordOf[j]);
                }
            }

            for (int j = 0; j < batch.Length; j++)
            {
                int i = position[j], k = periodOf[j];
                if (i < 0)
                {
                    continue;
                }

                if (bitmap)
                {
                    bits[wordOf[j]] |= 1UL << (k & 63);
                }
                else if (marks is not null)
                {
                    marks.Add(((long)i * periods) + k);
                }
                else if (k > last[i])
                {
                    last[i] = k;
                }
            }
        });

        // Cells: cohort period c has complete periods c .. lastComplete (the period containing the cut-off is not complete).
        int lastComplete = periodOfDay[^1] - firstPeriod - 1;
        long[] size = new long[periods];
        long[][] retained = new long[periods][];
        for (int c = 0; c < periods; c++)
        {
            retained[c] = new long[Math.Max(0, lastComplete - c + 1)];
        }

        for (int i = 0; i < n; i++)
        {
            int c = cohortOf[i];
            if (c < 0)
            {
                continue;
            }

            size[c]++;
            long[] row = retained[c];
            if (bitmap)
            {
                long offset = (long)i * stride;
                for (int w = 0; w < stride; w++)
                {
                    ulong word = bits[offset + w];
                    while (word != 0)
                    {
                        int k = (w << 6) + BitOperations.TrailingZeroCount(word);
                        word &= word - 1;
                        if (k < row.Length)
                        {
                            row[k]++;
                        }
                    }
                }
            }
            else if (marks is null)
            {
                for (int k = Math.Min(last[i], row.Length - 1); k >= 0; k--)
                {
                    row[k]++;
                }
            }
        }

        if (marks is not null)
        {
            foreach (long mark in marks)
            {
                int i = (int)(mark / periods), k = (int)(mark % periods);
                long[] row = retained[cohortOf[i]];
                if (k < row.Length)
                {
                    row[k]++;
                }
            }
        }

        double z = Inference.NormalCritical(level);
        var cohorts = new List<RetentionCohort>();
        for (int c = 0; c < periods; c++)
        {
            if (size[c] == 0)
            {
                continue;
            }

            var cells = new RetentionCell[retained[c].Length];
            for (int k = 0; k < cells.Length; k++)
            {
                (double lower, double upper) = Inference.Wilson(retained[c][k], size[c], z);
                cells[k] = new RetentionCell(k, size[c], retained[c][k], ConfidenceInterval.FromBounds(lower, upper, level));
            }

            DateInterval interval = CalendarBuckets.PeriodOf(FirstDayOf(periodOfDay, c + firstPeriod, minDay), period);
            cohorts.Add(new RetentionCohort(interval, CalendarBuckets.Label(interval, period), size[c], Array.AsReadOnly(cells)));
        }

        return new CohortRetention(period, zone, definition, level, asOf, cohorts.ToArray(), after, later);
    }

    /// <summary>
    /// The table in long form with columns <c>cohort, cohort_start, cohort_size, period, retained, retained_share, lower,
    /// upper</c>: one row per cohort and complete period since acquisition (cohort_start is the period's first local date, ISO).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>();
        foreach (RetentionCohort cohort in Cohorts)
        {
            string start = LocalDatePattern.Iso.Format(cohort.Period.Start);
            foreach (RetentionCell cell in cohort.Cells)
            {
                rows.Add([cohort.Label, start, cohort.Size, cell.PeriodsSinceAcquisition, cell.Retained, cell.RetainedShare, cell.Interval.Lower, cell.Interval.Upper]);
            }
        }

        return ResultTable.FromRows(["cohort", "cohort_start", "cohort_size", "period", "retained", "retained_share", "lower", "upper"], rows);
    }

    /// <summary>The table as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per cell.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>The table as Markdown (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>
    /// Formats the table the way retention is usually read: a header line, then one line per cohort with its size and
    /// the retained share (percent, one decimal) in each complete period.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Cohort retention ({Definition}, {Period} in {Zone.Id}, as of {AsOf}): {Cohorts.Count} cohorts\n");
        foreach (RetentionCohort cohort in Cohorts)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{cohort.Label,-10} n = {cohort.Size,7}:");
            foreach (RetentionCell cell in cohort.Cells)
            {
                builder.Append(CultureInfo.InvariantCulture, $" {cell.RetainedShare * 100,5:0.0}");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private delegate void BatchAction(ReadOnlySpan<ActivityEvent> batch, ReadOnlySpan<int> slots);

    /// <summary>
    /// Looks up each event's customer and checks it (known, not before acquisition), in batches of
    /// <see cref="BatchSize"/>, then hands the batch and its table slots on. Memory reads are overlapped: the id texts of
    /// the next batch are prefetched while this one is hashed, and each slot is prefetched a batch-length before it is
    /// read. Arrays and lists are read in place; other sequences through a chunk buffer.
    /// </summary>
    private static void ForEachBatch(IEnumerable<ActivityEvent> events, CustomerTable table, List<Instant> acquired, BatchAction action)
    {
        int[] hashes = new int[BatchSize];
        int[] slots = new int[BatchSize];
        if (events is ActivityEvent[] array)
        {
            ForEachBatch(array, table, acquired, action, hashes, slots);
            return;
        }

        if (events is List<ActivityEvent> list)
        {
            ForEachBatch(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), table, acquired, action, hashes, slots);
            return;
        }

        var chunk = new ActivityEvent[BatchSize * 128];
        using IEnumerator<ActivityEvent> e = events.GetEnumerator();
        while (true)
        {
            int count = 0;
            while (count < chunk.Length && e.MoveNext())
            {
                chunk[count++] = e.Current;
            }

            if (count == 0)
            {
                return;
            }

            ForEachBatch(chunk.AsSpan(0, count), table, acquired, action, hashes, slots);
        }
    }

    private static void ForEachBatch(
        ReadOnlySpan<ActivityEvent> events, CustomerTable table, List<Instant> acquired, BatchAction action, int[] hashes, int[] slots)
    {
        PrefetchTexts(events[..Math.Min(BatchSize, events.Length)]);
        for (int start = 0; start < events.Length; start += BatchSize)
        {
            ReadOnlySpan<ActivityEvent> batch = events.Slice(start, Math.Min(BatchSize, events.Length - start));
            int next = start + BatchSize;
            if (next < events.Length)
            {
                PrefetchTexts(events.Slice(next, Math.Min(BatchSize, events.Length - next)));
            }

            for (int j = 0; j < batch.Length; j++)
            {
                hashes[j] = CustomerTable.Hash(batch[j].Customer.Value);
                table.Prefetch(hashes[j]);
            }

            for (int j = 0; j < batch.Length; j++)
            {
                ref readonly ActivityEvent ev = ref batch[j];
                int slot = table.Find(ev.Customer.Value, hashes[j]);
                if (slot < 0)
                {
                    throw new ArgumentException($"The event {ev} is of customer {ev.Customer}, who is not among the given customers.", nameof(events));
                }

                ref readonly CustomerTable.Slot customer = ref table[slot];
                if (ev.At.ToUnixTimeTicks() <= customer.AcquiredTicks && ev.At < acquired[customer.Index])
                {
                    throw new ArgumentException(
                        $"Customer {ev.Customer} has activity at {ev.At}, before their acquisition at {acquired[customer.Index]}.", nameof(events));
                }

                slots[j] = slot;
            }

            action(batch, slots.AsSpan(0, batch.Length));
        }
    }

    private static void PrefetchTexts(ReadOnlySpan<ActivityEvent> events)
    {
        foreach (ref readonly ActivityEvent e in events)
        {
            if (e.Customer.IsEmpty)
            {
                throw new ArgumentException("An event has no customer (default(ActivityEvent)).", nameof(events));
            }

            CustomerTable.PrefetchText(e.Customer.Value);
        }
    }

    private static unsafe void Prefetch(ulong[] bits, long word)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref bits[word]));
        }
    }

    /// <summary>Consecutive period numbers for every local day from <paramref name="fromDay"/> to <paramref name="toDay"/>.</summary>
    private static int[] PeriodTable(int fromDay, int toDay, CalendarPeriod period)
    {
        int[] table = new int[toDay - fromDay + 1];
        LocalDate date = LocalDays.DateOf(fromDay);
        for (int d = 0; d < table.Length; d++, date = date.PlusDays(1))
        {
            int day = fromDay + d;
            table[d] = period switch
            {
                CalendarPeriod.Day => day,
                CalendarPeriod.IsoWeek => (int)Math.Floor((day + 3) / 7.0), // 1970-01-01 was a Thursday: weeks start on day −3 + 7k
                CalendarPeriod.Month => (date.Year * 12) + date.Month - 1,
                _ => (date.Year * 4) + ((date.Month - 1) / 3),
            };
        }

        return table;
    }

    private static LocalDate FirstDayOf(int[] periodOfDay, int periodNumber, int minDay)
    {
        int d = Array.IndexOf(periodOfDay, periodNumber);
        return LocalDays.DateOf(minDay + d);
    }
}
