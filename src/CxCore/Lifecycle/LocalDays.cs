using System;
using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Lifecycle;

/// <summary>
/// Converts instants to local day numbers (days since 1970-01-01 in a zone's local calendar) with a small cache of zone
/// intervals, so that millions of unsorted instants cost one addition and one division each.
/// </summary>
/// <remarks>Not thread-safe: one instance per computation.</remarks>
internal sealed class LocalDays
{
    private const long TicksPerDay = 864_000_000_000;
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private readonly DateTimeZone _zone;
    private readonly long[] _start = new long[4];
    private readonly long[] _end = new long[4];
    private readonly long[] _offset = new long[4];
    private int _next;

    internal LocalDays(DateTimeZone zone)
    {
        _zone = zone;
        for (int i = 0; i < 4; i++)
        {
            _start[i] = long.MaxValue;
            _end[i] = long.MinValue;
        }
    }

    internal DateTimeZone Zone => _zone;

    /// <summary>The local day number of <paramref name="instant"/>.</summary>
    internal int DayOf(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        for (int i = 0; i < 4; i++)
        {
            if (ticks >= _start[i] && ticks < _end[i])
            {
                return FloorDiv(ticks + _offset[i]);
            }
        }

        ZoneInterval interval = _zone.GetZoneInterval(instant);
        int slot = _next;
        _next = (_next + 1) & 3;
        _start[slot] = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
        _end[slot] = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
        _offset[slot] = interval.WallOffset.Ticks;
        return FloorDiv(ticks + _offset[slot]);
    }

    /// <summary>The local date of a day number.</summary>
    internal static LocalDate DateOf(int day) => Epoch.PlusDays(day);

    /// <summary>The day number of a local date.</summary>
    internal static int NumberOf(LocalDate date) => Period.DaysBetween(Epoch, date.WithCalendar(CalendarSystem.Iso));

    /// <summary>Whether <paramref name="instant"/> is a local midnight in the zone.</summary>
    internal bool IsMidnight(Instant instant) => instant.InZone(_zone).TimeOfDay == LocalTime.Midnight;

    private static int FloorDiv(long localTicks)
    {
        long q = localTicks / TicksPerDay;
        if (localTicks % TicksPerDay < 0)
        {
            q--;
        }

        return (int)q;
    }
}
