using CxCore.Analysis;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Tests.Analysis;

public sealed class TrendTests
{
    private static readonly DateTimeZone Sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly CustomerId Customer = CustomerId.From("c1");
    private static int _next;

    [Fact]
    public void Build_DailyInSydney_BucketsByLocalDayAndKeepsEmptyDays()
    {
        // Sydney is UTC+11 in March. 1 March 23:30 local = 12:30Z; 2 March 00:30 local = 13:30Z; nothing on 3 March.
        Feedback[] feedback =
        [
            Nps(Instant.FromUtc(2026, 3, 1, 12, 30), 10),
            Nps(Instant.FromUtc(2026, 3, 1, 12, 45), 9),
            Nps(Instant.FromUtc(2026, 3, 1, 13, 30), 0),
            Nps(Instant.FromUtc(2026, 3, 3, 14, 0), 8), // 4 March 01:00 local
        ];
        Instant from = Instant.FromUtc(2026, 2, 28, 13, 0); // 1 March 00:00 local
        Instant to = Instant.FromUtc(2026, 3, 4, 13, 0);    // 5 March 00:00 local

        TrendResult trend = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Day, Sydney, from, to);

        Assert.Equal(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"], trend.Points.Select(p => p.Label));
        Assert.Equal([2L, 1L, 0L, 1L], trend.Points.Select(p => p.Count));
        Assert.Equal(100, trend.Points[0].Value, 12);
        Assert.Equal(-100, trend.Points[1].Value, 12);
        TrendPoint empty = trend.Points[2];
        Assert.True(double.IsNaN(empty.Value));
        Assert.False(empty.Interval.IsDefined);
        Assert.Equal(new LocalDate(2026, 3, 3), empty.Start);
        Assert.Equal(new LocalDate(2026, 3, 3), empty.End);
        Assert.True(double.IsNaN(trend.Points[0].Change.PValue)); // no previous period
        Assert.True(double.IsNaN(trend.Points[3].Change.PValue)); // previous period empty
        Assert.Equal(RatingMetric.Nps, trend.Metric);
        Assert.Equal(Sydney, trend.Zone);
        Assert.Equal(CalendarPeriod.Day, trend.Period);
    }

    [Fact]
    public void Build_PeriodOverPeriodChange_MatchesR()
    {
        // January: detractors, passives, promoters (10, 20, 30); February: (20, 20, 20). Change = February − January.
        // R (see SegmentComparisonTests for ztest, the adjusted-Wald comparison):
        //   ztest(c(20, 20, 20), c(10, 20, 30)) → −33.3333333333333, SE 14.0813322592403, p 0.0209178657274089
        var feedback = new List<Feedback>();
        AddMany(feedback, Instant.FromUtc(2026, 1, 10, 12, 0), 10, 20, 30);
        AddMany(feedback, Instant.FromUtc(2026, 2, 10, 12, 0), 20, 20, 20);

        TrendResult trend = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, NewYork,
            Instant.FromUtc(2026, 1, 1, 5, 0), Instant.FromUtc(2026, 3, 1, 5, 0));

        Assert.Equal(2, trend.Points.Count);
        ScoreComparison change = trend.Points[1].Change;
        Assert.Equal(-33.3333333333333, change.Difference, 10);
        Assert.Equal(14.0813322592403, change.StandardError, 10);
        Assert.Equal(0.0209178657274089, change.PValue, 13);
        Assert.Equal(NetPromoterScore.FromCounts(10, 20, 30).Interval(NpsIntervalMethod.AdjustedWald, 0.95), trend.Points[0].Interval);
    }

    [Fact]
    public void Build_ZoneMonthsGivenAsLocalDates_HasExactlyThoseMonths()
    {
        // The year 2025 in Paris (UTC+1 in winter). By hand: 31 Dec 2025 23:30 Paris = 22:30Z belongs to December;
        // 1 Jan 2026 00:30 Paris = 31 Dec 2025 23:30Z is outside the local year; 1 Jan 2025 00:30 Paris = 31 Dec 2024
        // 23:30Z is inside it.
        DateTimeZone paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        Feedback[] feedback =
        [
            Nps(Instant.FromUtc(2024, 12, 31, 23, 30), 10),
            Nps(Instant.FromUtc(2025, 6, 15, 12, 0), 0),
            Nps(Instant.FromUtc(2025, 12, 31, 22, 30), 9),
            Nps(Instant.FromUtc(2025, 12, 31, 23, 30), 0),
        ];

        TrendResult byDates = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, paris,
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));

        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2025-{m:00}"), byDates.Points.Select(p => p.Label));
        Assert.Equal([1L, 1L, 1L], new[] { byDates.Points[0].Count, byDates.Points[5].Count, byDates.Points[11].Count });
        Assert.Equal(3, byDates.Points.Sum(p => p.Count));

        // The same year given as UTC midnights covers 1 Jan 01:00 to 1 Jan 2026 01:00 in Paris: a thirteenth, partial
        // month appears (documented), and the response at 00:30 Paris on 1 January 2025 falls outside the range.
        TrendResult byInstants = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, paris,
            Instant.FromUtc(2025, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0));

        Assert.Equal(13, byInstants.Points.Count);
        Assert.Equal("2026-01", byInstants.Points[^1].Label);
        Assert.Equal(0, byInstants.Points[0].Count);
    }

    [Fact]
    public void Build_DatesOverload_BadInput_Throws()
    {
        var dates = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31));

        Assert.Throws<ArgumentNullException>(() => Trend.Build([], FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, (DateInterval)null!));
        Assert.Throws<ArgumentNullException>(() => Trend.Build([], FeedbackInstrument.Nps, CalendarPeriod.Day, null!, dates));
        var julian = new DateInterval(new LocalDate(2025, 1, 1, CalendarSystem.Julian), new LocalDate(2025, 1, 31, CalendarSystem.Julian));
        Assert.Equal("dates", Assert.Throws<ArgumentException>(() => Trend.Build([], FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, julian)).ParamName);
    }

    [Fact]
    public void Build_EarlyMonthWithOneResponseAgainstFour_IsNotCertain()
    {
        // January: one promoter; February: four detractors. Wald's standard errors are both 0 and its p-value 0; the
        // adjusted comparison (R: ztest(c(4, 0, 0), c(0, 0, 1)), see SegmentComparisonTests) gives p = 0.0321608799129938.
        var feedback = new List<Feedback>();
        AddMany(feedback, Instant.FromUtc(2026, 1, 10, 12, 0), 0, 0, 1);
        AddMany(feedback, Instant.FromUtc(2026, 2, 10, 12, 0), 4, 0, 0);

        TrendResult trend = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, DateTimeZone.Utc,
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28)));

        Assert.Equal(-200, trend.Points[1].Change.Difference, 12);
        Assert.Equal(0.0321608799129938, trend.Points[1].Change.PValue, 12);
    }

    [Fact]
    public void Build_MonthsAcrossDst_CountEveryResponseOnce()
    {
        // New York, March 2026 (spring forward on the 8th) and November 2026 (fall back on the 1st): responses at
        // local midnight boundaries land in the right month.
        Feedback[] feedback =
        [
            Nps(Instant.FromUtc(2026, 3, 1, 4, 59), 10),  // 28 Feb 23:59 EST → February
            Nps(Instant.FromUtc(2026, 3, 1, 5, 0), 10),   // 1 Mar 00:00 EST → March
            Nps(Instant.FromUtc(2026, 4, 1, 3, 59), 0),   // 31 Mar 23:59 EDT → March
            Nps(Instant.FromUtc(2026, 4, 1, 4, 0), 0),    // 1 Apr 00:00 EDT → April
        ];

        TrendResult trend = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, NewYork,
            Instant.FromUtc(2026, 2, 1, 5, 0), Instant.FromUtc(2026, 5, 1, 4, 0));

        Assert.Equal(["2026-02", "2026-03", "2026-04"], trend.Points.Select(p => p.Label));
        Assert.Equal([1L, 2L, 1L], trend.Points.Select(p => p.Count));
        Assert.Equal(0, trend.Points[1].Value, 12);
    }

    [Fact]
    public void Build_IgnoresOtherInstrumentsAndOutOfRange()
    {
        Instant from = Instant.FromUtc(2026, 1, 1, 0, 0), to = Instant.FromUtc(2026, 1, 2, 0, 0);
        Feedback[] feedback =
        [
            Nps(from, 10),
            Nps(to, 0),                        // the end is exclusive
            Nps(from - Duration.Epsilon, 0),   // before the start
            new("csat", Customer, from, FeedbackInstrument.Csat, 1),
        ];

        TrendResult trend = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to);

        Assert.Single(trend.Points);
        Assert.Equal(1, trend.Points[0].Count);
    }

    [Fact]
    public void Rolling_MergesCountsAndComparesNonOverlappingWindows()
    {
        // Weekly periods (UTC), promoters/detractors per week: w1 (0 det, 2 pro), w2 (2, 0), w3 (1, 1), w4 (0, 3).
        var feedback = new List<Feedback>();
        Instant monday = Instant.FromUtc(2026, 1, 5, 12, 0); // Monday of 2026-W02
        int[][] weeks = [[0, 0, 2], [2, 0, 0], [1, 0, 1], [0, 0, 3]];
        for (int w = 0; w < weeks.Length; w++)
        {
            AddMany(feedback, monday + Duration.FromDays(7 * w), weeks[w][0], weeks[w][1], weeks[w][2]);
        }

        TrendResult weekly = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.IsoWeek, DateTimeZone.Utc,
            Instant.FromUtc(2026, 1, 5, 0, 0), Instant.FromUtc(2026, 2, 2, 0, 0));
        TrendResult rolling = weekly.Rolling(2);

        Assert.Equal(["2026-W02", "2026-W03", "2026-W04", "2026-W05"], weekly.Points.Select(p => p.Label));
        Assert.Equal(2, rolling.WindowPeriods);
        Assert.Equal(3, rolling.Points.Count);
        // Windows by hand: W02–W03 (2 det, 2 pro) → 0; W03–W04 (3, 1) → −50; W04–W05 (1, 4) → 60.
        Assert.Equal([0.0, -50.0, 60.0], rolling.Points.Select(p => Math.Round(p.Value, 10)));
        Assert.Equal([4L, 4L, 5L], rolling.Points.Select(p => p.Count));
        Assert.Equal(new LocalDate(2026, 1, 5), rolling.Points[0].Start);
        Assert.Equal(new LocalDate(2026, 1, 18), rolling.Points[0].End);
        Assert.Equal("2026-W03", rolling.Points[0].Label);
        // Only the last window has a non-overlapping predecessor (two periods earlier).
        Assert.True(double.IsNaN(rolling.Points[1].Change.PValue));
        ScoreComparison expected = NetPromoterScore.Compare(NetPromoterScore.FromCounts(1, 0, 4), NetPromoterScore.FromCounts(2, 0, 2));
        Assert.Equal(expected, rolling.Points[2].Change);
        Assert.Equal(weekly.Points.Select(p => p.Value), weekly.Rolling(1).Points.Select(p => p.Value));
        Assert.Single(weekly.Rolling(4).Points);
        Assert.Throws<ArgumentOutOfRangeException>(() => weekly.Rolling(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => weekly.Rolling(5));
    }

    [Fact]
    public void Build_CsatAndCes_UseTheRatingMetric()
    {
        Instant at = Instant.FromUtc(2026, 1, 1, 12, 0);
        Feedback[] feedback =
        [
            new("a", Customer, at, FeedbackInstrument.Csat, 5),
            new("b", Customer, at, FeedbackInstrument.Csat, 4),
            new("c", Customer, at, FeedbackInstrument.Csat, 2),
            new("d", Customer, at, FeedbackInstrument.Csat, 1),
            new("e", Customer, at, FeedbackInstrument.Ces, 7),
            new("f", Customer, at, FeedbackInstrument.Ces, 4),
        ];
        Instant from = Instant.FromUtc(2026, 1, 1, 0, 0), to = Instant.FromUtc(2026, 1, 2, 0, 0);

        TrendResult csat = Trend.Build(feedback, FeedbackInstrument.Csat, CalendarPeriod.Day, DateTimeZone.Utc, from, to);
        TrendResult ces = Trend.Build(feedback, FeedbackInstrument.Ces, CalendarPeriod.Day, DateTimeZone.Utc, from, to);

        Assert.Equal(RatingMetric.Csat, csat.Metric);
        Assert.Equal(50, csat.Points[0].Value, 12); // 2 of 4 in the top two boxes
        Assert.Equal(RatingMetric.Ces, ces.Metric);
        Assert.Equal(5.5, ces.Points[0].Value, 12);  // (7 + 4)/2
    }

    [Fact]
    public void Build_CustomInstrument_NeedsAMetric()
    {
        var custom = FeedbackInstrument.Custom("Ease", RatingScale.SevenPoint);
        Instant at = Instant.FromUtc(2026, 1, 1, 12, 0);
        Feedback[] feedback = [new("a", Customer, at, custom, 6), new("b", Customer, at, custom, 2)];
        Instant from = Instant.FromUtc(2026, 1, 1, 0, 0), to = Instant.FromUtc(2026, 1, 2, 0, 0);

        Assert.Throws<ArgumentException>(() => Trend.Build(feedback, custom, CalendarPeriod.Day, DateTimeZone.Utc, from, to));
        TrendResult trend = Trend.Build(feedback, custom, CalendarPeriod.Day, DateTimeZone.Utc, from, to, new TrendOptions { Metric = RatingMetric.Ces, Confidence = 0.9 });
        Assert.Equal(4, trend.Points[0].Value, 12);
        Assert.Equal(0.9, trend.Confidence);
        Assert.Throws<ArgumentException>(() => Trend.Build(feedback, custom, CalendarPeriod.Day, DateTimeZone.Utc, from, to, new TrendOptions { Metric = RatingMetric.Nps }));
    }

    [Fact]
    public void ToTable_ListsEveryPeriodWithIsoDates()
    {
        Feedback[] feedback = [Nps(Instant.FromUtc(2026, 1, 1, 12, 0), 10)];

        TrendResult trend = Trend.Build(feedback, FeedbackInstrument.Nps, CalendarPeriod.Quarter, DateTimeZone.Utc,
            Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 7, 1, 0, 0));
        ResultTable table = trend.ToTable();

        Assert.Equal(["period", "start", "end", "n", "score", "lower", "upper", "change", "change_p"], table.Columns);
        Assert.Equal(2, table.RowCount);
        Assert.Equal("2026-Q2", table[1, "period"]);
        Assert.Equal("2026-04-01", table[1, "start"]);
        Assert.Equal("2026-06-30", table[1, "end"]);
        Assert.Equal(0L, table[1, "n"]);
        Assert.True(double.IsNaN((double)table[1, "score"]!));
        Assert.Null(table[1, "lower"]);
        Assert.Equal(table.ToString(), trend.ToString());
        Assert.Equal(table.ToMarkdown(), trend.ToMarkdown());
        Assert.Equal(2, trend.ToRows().Count);
    }

    [Fact]
    public void Build_BadInput_Throws()
    {
        Instant from = Instant.FromUtc(2026, 1, 1, 0, 0), to = Instant.FromUtc(2026, 1, 2, 0, 0);
        Feedback[] ok = [Nps(from, 10)];

        Assert.Throws<ArgumentNullException>(() => Trend.Build(null!, FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to));
        Assert.Throws<ArgumentNullException>(() => Trend.Build(ok, null!, CalendarPeriod.Day, DateTimeZone.Utc, from, to));
        Assert.Throws<ArgumentNullException>(() => Trend.Build(ok, FeedbackInstrument.Nps, CalendarPeriod.Day, null!, from, to));
        Assert.Throws<ArgumentNullException>(() => Trend.Build([null!], FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to));
        Assert.Throws<ArgumentException>(() => Trend.Build(ok, FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, to, from));
        Assert.Throws<ArgumentOutOfRangeException>(() => Trend.Build(ok, FeedbackInstrument.Nps, (CalendarPeriod)7, DateTimeZone.Utc, from, to));
        Assert.Throws<ArgumentOutOfRangeException>(() => Trend.Build(ok, FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to, new TrendOptions { Confidence = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Trend.Build(ok, FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to, new TrendOptions { Metric = (RatingMetric)5 }));
        ArgumentOutOfRangeException custom = Assert.Throws<ArgumentOutOfRangeException>(
            () => Trend.Build(ok, FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to, new TrendOptions { Metric = RatingMetric.Custom }));
        Assert.Equal("Metric", custom.ParamName);
        Assert.Contains("Custom has no standard score", custom.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Trend.Build(ok, FeedbackInstrument.Csat, CalendarPeriod.Day, DateTimeZone.Utc, from, to, new TrendOptions { Metric = RatingMetric.Nps }));
        Feedback weighted = new("w", Customer, from, FeedbackInstrument.Nps, 9, weight: 2);
        ArgumentException weights = Assert.Throws<ArgumentException>(() => Trend.Build([weighted], FeedbackInstrument.Nps, CalendarPeriod.Day, DateTimeZone.Utc, from, to));
        Assert.Contains("weight", weights.Message, StringComparison.Ordinal);
    }

    private static Feedback Nps(Instant at, int rating) =>
        new($"f{Interlocked.Increment(ref _next)}", Customer, at, FeedbackInstrument.Nps, rating);

    private static void AddMany(List<Feedback> feedback, Instant at, int detractors, int passives, int promoters)
    {
        for (int i = 0; i < detractors; i++)
        {
            feedback.Add(Nps(at, 3));
        }

        for (int i = 0; i < passives; i++)
        {
            feedback.Add(Nps(at, 7));
        }

        for (int i = 0; i < promoters; i++)
        {
            feedback.Add(Nps(at, 10));
        }
    }
}
