using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using CxCore.Display;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Lifecycle;

/// <summary>
/// Per-customer frequency, recency, tenure and monetary summaries (<see cref="CustomerActivity"/>) of dated activity,
/// split at a calibration end into a calibration period and an optional holdout period: the input of
/// <see cref="BgNbdModel"/> and <see cref="GammaGammaModel"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Time zero.</b> Each customer's clock starts at their first event (the first transaction, which the models do not
/// count) or, when customers are given, at their acquisition; activity before acquisition is an error. Customers whose
/// time zero is at or after the calibration end are not in the summary (<see cref="LaterCustomerCount"/>).
/// </para>
/// <para>
/// <b>Periods.</b> Calibration is [time zero, calibration end); holdout is [calibration end, holdout end). Events at or
/// after the last end are outside the summary and only counted (<see cref="EventsAfterEnd"/>).
/// </para>
/// <para>
/// <b>Repeat rule</b> (<see cref="RepeatRule"/>). With <see cref="RepeatRule.DistinctDays"/>, the default and the
/// literature's rule, a transaction is a local calendar day in the summary's zone with at least one event: events on
/// one day are one transaction (values summed), events on the first day belong to the first transaction, x is the
/// number of later days with activity, tₓ the days from the first day to the last such day, and T the days from the
/// first day to the <em>last day of the calibration period</em> (the day before the calibration end, which must then
/// be a local midnight). A customer who buys on the last calibration day has tₓ = T. This reproduces the CDNOW
/// summaries of Fader, Hardie and Lee exactly. With <see cref="RepeatRule.DistinctInstants"/> only equal instants
/// merge, and tₓ and T are exact durations to the last repeat transaction and to the calibration end.
/// </para>
/// <para>
/// <b>Empty input</b> gives an empty summary. A calibration end before every event (or acquisition) throws, naming it.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ActivitySummary : ITabularResult
{
    private readonly CustomerActivity[] _customers;

    internal ActivitySummary(CustomerActivity[] customers, Duration unit, RepeatRule rule, DateTimeZone zone, Instant calibrationEnd, Instant? holdoutEnd, long later, long after)
    {
        _customers = customers;
        Customers = new ReadOnlyCollection<CustomerActivity>(customers);
        TimeUnit = unit;
        RepeatRule = rule;
        Zone = zone;
        CalibrationEnd = calibrationEnd;
        HoldoutEnd = holdoutEnd;
        LaterCustomerCount = later;
        EventsAfterEnd = after;
    }

    /// <summary>One summary per customer: in the order of the given customers, or of each customer's first event.</summary>
    public IReadOnlyList<CustomerActivity> Customers { get; }

    /// <summary>The unit of recency and tenure.</summary>
    public Duration TimeUnit { get; }

    /// <summary>What counted as one transaction.</summary>
    public RepeatRule RepeatRule { get; }

    /// <summary>The zone whose local days <see cref="RepeatRule.DistinctDays"/> counted.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The end of the calibration period (exclusive).</summary>
    public Instant CalibrationEnd { get; }

    /// <summary>The end of the holdout period (exclusive), or <see langword="null"/> when there is none.</summary>
    public Instant? HoldoutEnd { get; }

    /// <summary>The number of customers whose time zero is at or after <see cref="CalibrationEnd"/>, so not summarised.</summary>
    public long LaterCustomerCount { get; }

    /// <summary>The number of events at or after the end of the summary (the holdout end, or the calibration end without one).</summary>
    public long EventsAfterEnd { get; }

    /// <summary>Summarises events, each customer's clock starting at their first event.</summary>
    /// <param name="events">The events, in any order; none <c>default</c>.</param>
    /// <param name="calibrationEnd">The end of the calibration period (exclusive).</param>
    /// <param name="options">The unit, zone, rule and holdout; defaults (weeks, UTC, distinct days, no holdout) when null.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An event is <c>default</c>; the time-zone id is unknown; a period end is not a local midnight under
    /// <see cref="RepeatRule.DistinctDays"/>; or <paramref name="calibrationEnd"/> is at or before every event.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The time unit is not positive, the rule is unknown, or the holdout end is not after the calibration end.</exception>
    public static ActivitySummary Compute(IEnumerable<ActivityEvent> events, Instant calibrationEnd, ActivitySummaryOptions? options = null) =>
        Build(null, events, calibrationEnd, options);

    /// <summary>Summarises the events of the given customers, each customer's clock starting at acquisition; customers without events are summarised too.</summary>
    /// <param name="customers">The customers; ids unique.</param>
    /// <param name="events">The events, in any order, each of one of <paramref name="customers"/> and not before that customer's acquisition.</param>
    /// <param name="calibrationEnd">The end of the calibration period (exclusive).</param>
    /// <param name="options">The unit, zone, rule and holdout; defaults when null.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/>, a customer or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A customer id repeats; an event is <c>default</c>, of an unknown customer, or before its customer's acquisition;
    /// the time-zone id is unknown; a period end is not a local midnight under <see cref="RepeatRule.DistinctDays"/>;
    /// or <paramref name="calibrationEnd"/> is at or before every acquisition.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The time unit is not positive, the rule is unknown, or the holdout end is not after the calibration end.</exception>
    public static ActivitySummary Compute(IEnumerable<Customer> customers, IEnumerable<ActivityEvent> events, Instant calibrationEnd, ActivitySummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        return Build(customers, events, calibrationEnd, options);
    }

    /// <summary>
    /// The summary as a table with columns <c>customer, birth, frequency, recency, tenure, monetary_value,
    /// holdout_frequency, holdout_value</c>, one row per customer (birth in ISO form; NaN values as in <see cref="CustomerActivity"/>).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(_customers.Length);
        foreach (CustomerActivity c in _customers)
        {
            rows.Add([c.Customer.Value, InstantPattern.ExtendedIso.Format(c.Birth), c.Frequency, c.Recency, c.Tenure, c.MonetaryValue, c.HoldoutFrequency, c.HoldoutTotalValue]);
        }

        return ResultTable.FromRows(["customer", "birth", "frequency", "recency", "tenure", "monetary_value", "holdout_frequency", "holdout_value"], rows);
    }

    /// <summary>The summary as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per customer.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats a one-line description: customers, repeat customers, transactions, the unit and the periods.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        long repeaters = 0, repeat = 0, holdout = 0;
        foreach (CustomerActivity c in _customers)
        {
            repeaters += c.Frequency > 0 ? 1 : 0;
            repeat += c.Frequency;
            holdout += c.HoldoutFrequency;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"Activity summary: {_customers.Length} customers, {repeaters} with repeat transactions, {repeat} repeat transactions in calibration (to {CalibrationEnd}), {holdout} in holdout{(HoldoutEnd is { } h ? $" (to {h})" : string.Empty)}; unit {TimeUnit.TotalDays:0.###} days, {RepeatRule}, zone {Zone.Id}");
    }

    /// <summary>The frequency, recency and tenure columns, for the model fits.</summary>
    internal (int[] Frequency, double[] Recency, double[] Tenure) ToArrays()
    {
        int n = _customers.Length;
        int[] x = new int[n];
        double[] tx = new double[n], t = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = _customers[i].Frequency;
            tx[i] = _customers[i].Recency;
            t[i] = _customers[i].Tenure;
        }

        return (x, tx, t);
    }

    /// <summary>Resolves a TZDB id, throwing with the id when it is unknown.</summary>
    internal static DateTimeZone ResolveZone(string? id, string setting)
    {
        DateTimeZone? zone = id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        return zone ?? throw new ArgumentException(
            $"The time-zone id '{id ?? "(null)"}' ({setting}) is not a TZDB zone id; use an id such as 'Europe/London', 'America/New_York' or 'UTC'.",
            "options");
    }

    private static ActivitySummary Build(IEnumerable<Customer>? customers, IEnumerable<ActivityEvent> events, Instant calibrationEnd, ActivitySummaryOptions? options)
    {
        ArgumentNullException.ThrowIfNull(events);
        options ??= new ActivitySummaryOptions();
        Duration unit = options.TimeUnit;
        if (unit <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), unit, "ActivitySummaryOptions.TimeUnit must be greater than zero.");
        }

        RepeatRule rule = options.RepeatRule;
        if (rule is not (RepeatRule.DistinctDays or RepeatRule.DistinctInstants))
        {
            throw new ArgumentOutOfRangeException(nameof(options), rule, "ActivitySummaryOptions.RepeatRule is unknown; use DistinctDays or DistinctInstants.");
        }

        DateTimeZone zone = ResolveZone(options.TimeZoneId, "ActivitySummaryOptions.TimeZoneId");
        Instant? holdoutEnd = options.HoldoutEnd;
        if (holdoutEnd is { } he && he <= calibrationEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(options), he, $"ActivitySummaryOptions.HoldoutEnd ({he}) must be after the calibration end ({calibrationEnd}).");
        }

        var days = new LocalDays(zone);
        if (rule == RepeatRule.DistinctDays)
        {
            foreach (Instant periodEnd in holdoutEnd is { } h ? new[] { calibrationEnd, h } : new[] { calibrationEnd })
            {
                if (!days.IsMidnight(periodEnd))
                {
                    throw new ArgumentException(
                        $"With RepeatRule.DistinctDays a period end must be a local midnight in {zone.Id}, so that whole days fall on one side; {periodEnd} is {periodEnd.InZone(zone).LocalDateTime:uuuu-MM-dd HH:mm:ss} there.",
                        periodEnd == calibrationEnd ? nameof(calibrationEnd) : nameof(options));
                }
            }
        }

        // Customers, in the given order (or of first event), with their time zero.
        var index = new Dictionary<CustomerId, int>();
        var ids = new List<CustomerId>();
        var birth = new List<Instant>();
        bool known = customers is not null;
        if (customers is not null)
        {
            foreach (Customer customer in customers)
            {
                ArgumentNullException.ThrowIfNull(customer, nameof(customers));
                if (!index.TryAdd(customer.Id, ids.Count))
                {
                    throw new ArgumentException($"The customer {customer.Id} appears twice.", nameof(customers));
                }

                ids.Add(customer.Id);
                birth.Add(customer.AcquiredAt);
            }
        }

        var lists = new List<List<ActivityEvent>?>(ids.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            lists.Add(null);
        }

        Instant end = holdoutEnd ?? calibrationEnd;
        long after = 0;
        bool anyEvent = false;
        Instant firstEvent = Instant.MaxValue;
        foreach (ActivityEvent e in events)
        {
            if (e.Customer.IsEmpty)
            {
                throw new ArgumentException("An event has no customer (default(ActivityEvent)).", nameof(events));
            }

            anyEvent = true;
            if (e.At < firstEvent)
            {
                firstEvent = e.At;
            }

            if (!index.TryGetValue(e.Customer, out int c))
            {
                if (known)
                {
                    throw new ArgumentException($"The event {e} is of customer {e.Customer}, who is not among the given customers.", nameof(events));
                }

                c = ids.Count;
                index.Add(e.Customer, c);
                ids.Add(e.Customer);
                birth.Add(e.At);
                lists.Add(null);
            }
            else if (known && e.At < birth[c])
            {
                throw new ArgumentException($"Customer {e.Customer} has activity at {e.At}, before their acquisition at {birth[c]}.", nameof(events));
            }
            else if (!known && e.At < birth[c])
            {
                birth[c] = e.At;
            }

            if (e.At >= end)
            {
                after++;
                continue;
            }

            (lists[c] ??= new List<ActivityEvent>(4)).Add(e);
        }

        var result = new List<CustomerActivity>(ids.Count);
        long later = 0;
        double unitNanos = unit.TotalNanoseconds;
        double unitDays = unit.TotalDays;
        int calibrationEndDay = days.DayOf(calibrationEnd);
        for (int c = 0; c < ids.Count; c++)
        {
            Instant zero = birth[c];
            if (zero >= calibrationEnd)
            {
                later++;
                continue;
            }

            List<ActivityEvent>? list = lists[c];
            list?.Sort(static (p, q) => p.At.CompareTo(q.At));
            int zeroDay = days.DayOf(zero);
            bool byDay = rule == RepeatRule.DistinctDays;
            int x = 0, holdoutX = 0;
            long lastDay = zeroDay, lastHoldoutDay = long.MinValue;
            Instant lastInstant = zero, lastHoldoutInstant = Instant.MinValue;
            double repeatValue = 0, holdoutValue = 0;
            bool repeatValued = true, holdoutValued = true;
            foreach (ActivityEvent e in (IEnumerable<ActivityEvent>?)list ?? [])
            {
                long day = byDay ? days.DayOf(e.At) : 0;
                if (e.At < calibrationEnd)
                {
                    if (byDay ? day == zeroDay : e.At == zero)
                    {
                        continue; // part of the first transaction
                    }

                    if (x == 0 || (byDay ? day != lastDay : e.At != lastInstant))
                    {
                        x++;
                        lastDay = day;
                        lastInstant = e.At;
                    }

                    repeatValued &= e.HasValue;
                    repeatValue += e.RawValue;
                }
                else
                {
                    if (holdoutX == 0 || (byDay ? day != lastHoldoutDay : e.At != lastHoldoutInstant))
                    {
                        holdoutX++;
                        lastHoldoutDay = day;
                        lastHoldoutInstant = e.At;
                    }

                    holdoutValued &= e.HasValue;
                    holdoutValue += e.RawValue;
                }
            }

            double recency = x == 0 ? 0 : byDay ? (lastDay - zeroDay) / unitDays : (lastInstant - zero).TotalNanoseconds / unitNanos;
            double tenure = byDay ? (calibrationEndDay - 1 - zeroDay) / unitDays : (calibrationEnd - zero).TotalNanoseconds / unitNanos;
            double monetary = x > 0 && repeatValued ? repeatValue / x : double.NaN;
            double holdoutTotal = holdoutValued ? holdoutValue : double.NaN;
            result.Add(new CustomerActivity(ids[c], zero, x, recency, tenure, monetary, holdoutX, holdoutTotal));
        }

        if (result.Count == 0 && (anyEvent || ids.Count > 0))
        {
            Instant first = known && ids.Count > 0 ? Min(birth) : firstEvent;
            throw new ArgumentException(
                $"The calibration end {calibrationEnd} is at or before every {(known ? "acquisition" : "event")} (the first is at {first}); there is nothing to summarise.",
                nameof(calibrationEnd));
        }

        return new ActivitySummary(result.ToArray(), unit, rule, zone, calibrationEnd, holdoutEnd, later, after);
    }

    private static Instant Min(List<Instant> instants)
    {
        Instant min = Instant.MaxValue;
        foreach (Instant i in instants)
        {
            min = i < min ? i : min;
        }

        return min;
    }
}
