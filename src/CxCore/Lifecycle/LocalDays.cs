using System.Collections.Generic;
using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Lifecycle;

/// <summary>
/// Converts instants to local day numbers (days since 1970-01-01 in a zone's local calendar). The zone's offset
/// intervals are fetched once each and kept sorted, so that millions of unsorted instants cost a binary search over a
/// handful of intervals, one addition and one division each.
/// </summary>
/// <remarks>Not thread-safe: one instance per computation.</remarks>
internal sealed class LocalDays
{
    private const long TicksPerDay = 864_000_000_000;
    private static readonly LocalDate Epoch = new(1970, 1, 1);
    private readonly DateTimeZone _zone;
    private readonly List<long> _start = [];
    private readonly List<long> _end = [];
    private readonly List<long> _offset = [];
    private int _last = -1;

    internal LocalDays(DateTimeZone zone) => _zone = zone;

    /// <summary>The local day number of <paramref name="instant"/>.</summary>
    internal int DayOf(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        int i = _last;
        if (i < 0 || ticks < _start[i] || ticks >= _end[i])
        {
            i = Find(ticks);
            if (i < 0)
            {
                i = Add(instant);
            }

            _last = i;
        }

        return FloorDiv(ticks + _offset[i]);
    }

    /// <summary>The local date of a day number.</summary>
    internal static LocalDate DateOf(int day) => Epoch.PlusDays(day);

    /// <summary>Whether <paramref name="instant"/> is a local midnight in the zone.</summary>
    internal bool IsMidnight(Instant instant) => instant.InZone(_zone).TimeOfDay == LocalTime.Midnight;

    private int Find(long ticks)
    {
        int lo = 0, hi = _start.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ticks < _start[mid])
            {
                hi = mid - 1;
            }
            else if (ticks >= _end[mid])
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private int Add(Instant instant)
    {
        ZoneInterval interval = _zone.GetZoneInterval(instant);
        long start = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
        int position = _start.BinarySearch(start);
        position = position < 0 ? ~position : position;
        _start.Insert(position, start);
        _end.Insert(position, interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue);
        _offset.Insert(position, interval.WallOffset.Ticks);
        return position;
    }

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
