using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

/// <summary>The supported range (0001-01-01 to 9999-01-01) and the bounded block cache.</summary>
public sealed partial class BusinessCalendarTests
{
    private static readonly Instant SupportedEnd = Instant.FromUtc(9999, 1, 1, 0, 0);
    private static readonly Instant SupportedStart = Instant.FromUtc(1, 1, 1, 0, 0);

    [Fact]
    public void SupportedRange_IsYear1ToYear9999()
    {
        Assert.Equal(new Interval(SupportedStart, SupportedEnd), BusinessCalendar.SupportedRange);
    }

    [Fact]
    public void IsOpenAt_OutsideTheRange_ThrowsArgumentOutOfRangeNotOverflow()
    {
        // Before: Instant.MaxValue threw OverflowException (and MinValue an ArgumentOutOfRangeException about ticks)
        // from inside the block builder.
        BusinessCalendar calendar = NineToFive(London);

        var ex = Assert.Throws<ArgumentOutOfRangeException>("instant", () => calendar.IsOpenAt(Instant.MaxValue));
        Assert.Contains("outside the range business calendars support", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("instant", () => calendar.IsOpenAt(Instant.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>("instant", () => calendar.IsOpenAt(SupportedEnd));
        Assert.Throws<ArgumentOutOfRangeException>("start", () => calendar.BusinessTimeBetween(SupportedStart - Duration.Epsilon, SupportedStart));
        Assert.Throws<ArgumentOutOfRangeException>("end", () => calendar.BusinessTimeBetween(SupportedStart, SupportedEnd + Duration.Epsilon));
        Assert.Throws<ArgumentOutOfRangeException>("start", () => calendar.AddBusinessTime(Instant.MaxValue, Duration.FromHours(1)));
    }

    [Fact]
    public void Methods_AtTheEdgesOfTheRange_GiveCorrectResults()
    {
        BusinessCalendar calendar = NineToFive(DateTimeZone.Utc);

        // Days of the week checked with Python's proleptic Gregorian calendar (datetime.date(1, 1, 1).strftime('%A') is
        // Monday, datetime.date(9998, 12, 31) Thursday). 0001-01-01 is open 09:00–17:00.
        Assert.Equal(IsoDayOfWeek.Monday, new LocalDate(1, 1, 1).DayOfWeek);
        Assert.True(calendar.IsOpenAt(SupportedStart + Duration.FromHours(9)));
        Assert.False(calendar.IsOpenAt(SupportedStart));

        // 9998-12-31 is a Thursday, so the last business hours are 09:00–17:00 that day: 8 h in the last day of the range.
        Assert.Equal(IsoDayOfWeek.Thursday, new LocalDate(9998, 12, 31).DayOfWeek);
        Assert.Equal(Duration.FromHours(8), calendar.BusinessTimeBetween(SupportedEnd - Duration.FromDays(1), SupportedEnd));
        Assert.Equal(Instant.FromUtc(9998, 12, 31, 17, 0), calendar.AddBusinessTime(Instant.FromUtc(9998, 12, 31, 9, 0), Duration.FromHours(8)));
    }

    [Fact]
    public void AddBusinessTime_DeadlinePastTheRange_ThrowsNamingTheDuration()
    {
        BusinessCalendar calendar = NineToFive(DateTimeZone.Utc);

        // Before: OverflowException from building a block past Instant.MaxValue.
        var ex = Assert.Throws<ArgumentOutOfRangeException>("businessTime", () => calendar.AddBusinessTime(Instant.FromUtc(9990, 1, 1, 0, 0), Duration.FromDays(36_000)));
        Assert.Contains("gives a deadline at or after", ex.Message, StringComparison.Ordinal);

        // Two business hours from Thursday 9998-12-31 16:00 end on Friday 9999-01-01 at 10:00, past the range.
        Assert.Throws<ArgumentOutOfRangeException>("businessTime", () => calendar.AddBusinessTime(Instant.FromUtc(9998, 12, 31, 16, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void ServiceMetricsCompute_CaseOrCutOffOutsideTheRange_ThrowsAtTheEntryPoint()
    {
        // Before: a case dated late in 9999 threw OverflowException from deep inside Compute.
        BusinessCalendar calendar = NineToFive(DateTimeZone.Utc);
        var late = new ServiceCase("x", CustomerId.From("c"), Channel.Email, CasePriority.Low,
            [CaseEvent.Opened(Instant.FromUtc(9999, 12, 20, 10, 0)), CaseEvent.AgentReply(Instant.FromUtc(9999, 12, 21, 10, 0))]);
        var early = new ServiceCase("y", CustomerId.From("c"), Channel.Email, CasePriority.Low, [CaseEvent.Opened(Instant.FromUtc(0, 6, 1, 10, 0))]);

        Assert.Throws<ArgumentOutOfRangeException>("asOf", () => ServiceMetrics.Compute([late], calendar, SlaPolicy.None, Instant.FromUtc(9999, 12, 30, 0, 0)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>("cases", () => ServiceMetrics.Compute([early], calendar, SlaPolicy.None, Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.Contains("'y' (position 0)", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("serviceCase", () => CaseMetrics.FromCase(early, calendar, Instant.FromUtc(2026, 1, 1, 0, 0)));
    }

    [Fact]
    public void BusinessTimeBetween_SpanLongerThanTheCache_KeepsTheCacheBoundedAndAddsUp()
    {
        // 800 years touch about 1,140 blocks of 256 days, more than the cache keeps. Before, every block stayed cached for
        // the calendar's life (a 20,000-year span kept about 260 MB).
        BusinessCalendar calendar = NineToFive(DateTimeZone.Utc);
        Instant from = Instant.FromUtc(1500, 1, 1, 0, 0), middle = Instant.FromUtc(1900, 1, 1, 0, 0), to = Instant.FromUtc(2300, 1, 1, 0, 0);

        Duration whole = calendar.BusinessTimeBetween(from, to);

        Assert.InRange(calendar.CachedBlockCount, 1, BusinessCalendar.MaxCachedBlocks);

        // Rebuilt blocks give the same answer: the two halves (read after eviction) add up to the whole.
        Assert.Equal(whole, calendar.BusinessTimeBetween(from, middle) + calendar.BusinessTimeBetween(middle, to));
        Assert.InRange(calendar.CachedBlockCount, 1, BusinessCalendar.MaxCachedBlocks);
    }
}
