using CxCore.Service;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CxCore.Tests.Service;

/// <summary>Properties of <see cref="BusinessCalendar"/>, checked against a slow minute-by-minute reference walker.</summary>
public sealed partial class BusinessCalendarTests
{
    private static readonly Config Props = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    /// <summary>A random calendar plus what the reference walker needs: each interval as added, in hours from Monday 00:00 of its opening day's week.</summary>
    internal sealed record Scenario(BusinessCalendar Calendar, DateTimeZone Zone, (int Start, int End)[] WeekHours, HashSet<LocalDate> Holidays)
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

    private static Gen<Instant> MinuteInstants =>
        from anchor in Gen.Elements(Anchors)
        from minutes in Gen.Choose(0, 3 * 24 * 60)
        select anchor + Duration.FromMinutes(minutes);

    private static Gen<Instant> AnyInstants =>
        from days in Gen.Choose(0, 700)
        from nanos in Gen.Choose(0, int.MaxValue).Select(n => (long)n * 40_233)
        select RangeStart + Duration.FromDays(days) + Duration.FromNanoseconds(nanos);

    [Fact]
    public void BusinessTimeBetween_EqualsMinuteWalker() =>
        Prop.ForAll(Scenarios.ToArbitrary(), MinuteInstants.ToArbitrary(), Gen.Choose(0, 4 * 24 * 60).ToArbitrary(), (s, from, minutes) =>
        {
            Instant to = from + Duration.FromMinutes(minutes);
            return s.Calendar.BusinessTimeBetween(from, to) == Duration.FromMinutes(ReferenceMinutes(s, from, to));
        }).Check(Props.WithReplay(1, 101));

    [Fact]
    public void IsOpenAt_EqualsReferenceRule() =>
        Prop.ForAll(Scenarios.ToArbitrary(), MinuteInstants.ToArbitrary(), (s, t) =>
            Enumerable.Range(0, 200).All(k => s.Calendar.IsOpenAt(t + Duration.FromMinutes(29 * k)) == ReferenceIsOpen(s, t + Duration.FromMinutes(29 * k))))
        .Check(Props.WithReplay(3, 101));

    [Fact]
    public void AddBusinessTime_EqualsMinuteWalker() =>
        Prop.ForAll(Scenarios.ToArbitrary(), MinuteInstants.ToArbitrary(), Gen.Choose(1, 30 * 60).ToArbitrary(), (s, from, minutes) =>
        {
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
        }).Check(Props.WithReplay(5, 101));

    [Fact]
    public void BusinessTime_NeverExceedsCalendarTime() =>
        Prop.ForAll(Scenarios.ToArbitrary(), AnyInstants.ToArbitrary(), AnyInstants.ToArbitrary(), (s, x, y) =>
        {
            (Instant a, Instant b) = x <= y ? (x, y) : (y, x);
            Duration business = s.Calendar.BusinessTimeBetween(a, b);
            return business >= Duration.Zero && business <= b - a;
        }).Check(Props.WithReplay(7, 101));

    [Fact]
    public void BusinessTime_IsAdditive() =>
        Prop.ForAll(Scenarios.ToArbitrary(), AnyInstants.ToArbitrary(), Gen.Zip(AnyInstants, AnyInstants).ToArbitrary(), (s, x, yz) =>
        {
            Instant[] t = [x, yz.Item1, yz.Item2];
            Array.Sort(t);
            return s.Calendar.BusinessTimeBetween(t[0], t[1]) + s.Calendar.BusinessTimeBetween(t[1], t[2]) == s.Calendar.BusinessTimeBetween(t[0], t[2]);
        }).Check(Props.WithReplay(9, 101));

    [Fact]
    public void AddBusinessTime_InvertsBusinessTimeBetween() =>
        Prop.ForAll(Scenarios.ToArbitrary(), AnyInstants.ToArbitrary(), AnyInstants.ToArbitrary(), (s, x, y) =>
        {
            (Instant a, Instant b) = x <= y ? (x, y) : (y, x);
            Duration business = s.Calendar.BusinessTimeBetween(a, b);
            Instant deadline = s.Calendar.AddBusinessTime(a, business);
            // The earliest instant with that much business time: never after b, and exactly that much time to it.
            return deadline <= b && s.Calendar.BusinessTimeBetween(a, deadline) == business
                && (business == Duration.Zero || s.Calendar.BusinessTimeBetween(a, deadline - Duration.Epsilon) < business);
        }).Check(Props.WithReplay(11, 101));

    [Fact]
    public void BusinessTimeBetween_InvertsAddBusinessTime() =>
        Prop.ForAll(Scenarios.ToArbitrary(), AnyInstants.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (s, a, seconds) =>
        {
            Duration d = Duration.FromSeconds(seconds / 100) + Duration.FromNanoseconds(seconds % 1000);
            return s.Calendar.BusinessTimeBetween(a, s.Calendar.AddBusinessTime(a, d)) == d;
        }).Check(Props.WithReplay(13, 101));
}
