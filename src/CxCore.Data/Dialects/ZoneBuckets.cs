using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Data.Dialects;

/// <summary>
/// UTC buckets inside which no local day of a zone starts, over the years 1900 to 2100, in a few spans of time with an
/// anchor and a width each: a bucket is [anchor + k·width, anchor + (k + 1)·width), and every instant of a bucket has
/// the local date, hence the calendar period, of the bucket's start. Instants outside the spans are not bucketed (each
/// is its own bucket).
/// </summary>
/// <remarks>
/// <para>
/// A local day starts at local midnight, whose instant is midnight minus the offset then in force, or, when midnight
/// falls in a gap, at the transition that ends the gap. Local midnights are whole hours of local time, so while one
/// offset is in force (one zone interval) every day starts a whole number of hours after the first instant of the
/// interval that is midnight minus the offset modulo an hour: with that instant as anchor, hour-wide buckets hold no
/// day start. The part of the interval before its anchor (less than an hour after a transition, where a day may start
/// at the transition itself) is not bucketed. Adjacent intervals whose anchors are whole hours apart form one span; for
/// most zones since about 1900 (whole-hour offsets, transitions on the UTC hour) that is a single span, and zones with
/// half- and quarter-hour offsets (Asia/Kolkata, Asia/Kathmandu) or local mean time after 1900 (Africa/Monrovia) have a
/// few.
/// </para>
/// <para>
/// A zone that needs more than <see cref="MaxSpans"/> spans (one whose offset moves by half an hour twice a year, such
/// as Australia/Lord_Howe) gets one span from 1900 anchored at the epoch, with the width that divides an hour, every
/// offset and every transition instant.
/// </para>
/// <para>
/// The spans come from NodaTime's time-zone data; an engine whose own data disagrees (a zone whose rules changed between
/// the two versions) disagrees with NodaTime anyway.
/// </para>
/// </remarks>
internal sealed class ZoneBuckets
{
    private const long MicrosPerHour = 3_600_000_000L;
    private const int MaxSpans = 16;
    private static readonly Instant Start = Instant.FromUtc(1900, 1, 1, 0, 0);
    private static readonly Instant End = Instant.FromUtc(2100, 1, 1, 0, 0);

    private ZoneBuckets(IReadOnlyList<Span> spans) => Spans = spans;

    /// <summary>The spans, in time order and disjoint (microseconds since the Unix epoch).</summary>
    internal IReadOnlyList<Span> Spans { get; }

    internal static ZoneBuckets For(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var spans = new List<Span>();
        long width = MicrosPerHour; // the fallback's width: divides an hour, every offset and every transition
        foreach (ZoneInterval interval in zone.GetZoneIntervals(Start, End))
        {
            long from = ToMicros(interval.HasStart && interval.Start > Start ? interval.Start : Start);
            long to = ToMicros(interval.HasEnd && interval.End < End ? interval.End : End);
            long offset = interval.WallOffset.Seconds * 1_000_000L;
            width = Gcd(Gcd(width, Math.Abs(offset)), Math.Abs(from) % MicrosPerHour);
            long anchor = from + Modulo(-offset - from, MicrosPerHour);
            if (anchor >= to)
            {
                continue;
            }

            if (spans.Count > 0 && spans[^1].To == from && anchor == from && (from - spans[^1].From) % MicrosPerHour == 0)
            {
                spans[^1] = spans[^1] with { To = to };
            }
            else
            {
                spans.Add(new Span(anchor, to, MicrosPerHour));
            }
        }

        if (spans.Count > MaxSpans)
        {
            spans = [new Span(ToMicros(Start), ToMicros(End), width)];
        }

        return new ZoneBuckets(spans);
    }

    private static long ToMicros(Instant instant)
    {
        long ticks = instant.ToUnixTimeTicks();
        return ticks % 10 == 0 ? ticks / 10 : throw new InvalidOperationException($"The zone has a transition at {instant}, which is not a whole microsecond; its periods cannot be counted in an engine.");
    }

    private static long Modulo(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>A span of time [<see cref="From"/>, <see cref="To"/>) cut into buckets <see cref="Width"/> wide from <see cref="From"/>.</summary>
    internal readonly record struct Span(long From, long To, long Width);
}
