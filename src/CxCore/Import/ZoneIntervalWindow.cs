using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Import;

/// <summary>
/// Maps wall-clock times in one zone to instants without allocating, for the times that have exactly one mapping: it
/// remembers the span of wall-clock time, within the zone interval of the last time mapped, that no neighbouring
/// interval reaches, and maps a time in that span by the interval's offset. Any other time goes to
/// <see cref="DateTimeZone.MapLocal(LocalDateTime)"/>.
/// </summary>
/// <remarks>
/// <para>
/// A time in the span maps into the interval and into neither neighbour (the span starts where both the interval's and
/// the previous interval's wall-clock ranges have begun, and ends where either the interval's or the next interval's
/// begins), and no interval further away when the neighbours are longer than any two offsets differ (36 hours):
/// exactly the single mapping <see cref="DateTimeZone.MapLocal(LocalDateTime)"/> finds. With shorter neighbours the
/// span is not kept.
/// </para>
/// <para>One per read; not thread-safe.</para>
/// </remarks>
internal sealed class ZoneIntervalWindow
{
    private static readonly Duration LongestOffsetChange = Duration.FromHours(36);

    private readonly DateTimeZone _zone;
    private Instant _start;
    private Instant _end;
    private Duration _offset;
    private bool _valid;

    public ZoneIntervalWindow(DateTimeZone zone) => _zone = zone;

    /// <summary>The one instant <paramref name="local"/> maps to; <see langword="false"/> when it maps to none or two.</summary>
    public bool TryMap(LocalDateTime local, out Instant instant)
    {
        // The wall-clock time as if it were UTC, so that spans of wall-clock time compare as instants.
        Instant wall = local.InUtc().ToInstant();
        if (_valid && wall >= _start && wall < _end)
        {
            instant = wall - _offset;
            return true;
        }

        ZoneLocalMapping mapping = _zone.MapLocal(local);
        if (mapping.Count != 1)
        {
            instant = default;
            return false;
        }

        instant = mapping.First().ToInstant();
        Remember(mapping.EarlyInterval);
        return true;
    }

    private void Remember(ZoneInterval interval)
    {
        _valid = false;
        Offset offset = interval.WallOffset;
        Instant start = Instant.MinValue, end = Instant.MaxValue;
        if (interval.HasStart)
        {
            ZoneInterval previous = _zone.GetZoneInterval(interval.Start - Duration.Epsilon);
            if (previous.HasStart && previous.Start + LongestOffsetChange >= interval.Start)
            {
                return;
            }

            start = interval.Start + AsDuration(Offset.Max(offset, previous.WallOffset));
        }

        if (interval.HasEnd)
        {
            ZoneInterval next = _zone.GetZoneInterval(interval.End);
            if (next.HasEnd && interval.End + LongestOffsetChange >= next.End)
            {
                return;
            }

            end = interval.End + AsDuration(Offset.Min(offset, next.WallOffset));
        }

        _start = start;
        _end = end;
        _offset = AsDuration(offset);
        _valid = true;
    }

    private static Duration AsDuration(Offset offset) => Duration.FromSeconds(offset.Seconds);
}
