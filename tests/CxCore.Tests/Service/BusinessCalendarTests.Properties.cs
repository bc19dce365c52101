using CxCore.Service;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests.Service;

/// <summary>Properties of <see cref="BusinessCalendar"/>, checked against a slow minute-by-minute reference walker.</summary>
[Properties(Arbitrary = [typeof(BusinessCalendarTests.Arbitraries)])]
public sealed partial class BusinessCalendarTests
{
    /// <summary>A random calendar plus what the reference walker needs: each interval as added, in hours from Monday 00:00 of its opening day's week.</summary>
    public sealed record Scenario(BusinessCalendar Calendar, DateTimeZone Zone, (int Start, int End)[] WeekHours, HashSet<LocalDate> Holidays)
    {
        public override string ToString() =>
            $"{Zone.Id} hours(from Mon 00:00)=[{string.Join(", ", WeekHours.Select(h => $"{h.Start}-{h.End}"))}] holidays=[{string.Join(", ", Holidays)}]";
    }

    private static readonly DateTimeZone[] Zones = [DateTimeZone.Utc, London, NewYork];

    // Boundaries on whole hours of the week, never at 01:00–03:59 local, so no boundary falls in a DST gap or overlap
    // of London or New York and the walker's plain local-time rule is exact.
    private static readonly int[] BoundaryHours = Enumerable.Range(0, 168).Where(h => h % 24 is 0 or >= 4).ToArray();

    private static readonly LocalDate FirstDay = new(2025, 12, 1);

    internal static Gen<Scenario> Scenarios =>
        from zone in Gen.Elements(Zones)
        from count in Gen.Choose(1, 6)
        from points in Gen.Shuffle(BoundaryHours).Select(p => p.Take(2 * count).Order().ToArray())
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 500)).Select(l => l.Take(8).ToArray())
        select Make(zone, points, holidayOffsets);

    private static Scenario Make(DateTimeZone zone, int[] points, int[] holidayOffsets)
    {
        var options = new BusinessCalendarOptions { TimeZone = zone };
        var weekHours = new List<(int, int)>();
        for (int i = 0; i + 1 < points.Length; i += 2)
        {
            int start = points[i], end = points[i + 1];
            // As one overnight interval when it crosses one midnight within 24 h, otherwise as same-day pieces.
            if (end - start <= 24 && start / 24 != (end - 1) / 24 && end % 24 != 0)
            {
                options.AddOvernightHours((IsoDayOfWeek)(start / 24 + 1), new LocalTime(start % 24, 0), new LocalTime(end % 24, 0));
                weekHours.Add((start, end));
                continue;
            }

            for (int s = start; s < end;)
            {
                int e = Math.Min(end, (s / 24 + 1) * 24);
                options.AddHours((IsoDayOfWeek)(s / 24 + 1), new LocalTime(s % 24, 0), e % 24 == 0 ? LocalTime.Midnight : new LocalTime(e % 24, 0));
                weekHours.Add((s, e));
                s = e;
            }
        }

        foreach (int h in holidayOffsets)
        {
            options.AddHoliday(FirstDay.PlusDays(h));
        }

        return new Scenario(BusinessCalendar.FromOptions(options), zone, weekHours.ToArray(), new HashSet<LocalDate>(options.Holidays));
    }

    /// <summary>
    /// The reference rule, written from the definition and not from the implementation: open at t when the local time
    /// lies in an interval that opened on a non-holiday local date d (today or yesterday) at d's weekday hours.
    /// </summary>
    internal static bool ReferenceIsOpen(Scenario s, Instant t)
    {
        LocalDateTime local = t.InZone(s.Zone).LocalDateTime;
        for (int back = 0; back <= 1; back++)
        {
            LocalDate date = local.Date.PlusDays(-back);
            if (s.Holidays.Contains(date))
            {
                continue;
            }

            // Hours since the opening date's midnight, in local clock time.
            double hours = back * 24 + local.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerHour;
            int dayStart = ((int)date.DayOfWeek - 1) * 24;
            foreach ((int start, int end) in s.WeekHours)
            {
                // An interval belongs to the date it opens on; an overnight one runs into the next day.
                if (start / 24 * 24 == dayStart && hours >= start - dayStart && hours < end - dayStart)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Business minutes between two minute-aligned instants, walking one minute at a time.</summary>
    internal static long ReferenceMinutes(Scenario s, Instant from, Instant to)
    {
        long minutes = 0;
        for (Instant t = from; t < to; t += Duration.FromMinutes(1))
        {
            if (ReferenceIsOpen(s, t))
            {
                minutes++;
            }
        }

        return minutes;
    }

    private static readonly Instant RangeStart = Instant.FromUtc(2025, 12, 2, 0, 0);

    // DST nights in the range, so walks start near them often.
    private static readonly Instant[] Anchors =
    [
        RangeStart, Instant.FromUtc(2026, 3, 7, 0, 0), Instant.FromUtc(2026, 3, 28, 0, 0),
        Instant.FromUtc(2026, 10, 24, 0, 0), Instant.FromUtc(2026, 10, 31, 0, 0), Instant.FromUtc(2026, 12, 24, 0, 0),
    ];

    private static Gen<Instant> MinuteInstantGen =>
        from anchor in Gen.Elements(Anchors)
        from minutes in Gen.Choose(0, 3 * 24 * 60)
        select anchor + Duration.FromMinutes(minutes);

    private static Gen<Instant> AnyInstantGen =>
        from days in Gen.Choose(0, 700)
        from nanos in Gen.Choose(0, int.MaxValue).Select(n => (long)n * 40_233)
        select RangeStart + Duration.FromDays(days) + Duration.FromNanoseconds(nanos);

    /// <summary>An instant on a whole minute within three days after one of the <see cref="Anchors"/> (DST nights).</summary>
    public readonly record struct MinuteInstant(Instant Value);

    /// <summary>Any instant within about 700 days of <see cref="RangeStart"/>, with nanoseconds.</summary>
    public readonly record struct AnyInstant(Instant Value);

    /// <summary>A walk length of 0 to 4 days in minutes.</summary>
    public readonly record struct WalkMinutes(int Value);

    /// <summary>A business duration of 1 to 30 hours in minutes.</summary>
    public readonly record struct BusinessMinutes(int Value);

    /// <summary>A raw number 0 to <see cref="int.MaxValue"/> that makes a duration of up to 248 days with nanoseconds.</summary>
    public readonly record struct RawDuration(int Value);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Scenario> AnyScenario() => Scenarios.ToArbitrary();

        public static Arbitrary<MinuteInstant> MinuteInstants() => MinuteInstantGen.Select(t => new MinuteInstant(t)).ToArbitrary();

        public static Arbitrary<AnyInstant> AnyInstants() => AnyInstantGen.Select(t => new AnyInstant(t)).ToArbitrary();

        public static Arbitrary<WalkMinutes> Walks() => Gen.Choose(0, 4 * 24 * 60).Select(m => new WalkMinutes(m)).ToArbitrary();

        public static Arbitrary<BusinessMinutes> Business() => Gen.Choose(1, 30 * 60).Select(m => new BusinessMinutes(m)).ToArbitrary();

        public static Arbitrary<RawDuration> RawDurations() => Gen.Choose(0, int.MaxValue).Select(n => new RawDuration(n)).ToArbitrary();
    }

    [ScaledProperty(300)]
    public bool BusinessTimeBetween_EqualsMinuteWalker(Scenario s, MinuteInstant start, WalkMinutes walk)
    {
        (Instant from, int minutes) = (start.Value, walk.Value);
        Instant to = from + Duration.FromMinutes(minutes);
        return s.Calendar.BusinessTimeBetween(from, to) == Duration.FromMinutes(ReferenceMinutes(s, from, to));
    }

    [ScaledProperty(300)]
    public bool IsOpenAt_EqualsReferenceRule(Scenario s, MinuteInstant start)
    {
        Instant t = start.Value;
        return Enumerable.Range(0, 200).All(k => s.Calendar.IsOpenAt(t + Duration.FromMinutes(29 * k)) == ReferenceIsOpen(s, t + Duration.FromMinutes(29 * k)));
    }

    [ScaledProperty(300)]
    public bool AddBusinessTime_EqualsMinuteWalker(Scenario s, MinuteInstant start, BusinessMinutes business)
    {
        (Instant from, int minutes) = (start.Value, business.Value);

        // The walker's deadline: the end of the minute in which the requested business minutes are used up.
        Instant t = from;
        for (long left = minutes; ; t += Duration.FromMinutes(1))
        {
            if (ReferenceIsOpen(s, t) && --left == 0)
            {
                break;
            }
        }

        return s.Calendar.AddBusinessTime(from, Duration.FromMinutes(minutes)) == t + Duration.FromMinutes(1);
    }

    [ScaledProperty(300)]
    public bool BusinessTime_NeverExceedsCalendarTime(Scenario s, AnyInstant x, AnyInstant y)
    {
        (Instant a, Instant b) = x.Value <= y.Value ? (x.Value, y.Value) : (y.Value, x.Value);
        Duration business = s.Calendar.BusinessTimeBetween(a, b);
        return business >= Duration.Zero && business <= b - a;
    }

    [ScaledProperty(300)]
    public bool BusinessTime_IsAdditive(Scenario s, AnyInstant x, AnyInstant y, AnyInstant z)
    {
        Instant[] t = [x.Value, y.Value, z.Value];
        Array.Sort(t);
        return s.Calendar.BusinessTimeBetween(t[0], t[1]) + s.Calendar.BusinessTimeBetween(t[1], t[2]) == s.Calendar.BusinessTimeBetween(t[0], t[2]);
    }

    [ScaledProperty(300)]
    public bool AddBusinessTime_InvertsBusinessTimeBetween(Scenario s, AnyInstant x, AnyInstant y)
    {
        (Instant a, Instant b) = x.Value <= y.Value ? (x.Value, y.Value) : (y.Value, x.Value);
        Duration business = s.Calendar.BusinessTimeBetween(a, b);
        Instant deadline = s.Calendar.AddBusinessTime(a, business);
        // The earliest instant with that much business time: never after b, and exactly that much time to it.
        return deadline <= b && s.Calendar.BusinessTimeBetween(a, deadline) == business
            && (business == Duration.Zero || s.Calendar.BusinessTimeBetween(a, deadline - Duration.Epsilon) < business);
    }

    [ScaledProperty(300)]
    public bool BusinessTimeBetween_InvertsAddBusinessTime(Scenario s, AnyInstant start, RawDuration raw)
    {
        (Instant a, int seconds) = (start.Value, raw.Value);
        Duration d = Duration.FromSeconds(seconds / 100) + Duration.FromNanoseconds(seconds % 1000);
        return s.Calendar.BusinessTimeBetween(a, s.Calendar.AddBusinessTime(a, d)) == d;
    }
}
