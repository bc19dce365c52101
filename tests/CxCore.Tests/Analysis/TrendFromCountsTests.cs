using CxCore.Analysis;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Tests.Analysis;

public sealed class TrendFromCountsTests
{
    private static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];

    // The data of TrendTests.Build_DailyInSydney_BucketsByLocalDayAndKeepsEmptyDays as counts by local day:
    // 1 March a 10 and a 9, 2 March a 0, 4 March an 8; the range is 1 March 00:00 to 5 March 00:00 in Sydney (UTC+11).
    private static readonly Instant From = Instant.FromUtc(2026, 2, 28, 13, 0);
    private static readonly Instant To = Instant.FromUtc(2026, 3, 4, 13, 0);

    private static KeyValuePair<LocalDate, RatingCounts> Day(int day, params int[] ratings) =>
        new(new LocalDate(2026, 3, day), RatingCounts.FromRatings(RatingScale.Nps, ratings));

    [Fact]
    public void FromCounts_DailyInSydney_MatchesTheHandCountedTrend()
    {
        TrendResult trend = Trend.FromCounts([Day(1, 10, 9), Day(2, 0), Day(4, 8)], RatingScale.Nps, RatingMetric.Nps, CalendarPeriod.Day, Sydney, From, To);

        Assert.Equal(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"], trend.Points.Select(p => p.Label));
        Assert.Equal([2L, 1L, 0L, 1L], trend.Points.Select(p => p.Count));
        Assert.Equal(100, trend.Points[0].Value, 12);
        Assert.Equal(-100, trend.Points[1].Value, 12);
        Assert.True(double.IsNaN(trend.Points[2].Value));
    }

    [Fact]
    public void FromCounts_EqualsBuildOnTheSameFeedback()
    {
        CustomerId customer = CustomerId.From("c1");
        Feedback[] feedback =
        [
            new("a", customer, Instant.FromUtc(2026, 3, 1, 12, 30), FeedbackInstrument.Nps, 10),
            new("b", customer, Instant.FromUtc(2026, 3, 1, 12, 45), FeedbackInstrument.Nps, 9),
            new("c", customer, Instant.FromUtc(2026, 3, 1, 13, 30), FeedbackInstrument.Nps, 0),
            new("d", customer, Instant.FromUtc(2026, 3, 3, 14, 0), FeedbackInstrument.Nps, 8),
        ];

        TrendResult built = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Day, Sydney, From, To);
        TrendResult counted = Trend.FromCounts([Day(1, 10, 9), Day(2, 0), Day(4, 8)], RatingScale.Nps, RatingMetric.Nps, CalendarPeriod.Day, Sydney, From, To);

        Assert.Equal(built.ToTable().ToCsv(), counted.ToTable().ToCsv());
    }

    [Fact]
    public void FromCounts_SeveralKeysInOneWeek_AreMerged()
    {
        // 2, 3 and 4 March 2026 lie in the ISO week starting Monday 2 March; 1 March (a Sunday) in the week before.
        TrendResult trend = Trend.FromCounts([Day(1, 10), Day(2, 0), Day(3, 10), Day(4, 10)], RatingScale.Nps, RatingMetric.Nps, CalendarPeriod.IsoWeek, Sydney, From, To);

        Assert.Equal([1L, 3L], trend.Points.Select(p => p.Count));
        Assert.Equal(100.0 / 3, trend.Points[1].Value, 10); // 2 promoters, 1 detractor of 3
    }

    [Fact]
    public void FromCounts_KeyOutsideTheRange_ThrowsNamingTheDate()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            Trend.FromCounts([Day(9, 10)], RatingScale.Nps, RatingMetric.Nps, CalendarPeriod.Day, Sydney, From, To));

        Assert.Contains("2026-03-09", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCounts_NpsOnFivePointCounts_Throws() =>
        Assert.Throws<ArgumentException>(() => Trend.FromCounts(
            [new KeyValuePair<LocalDate, RatingCounts>(new LocalDate(2026, 3, 1), RatingCounts.FromRatings(RatingScale.FivePoint, [5]))],
            RatingScale.FivePoint, RatingMetric.Nps, CalendarPeriod.Day, Sydney, From, To));

    [Fact]
    public void FromCounts_NoCounts_GivesEmptyPeriods()
    {
        TrendResult trend = Trend.FromCounts([], RatingScale.Nps, RatingMetric.Nps, CalendarPeriod.Day, Sydney, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 2)));

        Assert.Equal([0L, 0L], trend.Points.Select(p => p.Count));
    }
}
