using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed partial class BusinessCalendarTests
{
    [Fact]
    public void AlwaysOpen_Utc_BusinessTimeIsElapsedTime()
    {
        // By hand: 1 Jan 2026 00:00 → 1 Mar 2026 12:30 UTC = (31 + 28) days + 12.5 h = 1428.5 h.
        BusinessCalendar calendar = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Instant start = Instant.FromUtc(2026, 1, 1, 0, 0), end = Instant.FromUtc(2026, 3, 1, 12, 30);

        Assert.Equal(Duration.FromMinutes(1428 * 60 + 30), calendar.BusinessTimeBetween(start, end));
        Assert.Equal(Duration.FromHours(168), calendar.WeeklyOpenTime);
        Assert.True(calendar.IsOpenAt(Instant.FromUtc(2026, 2, 7, 3, 0))); // a Saturday night
        Assert.Equal(end, calendar.AddBusinessTime(start, Duration.FromMinutes(1428 * 60 + 30)));
        Assert.Empty(calendar.Holidays);
    }

    [Fact]
    public void AlwaysOpen_AcrossSpringForward_CountsTheHoursThatElapse()
    {
        // London springs forward on Sunday 29 March 2026 (01:00 → 02:00): Sat 00:00 → Mon 00:00 local is 47 hours.
        BusinessCalendar calendar = BusinessCalendar.AlwaysOpen(London);

        Assert.Equal(Duration.FromHours(47), calendar.BusinessTimeBetween(At(London, 2026, 3, 28, 0), At(London, 2026, 3, 30, 0)));
    }

    [Fact]
    public void AlwaysOpen_IsTheSevenMidnightToMidnightIntervals()
    {
        BusinessCalendar preset = BusinessCalendar.AlwaysOpen(NewYork), byHand = AlwaysOpen(NewYork);

        Assert.Equal(byHand.Hours, preset.Hours);
        Assert.Equal(byHand.TimeZone, preset.TimeZone);
        Assert.Equal(byHand.BusinessTimeBetween(At(NewYork, 2026, 3, 1, 0), At(NewYork, 2026, 4, 1, 0)),
            preset.BusinessTimeBetween(At(NewYork, 2026, 3, 1, 0), At(NewYork, 2026, 4, 1, 0)));
    }

    [Fact]
    public void Weekdays_FridayAfternoonToMondayMorning_IsTwoBusinessHours()
    {
        // Mon–Fri 09:00–17:00: Fri 16:00 → Mon 10:00 = 1 h + 1 h; the week has 5 × 8 = 40 open hours.
        BusinessCalendar calendar = BusinessCalendar.Weekdays(London, new LocalTime(9, 0), new LocalTime(17, 0));

        Assert.Equal(Duration.FromHours(2), calendar.BusinessTimeBetween(At(London, 2026, 11, 27, 16), At(London, 2026, 11, 30, 10)));
        Assert.Equal(Duration.FromHours(40), calendar.WeeklyOpenTime);
        Assert.Equal(NineToFive(London).Hours, calendar.Hours);
        Assert.False(calendar.IsOpenAt(At(London, 2026, 11, 28, 12))); // Saturday
    }

    [Fact]
    public void Weekdays_ClosingNotAfterOpening_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Weekdays(London, new LocalTime(17, 0), new LocalTime(9, 0)));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Weekdays(null!, new LocalTime(9, 0), new LocalTime(17, 0)));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.AlwaysOpen(null!));
    }

    [Fact]
    public void WithHolidays_AddsHolidaysToANewCalendar_AndLeavesThisOneAsItWas()
    {
        // Late May bank holiday Mon 25 May 2026: Fri 22 May 16:00 → Tue 26 May 10:00 is 1 h + 8 h + 1 h = 10 h on the
        // plain calendar and 1 h + 0 + 1 h = 2 h with the holiday.
        BusinessCalendar plain = BusinessCalendar.Weekdays(London, new LocalTime(9, 0), new LocalTime(17, 0));
        Instant from = At(London, 2026, 5, 22, 16), to = At(London, 2026, 5, 26, 10);

        BusinessCalendar withHoliday = plain.WithHolidays(new LocalDate(2026, 5, 25));

        Assert.Equal(Duration.FromHours(2), withHoliday.BusinessTimeBetween(from, to));
        Assert.Equal(Duration.FromHours(10), plain.BusinessTimeBetween(from, to));
        Assert.Empty(plain.Holidays);
        Assert.Equal([new LocalDate(2026, 5, 25)], withHoliday.Holidays);
        Assert.Equal(plain.Hours, withHoliday.Hours);
        Assert.Equal(plain.TimeZone, withHoliday.TimeZone);
    }

    [Fact]
    public void WithHolidays_KeepsExistingHolidays_AndEachDateOnce()
    {
        // Christmas week 2026 on an always-open calendar: Thu 24 Dec 00:00 → Mon 28 Dec 00:00 UTC is 96 h; minus
        // 25 and 26 December = 48 h. Adding 25 December twice changes nothing.
        BusinessCalendar calendar = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc)
            .WithHolidays(new LocalDate(2026, 12, 25))
            .WithHolidays([new LocalDate(2026, 12, 26), new LocalDate(2026, 12, 25)]);

        Assert.Equal([new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26)], calendar.Holidays);
        Assert.Equal(Duration.FromHours(48), calendar.BusinessTimeBetween(Instant.FromUtc(2026, 12, 24, 0, 0), Instant.FromUtc(2026, 12, 28, 0, 0)));
        Assert.Throws<ArgumentNullException>(() => calendar.WithHolidays((IEnumerable<LocalDate>)null!));
    }
}
