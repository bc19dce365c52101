using System.Globalization;
using CxCore.Analysis;
using CxCore.Data.Tests.Support;
using CxCore.Ratings;
using DuckDB.NET.Data;
using NodaTime;

namespace CxCore.Data.Tests.Engines;

/// <summary>Rating counts computed by a real, in-process DuckDB.</summary>
public sealed class DuckDbCountTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cxcore-duckdb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Execute_HostileNames_CountsByHandAndInjectsNothing()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in HandCountedExample.Setup("TIMESTAMPTZ"))
        {
            DuckDb.Execute(db, sql);
        }

        GroupedRatingCounts counts = HandCountedExample.Query(SqlSource.Table(HandCountedExample.Table)).Execute(db, SqlDialect.DuckDb);

        HandCountedExample.AssertHandCounts(counts);
        DuckDb.Execute(db, "SELECT * FROM sentinel"); // still there: the DROP in the table's name was read as a name
    }

    [Fact]
    public async Task ExecuteAsync_HostileNames_CountsByHand()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in HandCountedExample.Setup("TIMESTAMPTZ"))
        {
            DuckDb.Execute(db, sql);
        }

        GroupedRatingCounts counts = await HandCountedExample.Query(SqlSource.Table(HandCountedExample.Table)).ExecuteAsync(db, SqlDialect.DuckDb);

        HandCountedExample.AssertHandCounts(counts);
    }

    [Fact]
    public void Execute_UtcTimestampColumn_CountsByHand()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in HandCountedExample.Setup("TIMESTAMP"))
        {
            // A TIMESTAMPTZ literal cast to TIMESTAMP would take the session zone: store the UTC wall-clock text.
            DuckDb.Execute(db, sql.Replace("TIMESTAMPTZ '", "TIMESTAMP '", StringComparison.Ordinal).Replace("+00'", "'", StringComparison.Ordinal));
        }

        RatingCountQuery query = HandCountedExample.Query(SqlSource.Table(HandCountedExample.Table));
        query = query.WithPeriod(HandCountedExample.At, CalendarPeriod.Month, HandCountedExample.Berlin, InstantColumnType.UtcTimestamp)
            .WithDates(new DateInterval(new LocalDate(2025, 2, 1), new LocalDate(2025, 4, 30)));

        HandCountedExample.AssertHandCounts(query.Execute(db, SqlDialect.DuckDb));
    }

    [Fact]
    public void Execute_CsvFile_CountsStraightFromTheFile()
    {
        // Ratings 10, 10, 9, 6, 0 in segment x and 8 in y: x has 3 promoters of 5 and 2 detractors → NPS 20; y one passive.
        string path = Path.Combine(_folder, "answers \"; --.csv");
        File.WriteAllText(path, "segment,score\nx,10\nx,10\nx,9\nx,6\nx,0\ny,8\n");
        using DuckDBConnection db = DuckDb.Open();

        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.CsvFile(path), "score", RatingScale.Nps)
            .WithGroups("segment").Execute(db, SqlDialect.DuckDb);

        IReadOnlyDictionary<string, RatingCounts> segments = counts.BySegment();
        Assert.Equal(RatingCounts.FromCounts(RatingScale.Nps, [1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2]), segments["x"]);
        Assert.Equal(RatingCounts.FromCounts(RatingScale.Nps, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]), segments["y"]);
        Assert.Equal(20.0, NetPromoterScore.FromCounts(segments["x"]).Value, 12);
    }

    [Fact]
    public void Execute_ParquetFile_CountsStraightFromTheFile()
    {
        string path = Path.Combine(_folder, "answers.parquet");
        using (DuckDBConnection writer = DuckDb.Open())
        {
            // 1000 rows: rating i % 11 for i = 0..999, so ratings 0..10 appear 91 times each except that 0..9 get one more (1000 = 90·11 + 10).
            DuckDb.Execute(writer, $"COPY (SELECT CAST(i % 11 AS INTEGER) AS r FROM range(1000) t(i)) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)");
        }

        using DuckDBConnection db = DuckDb.Open();
        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.ParquetFile(path), "r", RatingScale.Nps).Execute(db, SqlDialect.DuckDb);

        Assert.Equal(RatingCounts.FromCounts(RatingScale.Nps, [91, 91, 91, 91, 91, 91, 91, 91, 91, 91, 90]), counts.Total);
    }

    [Fact]
    public void Execute_RatingOutsideScale_ThrowsNamingGroupAndValue()
    {
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (g TEXT, r INTEGER)");
        DuckDb.Execute(db, "INSERT INTO t VALUES ('north', 3), ('north', 11)");

        var e = Assert.Throws<InvalidDataException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).WithGroups("g").Execute(db, SqlDialect.DuckDb));

        Assert.Contains("'north'", e.Message, StringComparison.Ordinal);
        Assert.Contains("rating 11", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NullRating_ThrowsInsteadOfDropping()
    {
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (r INTEGER)");
        DuckDb.Execute(db, "INSERT INTO t VALUES (3), (NULL), (NULL)");

        var e = Assert.Throws<InvalidDataException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).Execute(db, SqlDialect.DuckDb));

        Assert.Contains("2 rows without a rating", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NULL")]
    [InlineData("'NaN'")]
    [InlineData("1e200")]
    public void Execute_BadWeight_Throws(string weight)
    {
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (r INTEGER, w DOUBLE)");
        DuckDb.Execute(db, $"INSERT INTO t VALUES (3, 1.0), (4, {weight})");

        var e = Assert.Throws<InvalidDataException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).WithWeights("w").Execute(db, SqlDialect.DuckDb));

        Assert.Contains("rating 4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_EmptyTable_GivesNoGroupsAndAnEmptyTotal()
    {
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (r INTEGER)");

        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).Execute(db, SqlDialect.DuckDb);

        Assert.Empty(counts.Groups);
        Assert.Equal(0, counts.Total.Total);
    }

    [Fact]
    public void Execute_QuerySource_FiltersInTheEngine()
    {
        using DuckDBConnection db = DuckDb.Open();
        DuckDb.Execute(db, "CREATE TABLE t (r INTEGER)");
        DuckDb.Execute(db, "INSERT INTO t VALUES (1), (2), (NULL), (3)");

        GroupedRatingCounts counts = RatingCountQuery.Create(SqlSource.Query("SELECT r FROM t WHERE r IS NOT NULL AND r > 1"), "r", RatingScale.FivePoint).Execute(db, SqlDialect.DuckDb);

        Assert.Equal(RatingCounts.FromCounts(RatingScale.FivePoint, [0, 1, 1, 0, 0]), counts.Total);
    }

    [Fact]
    public void ToTrend_MonthsOfTheRange_MatchInMemoryTrend()
    {
        using DuckDBConnection db = DuckDb.Open();
        foreach (string sql in HandCountedExample.Setup("TIMESTAMPTZ"))
        {
            DuckDb.Execute(db, sql);
        }

        TrendResult trend = HandCountedExample.Query(SqlSource.Table(HandCountedExample.Table)).Execute(db, SqlDialect.DuckDb).ToTrend(RatingMetric.Nps);

        // By hand: February has one 10 (NPS 100); March a 10, a 0 and a 7 (1 promoter, 1 detractor of 3: NPS 0); April a 9 (NPS 100).
        Assert.Equal(["2025-02", "2025-03", "2025-04"], trend.Points.Select(p => p.Label));
        Assert.Equal([100.0, 0.0, 100.0], trend.Points.Select(p => p.Value));
        Assert.Equal([1L, 3L, 1L], trend.Points.Select(p => p.Count));
    }

    internal static string Literal(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
