using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Utility;
using NodaTime;
using NodaTime.Calendars;

namespace CxCore.Analysis;

/// <summary>
/// Buckets instants into local calendar periods (<see cref="CalendarPeriod"/>) of a time zone, and lists the periods
/// between two instants, empty ones included.
/// </summary>
/// <remarks>
/// <para>
/// An instant belongs to the period that contains its <b>local date</b> in the zone: a response at 23:30 in
/// Australia/Sydney belongs to that Sydney day even though it is already the next day in UTC. Periods are made of
/// whole local dates, so a day across a DST change simply has 23 or 25 hours; nothing is lost or counted twice.
/// </para>
/// <para>
/// Periods are <see cref="DateInterval"/>s (start and end dates both inclusive) in the ISO calendar; dates in another
/// calendar are converted to ISO first. Weeks follow ISO 8601 (Monday first; week 1 holds the year's first Thursday).
/// </para>
/// </remarks>
public static class CalendarBuckets
{
    /// <summary>The period of <paramref name="period"/> kind that contains <paramref name="date"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="period">The kind of period.</param>
    /// <returns>The period, start and end inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    public static DateInterval PeriodOf(LocalDate date, CalendarPeriod period)
    {
        Preconditions.CheckDefined(period, nameof(period));
        LocalDate start = StartOf(date, period);
        return new DateInterval(start, EndOf(start, period));
    }

    /// <summary>The period that contains <paramref name="instant"/>'s local date in <paramref name="zone"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The time zone whose calendar defines the periods.</param>
    /// <param name="period">The kind of period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    public static DateInterval PeriodOf(Instant instant, DateTimeZone zone, CalendarPeriod period)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return PeriodOf(instant.InZone(zone).Date, period);
    }

    /// <summary>
    /// Every period from the one containing <paramref name="from"/> to the one containing the last instant before
    /// <paramref name="to"/> (the range is half-open, [from, to)), in order, with no gaps. The first and last
    /// periods may extend beyond the range when <paramref name="from"/> or <paramref name="to"/> is not at a period boundary.
    /// </summary>
    /// <param name="from">The start of the range (inclusive).</param>
    /// <param name="to">The end of the range (exclusive), after <paramref name="from"/>.</param>
    /// <param name="zone">The time zone whose calendar defines the periods.</param>
    /// <param name="period">The kind of period.</param>
    /// <returns>The periods, consecutive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    public static IReadOnlyList<DateInterval> Between(Instant from, Instant to, DateTimeZone zone, CalendarPeriod period)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Preconditions.CheckDefined(period, nameof(period));
        if (to <= from)
        {
            throw new ArgumentException($"The end of the range ({to}) must be after its start ({from}).", nameof(to));
        }

        DateInterval current = PeriodOf(from, zone, period);
        LocalDate last = PeriodOf(to - Duration.Epsilon, zone, period).Start;
        var periods = new List<DateInterval> { current };
        while (current.Start < last)
        {
            current = PeriodOf(current.End.PlusDays(1), period);
            periods.Add(current);
        }

        return periods.AsReadOnly();
    }

    /// <summary>
    /// A short label for a period: <c>2026-03-01</c> (day), <c>2026-W09</c> (ISO week-year and week), <c>2026-03</c>
    /// (month), <c>2026-Q1</c> (quarter).
    /// </summary>
    /// <param name="interval">A period, as returned by <see cref="PeriodOf(LocalDate, CalendarPeriod)"/>.</param>
    /// <param name="period">The kind of period.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    public static string Label(DateInterval interval, CalendarPeriod period)
    {
        ArgumentNullException.ThrowIfNull(interval);
        Preconditions.CheckDefined(period, nameof(period));
        LocalDate start = interval.Start.WithCalendar(CalendarSystem.Iso);
        return period switch
        {
            CalendarPeriod.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CalendarPeriod.IsoWeek => string.Create(CultureInfo.InvariantCulture,
                $"{WeekYearRules.Iso.GetWeekYear(start):0000}-W{WeekYearRules.Iso.GetWeekOfWeekYear(start):00}"),
            CalendarPeriod.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{start.Year:0000}-Q{((start.Month - 1) / 3) + 1}"),
        };
    }

    /// <summary>The first date of the period containing <paramref name="date"/> (ISO calendar); no allocation.</summary>
    internal static LocalDate StartOf(LocalDate date, CalendarPeriod period)
    {
        date = date.WithCalendar(CalendarSystem.Iso);
        return period switch
        {
            CalendarPeriod.Day => date,
            CalendarPeriod.IsoWeek => date.PlusDays(IsoDayOfWeek.Monday - date.DayOfWeek),
            CalendarPeriod.Month => new LocalDate(date.Year, date.Month, 1),
            _ => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
        };
    }

    private static LocalDate EndOf(LocalDate start, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => start,
        CalendarPeriod.IsoWeek => start.PlusDays(6),
        CalendarPeriod.Month => start.With(DateAdjusters.EndOfMonth),
        _ => start.PlusMonths(3).PlusDays(-1),
    };
}
