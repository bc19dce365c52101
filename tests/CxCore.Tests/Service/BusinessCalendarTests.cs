using CxCore.Service;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed partial class BusinessCalendarTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    internal static BusinessCalendar NineToFive(DateTimeZone zone, params LocalDate[] holidays)
    {
        var options = new BusinessCalendarOptions { TimeZone = zone }.AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0));
        foreach (LocalDate h in holidays)
        {
            options.AddHoliday(h);
        }

        return BusinessCalendar.FromOptions(options);
    }

    private static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        var options = new BusinessCalendarOptions { TimeZone = zone };
        for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Sunday; d++)
        {
            options.AddHours(d, LocalTime.Midnight, LocalTime.Midnight);
        }

        return BusinessCalendar.FromOptions(options);
    }

    internal static Instant At(DateTimeZone zone, int y, int mo, int d, int h, int mi = 0) =>
        zone.AtStrictly(new LocalDateTime(y, mo, d, h, mi)).ToInstant();

    /// <summary>Noon on the day after y-mo-d, local.</summary>
    private static Instant NextNoon(DateTimeZone zone, int y, int mo, int d) =>
        zone.AtStrictly(new LocalDate(y, mo, d).PlusDays(1).At(new LocalTime(12, 0))).ToInstant();

    // ---- hand cases ---------------------------------------------------------------------------------------------

    [Fact]
    public void BusinessTimeBetween_FridayAfternoonToMondayMorning_IsTwoBusinessHours()
    {
        // Issue example: Mon–Fri 09:00–17:00, opened Fri 16:00, replied Mon 10:00: 1 h Friday + 1 h Monday = 2 h;
        // calendar time Fri 16:00 → Mon 10:00 = 8 + 48 + 10 = 66 h.
        var calendar = NineToFive(London);
        Instant opened = At(London, 2026, 11, 27, 16), replied = At(London, 2026, 11, 30, 10);

        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(opened, replied));
        Assert.Equal(Duration.FromHours(66), replied - opened);
        Assert.Equal(replied, calendar.AddBusinessTime(opened, Duration.FromHours(2)));
    }

    [Fact]
    public void BusinessTimeBetween_SameInstant_IsZero()
    {
        Instant t = At(London, 2026, 11, 27, 10);

        Assert.Equal(Duration.Zero, NineToFive(London).BusinessTimeBetween(t, t));
    }

    [Theory]
    // America/New_York: 2026-03-08 02:00 EST → 03:00 EDT (23-hour day); 2026-11-01 02:00 EDT → 01:00 EST (25-hour day).
    [InlineData("America/New_York", 2026, 3, 7, 23)]
    [InlineData("America/New_York", 2026, 10, 31, 25)]
    // Europe/London: 2026-03-29 01:00 GMT → 02:00 BST; 2026-10-25 02:00 BST → 01:00 GMT.
    [InlineData("Europe/London", 2026, 3, 28, 23)]
    [InlineData("Europe/London", 2026, 10, 24, 25)]
    public void BusinessTimeBetween_AlwaysOpenAcrossDstNight_CountsElapsedHours(string zoneId, int y, int m, int d, int hours)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        Instant from = At(zone, y, m, d, 12), to = NextNoon(zone, y, m, d);

        Assert.Equal(Duration.FromHours(hours), AlwaysOpen(zone).BusinessTimeBetween(from, to));
        Assert.Equal(to - from, AlwaysOpen(zone).BusinessTimeBetween(from, to));
    }

    [Theory]
    // Saturday 22:00 – Sunday 06:00 in New York: 7 real hours on the spring-forward night, 9 on the fall-back night, 8 otherwise.
    [InlineData(2026, 3, 7, 7)]
    [InlineData(2026, 10, 31, 9)]
    [InlineData(2026, 6, 6, 8)]
    public void BusinessTimeBetween_OvernightShiftOnDstNight_CountsElapsedHours(int y, int m, int d, int hours)
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = NewYork }
            .AddOvernightHours(IsoDayOfWeek.Saturday, new LocalTime(22, 0), new LocalTime(6, 0)));

        Duration business = calendar.BusinessTimeBetween(At(NewYork, y, m, d, 12), NextNoon(NewYork, y, m, d));

        Assert.Equal(Duration.FromHours(hours), business);
    }

    [Fact]
    public void Boundaries_InSpringForwardGap_OpenAtTheEndOfTheGap()
    {
        // Sunday 02:30–04:00 in New York on 2026-03-08: 02:30 does not exist; it maps to 03:00 EDT (07:00Z).
        // Open 07:00Z–08:00Z: one hour.
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = NewYork }
            .AddHours(IsoDayOfWeek.Sunday, new LocalTime(2, 30), new LocalTime(4, 0)));
        Instant day = Instant.FromUtc(2026, 3, 8, 0, 0);

        Assert.Equal(Duration.FromHours(1), calendar.BusinessTimeBetween(day, day + Duration.FromDays(1)));
        Assert.False(calendar.IsOpenAt(Instant.FromUtc(2026, 3, 8, 6, 59)));
        Assert.True(calendar.IsOpenAt(Instant.FromUtc(2026, 3, 8, 7, 0)));
    }

    [Fact]
    public void Boundaries_InFallBackOverlap_MapToTheEarlierInstant()
    {
        // Sunday 00:00–01:30 in New York on 2026-11-01: 01:30 occurs at 05:30Z (EDT) and 06:30Z (EST); the earlier is used.
        // Open 04:00Z–05:30Z: 1.5 hours, closed during the repeated hour.
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = NewYork }
            .AddHours(IsoDayOfWeek.Sunday, LocalTime.Midnight, new LocalTime(1, 30)));
        Instant day = Instant.FromUtc(2026, 11, 1, 0, 0);

        Assert.Equal(Duration.FromMinutes(90), calendar.BusinessTimeBetween(day, day + Duration.FromDays(1)));
        Assert.True(calendar.IsOpenAt(Instant.FromUtc(2026, 11, 1, 5, 29)));
        Assert.False(calendar.IsOpenAt(Instant.FromUtc(2026, 11, 1, 6, 15)));
    }

    [Fact]
    public void BusinessTimeBetween_MondayHoliday_SkipsTheWholeDay()
    {
        // UK late May bank holiday Mon 2026-05-25: Fri 22 May 16:00 → Tue 26 May 10:00 = 1 h (Fri) + 0 (Mon) + 1 h (Tue).
        var calendar = NineToFive(London, new LocalDate(2026, 5, 25));

        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(At(London, 2026, 5, 22, 16), At(London, 2026, 5, 26, 10)));
        Assert.False(calendar.IsOpenAt(At(London, 2026, 5, 25, 12)));
        Assert.Equal(At(London, 2026, 5, 26, 10), calendar.AddBusinessTime(At(London, 2026, 5, 22, 16), Duration.FromHours(2)));
    }

    [Fact]
    public void BusinessTimeBetween_SplitShift_SkipsTheLunchBreak()
    {
        // Mon 08:00–12:00 and 14:00–18:00; Mon 11:00 → Mon 15:00 = 1 h + 1 h.
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = London }
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0))
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(14, 0), new LocalTime(18, 0)));

        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(At(London, 2026, 6, 1, 11), At(London, 2026, 6, 1, 15)));
        Assert.False(calendar.IsOpenAt(At(London, 2026, 6, 1, 13)));
        Assert.True(calendar.IsOpenAt(At(London, 2026, 6, 1, 14)));
        Assert.False(calendar.IsOpenAt(At(London, 2026, 6, 1, 12)));
        Assert.Equal(Duration.FromHours(8), calendar.WeeklyOpenTime);
        // 1 h before lunch, then 1.5 h after: 15:30.
        Assert.Equal(At(London, 2026, 6, 1, 15, 30), calendar.AddBusinessTime(At(London, 2026, 6, 1, 11), Duration.FromMinutes(150)));
    }

    [Fact]
    public void OvernightShift_FridayNight_CountsAcrossMidnight()
    {
        // Fri 22:00–Sat 06:00 only. Fri 23:00 → Sat 05:00 = 6 h. From Fri 21:00, 8 h ends at Sat 06:00 (the closing
        // instant, the earliest), 9 h ends at the next Friday 23:00.
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = London }
            .AddOvernightHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0)));
        Instant fri21 = At(London, 2026, 6, 5, 21);

        Assert.Equal(Duration.FromHours(6), calendar.BusinessTimeBetween(At(London, 2026, 6, 5, 23), At(London, 2026, 6, 6, 5)));
        Assert.Equal(At(London, 2026, 6, 6, 6), calendar.AddBusinessTime(fri21, Duration.FromHours(8)));
        Assert.Equal(At(London, 2026, 6, 12, 23), calendar.AddBusinessTime(fri21, Duration.FromHours(9)));
        Assert.True(calendar.IsOpenAt(At(London, 2026, 6, 6, 0)));
        Assert.False(calendar.IsOpenAt(At(London, 2026, 6, 6, 6)));
    }

    [Fact]
    public void Holiday_OnTheMorningOfAnOvernightShift_KeepsTheShiftThatOpenedTheEveningBefore()
    {
        // Fri 22:00–Sat 06:00 with Saturday 2026-06-06 a holiday: the shift opened on Friday, so it still runs.
        // With Friday 2026-06-05 the holiday it is skipped.
        var options = new BusinessCalendarOptions { TimeZone = London }
            .AddOvernightHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0));
        Instant from = At(London, 2026, 6, 5, 12), to = At(London, 2026, 6, 6, 12);

        Assert.Equal(Duration.FromHours(8), BusinessCalendar.FromOptions(options.AddHoliday(new LocalDate(2026, 6, 6))).BusinessTimeBetween(from, to));
        Assert.Equal(Duration.Zero, BusinessCalendar.FromOptions(options.AddHoliday(new LocalDate(2026, 6, 5))).BusinessTimeBetween(from, to));
    }

    [Fact]
    public void BusinessTimeBetween_AcrossYearEndWithHolidays_CountsOnlyWorkingDays()
    {
        // Mon–Fri 09–17, holidays Fri 2026-12-25 and Fri 2027-01-01. Thu 24 Dec 16:00 → Mon 4 Jan 10:00:
        // 1 h (Thu 24) + 0 (Fri 25) + 4 × 8 h (Mon 28–Thu 31) + 0 (Fri 1) + 1 h (Mon 4) = 34 h.
        var calendar = NineToFive(London, new LocalDate(2026, 12, 25), new LocalDate(2027, 1, 1));

        Assert.Equal(Duration.FromHours(34), calendar.BusinessTimeBetween(At(London, 2026, 12, 24, 16), At(London, 2027, 1, 4, 10)));
        Assert.Equal(At(London, 2027, 1, 4, 10), calendar.AddBusinessTime(At(London, 2026, 12, 24, 16), Duration.FromHours(34)));
    }

    [Fact]
    public void BusinessTimeBetween_AlwaysOpenUtcOverYears_EqualsCalendarTime()
    {
        // Spans several of the calendar's internal 256-day blocks.
        Instant from = Instant.FromUtc(2019, 2, 3, 4, 5, 6) + Duration.FromNanoseconds(789);
        Instant to = Instant.FromUtc(2027, 8, 9, 10, 11, 12);
        var calendar = AlwaysOpen(DateTimeZone.Utc);

        Assert.Equal(to - from, calendar.BusinessTimeBetween(from, to));
        Assert.Equal(to, calendar.AddBusinessTime(from, to - from));
    }

    [Fact]
    public void BusinessTimeBetween_YearOfNineToFive_IsWorkingDaysTimesEight()
    {
        // 2026 has 261 weekdays (365 days = 52 weeks + 1 day, Thu 1 Jan is a weekday): 261 × 8 = 2088 h.
        var calendar = NineToFive(DateTimeZone.Utc);

        Assert.Equal(Duration.FromHours(2088), calendar.BusinessTimeBetween(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0)));
    }

    [Fact]
    public void AddBusinessTime_StartingWhenClosed_StartsAtTheNextOpening()
    {
        var calendar = NineToFive(London);

        Assert.Equal(At(London, 2026, 11, 30, 9, 30), calendar.AddBusinessTime(At(London, 2026, 11, 28, 12), Duration.FromMinutes(30)));
        Assert.Equal(At(London, 2026, 11, 28, 12), calendar.AddBusinessTime(At(London, 2026, 11, 28, 12), Duration.Zero));
    }

    [Fact]
    public void Properties_ReportTheSchedule()
    {
        var calendar = NineToFive(London, new LocalDate(2026, 12, 25), new LocalDate(2026, 1, 1));

        Assert.Same(London, calendar.TimeZone);
        Assert.Equal(5, calendar.Hours.Count);
        Assert.Equal([new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 25)], calendar.Holidays);
        Assert.Equal(Duration.FromHours(40), calendar.WeeklyOpenTime);
    }

    // ---- rejections ---------------------------------------------------------------------------------------------

    [Fact]
    public void FromOptions_EmptySchedule_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => BusinessCalendar.FromOptions(new BusinessCalendarOptions()));

        Assert.Contains("no open interval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.FromOptions(null!));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.FromOptions(new BusinessCalendarOptions { TimeZone = null! }.AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))));
    }

    [Fact]
    public void FromOptions_DefaultHours_Throws()
    {
        var options = new BusinessCalendarOptions();
        options.Hours.Add(default);

        Assert.Throws<ArgumentException>(() => BusinessCalendar.FromOptions(options));
    }

    [Fact]
    public void FromOptions_OverlappingIntervals_ThrowsNamingBoth()
    {
        var options = new BusinessCalendarOptions()
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(16, 0), new LocalTime(18, 0));

        var error = Assert.Throws<ArgumentException>(() => BusinessCalendar.FromOptions(options));

        Assert.Contains("Monday 09:00–17:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("Monday 16:00–18:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOptions_SundayOvernightOverlapsMonday_Throws()
    {
        var options = new BusinessCalendarOptions()
            .AddOvernightHours(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0))
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(5, 0), new LocalTime(9, 0));

        Assert.Throws<ArgumentException>(() => BusinessCalendar.FromOptions(options));
    }

    [Fact]
    public void FromOptions_TouchingIntervals_AreAccepted()
    {
        var calendar = BusinessCalendar.FromOptions(new BusinessCalendarOptions()
            .AddOvernightHours(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0))
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(6, 0), new LocalTime(9, 0)));

        // Sun 2026-06-07 22:00 → Mon 09:00 UTC: 11 h without a gap.
        Assert.Equal(Duration.FromHours(11), calendar.BusinessTimeBetween(Instant.FromUtc(2026, 6, 7, 20, 0), Instant.FromUtc(2026, 6, 8, 12, 0)));
    }

    [Theory]
    [InlineData(17, 9)]
    [InlineData(9, 9)]
    public void FromTimes_EndNotAfterStart_Throws(int start, int end)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BusinessHours.FromTimes(IsoDayOfWeek.Monday, new LocalTime(start, 0), new LocalTime(end, 0)));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("FromOvernightTimes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromOvernightTimes_LongerThanADay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessHours.FromOvernightTimes(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(23, 0)));

    [Fact]
    public void Factories_BadDay_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessHours.FromTimes(IsoDayOfWeek.None, new LocalTime(9, 0), new LocalTime(17, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessHours.FromOvernightTimes((IsoDayOfWeek)8, new LocalTime(22, 0), new LocalTime(6, 0)));
    }

    [Fact]
    public void BusinessHours_Shape()
    {
        var day = BusinessHours.FromTimes(IsoDayOfWeek.Monday, new LocalTime(9, 0), LocalTime.Midnight);
        var night = BusinessHours.FromOvernightTimes(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0));

        Assert.Equal(Duration.FromHours(15), day.NominalLength);
        Assert.Equal(Duration.FromHours(8), night.NominalLength);
        Assert.Equal("Monday 09:00–24:00", day.ToString());
        Assert.Equal("Friday 22:00–06:00 (+1 day)", night.ToString());
        Assert.Equal(night, BusinessHours.FromOvernightTimes(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0)));
        Assert.True(day != night);
        Assert.Equal(Duration.FromHours(24), BusinessHours.FromOvernightTimes(IsoDayOfWeek.Friday, new LocalTime(6, 0), new LocalTime(6, 0)).NominalLength);
    }

    [Fact]
    public void BusinessTimeBetween_EndBeforeStart_Throws()
    {
        Instant t = Instant.FromUtc(2026, 6, 1, 12, 0);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NineToFive(London).BusinessTimeBetween(t, t - Duration.FromTicks(1)));

        Assert.Equal("end", error.ParamName);
    }

    [Fact]
    public void AddBusinessTime_NegativeOrHuge_Throws()
    {
        Instant t = Instant.FromUtc(2026, 6, 1, 12, 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => NineToFive(London).AddBusinessTime(t, Duration.FromNanoseconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NineToFive(London).AddBusinessTime(t, BusinessCalendar.MaxAddedBusinessTime + Duration.Epsilon));
    }
}
