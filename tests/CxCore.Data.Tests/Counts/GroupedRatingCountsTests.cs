using CxCore.Analysis;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data.Tests.Counts;

/// <summary>Counts added row by row, as a warehouse client returns them, and merged across partitions.</summary>
public sealed class GroupedRatingCountsTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static readonly RatingCountQuery Query = RatingCountQuery.Create(SqlSource.Table("answers"), "score", RatingScale.Nps)
        .WithWeights("w")
        .WithGroups("segment")
        .WithPeriod("at", CalendarPeriod.Month, Berlin)
        .WithDates(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)));

    [Fact]
    public void Merge_TwoPartitions_AddsCountsAndSums()
    {
        // Partition 1: (x, January) 2 answers at 10 with Σw 3, Σw² 5 (weights 1 and 2). Partition 2: (x, January) 1 at 10
        // with w 4; (y, March) 1 at 0 with w 0.5. Merged: (x, January) 3 at 10, Σw 7, Σw² 21; (y, March) as is.
        var first = new GroupedRatingCountsBuilder(Query);
        first.Add(["x"], new LocalDate(2025, 1, 1), 10, 2, 3, 5);
        var second = new GroupedRatingCountsBuilder(Query.WithSource(SqlSource.Table("answers_2")));
        second.Add(["x"], new LocalDate(2025, 1, 1), 10, 1, 4, 16);
        second.Add(["y"], new LocalDate(2025, 3, 1), 0, 1, 0.5, 0.25);

        GroupedRatingCounts merged = first.ToCounts() + second.ToCounts();

        Assert.Equal(2, merged.Groups.Count);
        Assert.Equal(3, merged.Groups[0].Counts[10]);
        Assert.Equal(7, merged.Groups[0].WeightedCounts!.WeightAt(10));
        Assert.Equal(21, merged.Groups[0].WeightedCounts!.SquaredWeightAt(10));
        Assert.Equal(["y"], merged.Groups[1].Key);
        Assert.Equal(4, merged.Total.Total);
        // NPS by month of all segments: January 3 promoters (100), February empty, March 1 detractor (−100).
        TrendResult trend = merged.ToTrend(RatingMetric.Nps);
        Assert.Equal([3L, 0L, 1L], trend.Points.Select(p => p.Count));
        Assert.Equal(100, trend.Points[0].Value);
        Assert.Equal(-100, trend.Points[2].Value);
    }

    [Fact]
    public void Merge_OtherShape_Throws()
    {
        GroupedRatingCounts monthly = new GroupedRatingCountsBuilder(Query).ToCounts();
        GroupedRatingCounts weekly = new GroupedRatingCountsBuilder(Query.WithPeriod("at", CalendarPeriod.IsoWeek, Berlin)).ToCounts();

        Assert.Throws<ArgumentException>(() => monthly.Merge(weekly));
    }

    [Fact]
    public void Add_DateThatStartsNoMonth_Throws()
    {
        var builder = new GroupedRatingCountsBuilder(Query);

        var e = Assert.Throws<ArgumentException>(() => builder.Add(["x"], new LocalDate(2025, 1, 2), 10, 1, 1, 1));

        Assert.Contains("2025-01-02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_UnweightedRowToWeightedQuery_Throws() =>
        Assert.Throws<ArgumentException>(() => new GroupedRatingCountsBuilder(Query).Add(["x"], new LocalDate(2025, 1, 1), 10, 1));

    [Fact]
    public void Add_RatingOffScale_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupedRatingCountsBuilder(Query).Add(["x"], new LocalDate(2025, 1, 1), 11, 1, 1, 1));

    [Fact]
    public void ToTable_HasOneRowPerNonEmptyCell()
    {
        var builder = new GroupedRatingCountsBuilder(Query);
        builder.Add(["x"], new LocalDate(2025, 1, 1), 10, 2, 3, 5);
        builder.Add(["x"], new LocalDate(2025, 1, 1), 0, 0, 0, 0);

        ResultTable table = builder.ToCounts().ToTable();

        Assert.Equal(["segment", "period", "rating", "n", "sum_w", "sum_w2"], table.Columns);
        Assert.Equal(1, table.RowCount);
        Assert.Equal("2025-01-01", table[0, "period"]);
        Assert.Equal(2L, table[0, "n"]);
    }
}
