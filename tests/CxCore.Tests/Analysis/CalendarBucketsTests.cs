using CxCore.Analysis;
using NodaTime;

namespace CxCore.Tests.Analysis;

public sealed class CalendarBucketsTests
{
    private static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Theory]
    // Sydney is UTC+11 in March (AEDT): 12:30Z is 23:30 on 1 March, 13:30Z is 00:30 on 2 March.
    [InlineData(2026, 3, 1, 12, 30, "2026-03-01")]
    [InlineData(2026, 3, 1, 13, 30, "2026-03-02")]
    // DST ends Sunday 5 April 2026 at 03:00 AEDT → 02:00 AEST: the local day runs 4 Apr 13:00Z to 5 Apr 14:00Z (25 h).
    [InlineData(2026, 4, 4, 12, 59, "2026-04-04")]
    [InlineData(2026, 4, 4, 13, 0, "2026-04-05")]
    [InlineData(2026, 4, 5, 13, 59, "2026-04-05")]
    [InlineData(2026, 4, 5, 14, 0, "2026-04-06")]
    public void PeriodOf_Sydney_UsesTheLocalDay(int y, int m, int d, int h, int min, string expected)
    {
        DateInterval day = CalendarBuckets.PeriodOf(Instant.FromUtc(y, m, d, h, min), Sydney, CalendarPeriod.Day);

        Assert.Equal(expected, CalendarBuckets.Label(day, CalendarPeriod.Day));
        Assert.Equal(day.Start, day.End);
    }

    [Theory]
    // DST starts Sunday 8 March 2026 at 02:00 EST → 03:00 EDT: the local day runs 8 Mar 05:00Z to 9 Mar 04:00Z (23 h).
    [InlineData(2026, 3, 8, 4, 59, "2026-03-07")]
    [InlineData(2026, 3, 8, 5, 0, "2026-03-08")]
    [InlineData(2026, 3, 9, 3, 59, "2026-03-08")]
    [InlineData(2026, 3, 9, 4, 0, "2026-03-09")]
    public void PeriodOf_NewYorkSpringForward_DayIs23Hours(int y, int m, int d, int h, int min, string expected) =>
        Assert.Equal(expected, CalendarBuckets.Label(CalendarBuckets.PeriodOf(Instant.FromUtc(y, m, d, h, min), NewYork, CalendarPeriod.Day), CalendarPeriod.Day));

    [Fact]
    public void PeriodOf_SameInstantDifferentZones_DifferentQuarters()
    {
        // 30 June 2026 23:30Z is 1 July 09:30 in Sydney (Q3) and 30 June 16:30 in Los Angeles (Q2).
        Instant instant = Instant.FromUtc(2026, 6, 30, 23, 30);

        Assert.Equal("2026-Q3", CalendarBuckets.Label(CalendarBuckets.PeriodOf(instant, Sydney, CalendarPeriod.Quarter), CalendarPeriod.Quarter));
        Assert.Equal("2026-Q2", CalendarBuckets.Label(CalendarBuckets.PeriodOf(instant, LosAngeles, CalendarPeriod.Quarter), CalendarPeriod.Quarter));
        Assert.Equal("2026-Q2", CalendarBuckets.Label(CalendarBuckets.PeriodOf(instant, DateTimeZone.Utc, CalendarPeriod.Quarter), CalendarPeriod.Quarter));
    }

    [Theory]
    // 1 Jan 2026 is a Thursday: ISO week 1 of 2026 runs Mon 29 Dec 2025 – Sun 4 Jan 2026.
    [InlineData(2026, 1, 1, 2025, 12, 29, 2026, 1, 4, "2026-W01")]
    // 1 Jan 2027 is a Friday: it belongs to week 53 of 2026 (2026 starts on a Thursday, so it has 53 weeks).
    [InlineData(2027, 1, 1, 2026, 12, 28, 2027, 1, 3, "2026-W53")]
    // Sunday 28 Dec 2025 ends week 52 of 2025.
    [InlineData(2025, 12, 28, 2025, 12, 22, 2025, 12, 28, "2025-W52")]
    public void PeriodOf_IsoWeek_MondayToSundayWithIsoWeekYear(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed, string label)
    {
        DateInterval week = CalendarBuckets.PeriodOf(new LocalDate(y, m, d), CalendarPeriod.IsoWeek);

        Assert.Equal(new LocalDate(sy, sm, sd), week.Start);
        Assert.Equal(new LocalDate(ey, em, ed), week.End);
        Assert.Equal(IsoDayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.Equal(label, CalendarBuckets.Label(week, CalendarPeriod.IsoWeek));
    }

    [Fact]
    public void PeriodOf_MonthAndQuarter_CoverWholeCalendarUnits()
    {
        DateInterval february = CalendarBuckets.PeriodOf(new LocalDate(2024, 2, 10), CalendarPeriod.Month);
        DateInterval q2 = CalendarBuckets.PeriodOf(new LocalDate(2026, 5, 15), CalendarPeriod.Quarter);
        DateInterval q4 = CalendarBuckets.PeriodOf(new LocalDate(2026, 12, 31), CalendarPeriod.Quarter);

        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), february); // leap year
        Assert.Equal("2024-02", CalendarBuckets.Label(february, CalendarPeriod.Month));
        Assert.Equal(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30)), q2);
        Assert.Equal(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)), q4);
        Assert.Equal("2026-Q4", CalendarBuckets.Label(q4, CalendarPeriod.Quarter));
    }

    [Fact]
    public void PeriodOf_OtherCalendar_IsConvertedToIso()
    {
        LocalDate julian = new LocalDate(2026, 3, 1).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(new LocalDate(2026, 3, 1), CalendarBuckets.PeriodOf(julian, CalendarPeriod.Day).Start);
    }

    [Fact]
    public void Between_IsHalfOpenAndZoneAware()
    {
        Instant from = Instant.FromUtc(2026, 1, 15, 0, 0);
        Instant to = Instant.FromUtc(2026, 4, 1, 0, 0);

        // In UTC the range ends exactly at 1 April 00:00, which is excluded: January to March.
        Assert.Equal(["2026-01", "2026-02", "2026-03"], CalendarBuckets.Between(from, to, DateTimeZone.Utc, CalendarPeriod.Month).Select(p => CalendarBuckets.Label(p, CalendarPeriod.Month)));
        // In Sydney the end is 1 April 11:00 local, so April is included.
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], CalendarBuckets.Between(from, to, Sydney, CalendarPeriod.Month).Select(p => CalendarBuckets.Label(p, CalendarPeriod.Month)));
    }

    [Fact]
    public void Between_Days_AreConsecutiveWithoutGaps()
    {
        // 1 March to 1 May 2026 in New York: 61 local days, across the spring-forward change.
        IReadOnlyList<DateInterval> days = CalendarBuckets.Between(Instant.FromUtc(2026, 3, 1, 5, 0), Instant.FromUtc(2026, 5, 1, 4, 0), NewYork, CalendarPeriod.Day);

        Assert.Equal(61, days.Count);
        Assert.Equal(new LocalDate(2026, 3, 1), days[0].Start);
        Assert.Equal(new LocalDate(2026, 4, 30), days[^1].End);
        for (int i = 1; i < days.Count; i++)
        {
            Assert.Equal(days[i - 1].End.PlusDays(1), days[i].Start);
        }
    }

    [Fact]
    public void BadInput_Throws()
    {
        Instant at = Instant.FromUtc(2026, 1, 1, 0, 0);

        Assert.Throws<ArgumentException>(() => CalendarBuckets.Between(at, at, Sydney, CalendarPeriod.Day));
        Assert.Throws<ArgumentException>(() => CalendarBuckets.Between(at, at - Duration.FromDays(1), Sydney, CalendarPeriod.Day));
        Assert.Throws<ArgumentNullException>(() => CalendarBuckets.Between(at, at + Duration.FromDays(1), null!, CalendarPeriod.Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarBuckets.Between(at, at + Duration.FromDays(1), Sydney, (CalendarPeriod)9));
        Assert.Throws<ArgumentNullException>(() => CalendarBuckets.PeriodOf(at, null!, CalendarPeriod.Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarBuckets.PeriodOf(new LocalDate(2026, 1, 1), (CalendarPeriod)(-1)));
        Assert.Throws<ArgumentNullException>(() => CalendarBuckets.Label(null!, CalendarPeriod.Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarBuckets.Label(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1)), (CalendarPeriod)4));
    }
}
