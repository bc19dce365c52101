using CxCore.Simulation;
using NodaTime;

namespace CxCore.Tests.Simulation;

public sealed partial class BusinessHoursTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];

    private static Instant Local(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant();

    [Fact]
    public void Add_FridayAfternoon_CarriesOverTheWeekend()
    {
        // METRICS.md: opened Fri 16:00, replied Mon 10:00 → 2 business hours. 2025-06-06 is a Friday.
        Instant result = BusinessHours.Add(Local(London, 2025, 6, 6, 16), Duration.FromHours(2), London);

        Assert.Equal(Local(London, 2025, 6, 9, 10), result);
    }

    [Theory]
    [InlineData(7, 6, 10)]    // Saturday 10:00 → Monday 09:00 + 1 h
    [InlineData(9, 7, 10)]    // Monday 07:00 → 09:00 + 1 h
    [InlineData(9, 18, 10, 1)] // Monday 18:00 → Tuesday 09:00 + 1 h
    public void Add_OutsideHours_StartsAtNextOpening(int day, int hour, int expectedHour, int extraDays = 0)
    {
        Instant result = BusinessHours.Add(Local(London, 2025, 6, day, hour), Duration.FromHours(1), London);

        int expectedDay = day == 7 ? 9 : day + extraDays;
        Assert.Equal(Local(London, 2025, 6, expectedDay, expectedHour), result);
    }

    [Fact]
    public void Add_ExactlyToClosing_StaysSameDay() =>
        Assert.Equal(Local(London, 2025, 6, 9, 17), BusinessHours.Add(Local(London, 2025, 6, 9, 9), Duration.FromHours(8), London));

    [Fact]
    public void Add_Zero_InsideHours_IsTheStart() =>
        Assert.Equal(Local(London, 2025, 6, 9, 11), BusinessHours.Add(Local(London, 2025, 6, 9, 11), Duration.Zero, London));

    [Fact]
    public void Add_AcrossTheSpringDstChange_CountsLocalHours()
    {
        // London moved to BST on Sunday 2025-03-30. Fri 2025-03-28 15:00 GMT + 4 business hours = Mon 11:00 BST = 10:00Z.
        Instant result = BusinessHours.Add(Local(London, 2025, 3, 28, 15), Duration.FromHours(4), London);

        Assert.Equal(Instant.FromUtc(2025, 3, 31, 10, 0), result);
    }

    [Fact]
    public void Add_SydneyZone_UsesSydneyHours()
    {
        // 2025-06-09 is a Monday; Sydney is UTC+10 in June. 23:00Z Sunday = 09:00 Monday local.
        Instant result = BusinessHours.Add(Instant.FromUtc(2025, 6, 8, 22, 0), Duration.FromMinutes(30), Sydney);

        Assert.Equal(Instant.FromUtc(2025, 6, 8, 23, 30), result);
    }

    [Fact]
    public void Add_FortyBusinessHours_IsOneWeek() =>
        Assert.Equal(Local(London, 2025, 6, 16, 9, 30), BusinessHours.Add(Local(London, 2025, 6, 9, 9, 30), Duration.FromHours(40), London));

    [Theory]
    [InlineData(2025, 6, 9, 9, true)]
    [InlineData(2025, 6, 9, 17, true)]
    [InlineData(2025, 6, 9, 8, false)]
    [InlineData(2025, 6, 7, 12, false)]
    public void Contains_ChecksWeekdayAndTime(int year, int month, int day, int hour, bool expected) =>
        Assert.Equal(expected, BusinessHours.Contains(new LocalDateTime(year, month, day, hour, 0)));
}
