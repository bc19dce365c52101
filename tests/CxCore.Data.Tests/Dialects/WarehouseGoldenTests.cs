using CxCore.Analysis;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data.Tests.Dialects;

/// <summary>
/// The warehouse dialects, which no test can run: each statement is written out by hand from the engine's
/// documentation and compared with the generated text.
/// </summary>
/// <remarks>
/// The query: ratings in <c>score</c> of table <c>cx.answers</c>, grouped by a column named <c>re`gion</c> (a
/// backtick, the quote character of two of the dialects), by month of <c>answered_at</c> in America/New_York, from
/// 2025-01-01 00:00 EST (05:00Z, Unix time 1735707600 s) to 2025-04-01 00:00 EDT (04:00Z, 1743480000 s) — checked
/// with <c>TZ=America/New_York date -d @1735707600</c>. The bounds travel as microseconds.
/// </remarks>
public sealed class WarehouseGoldenTests
{
    private static readonly RatingCountQuery Query =
        RatingCountQuery.Create(SqlSource.Table("cx", "answers"), "score", RatingScale.Nps)
            .WithGroups("re`gion")
            .WithPeriod("answered_at", CalendarPeriod.Month, DateTimeZoneProviders.Tzdb["America/New_York"])
            .WithRange(Instant.FromUnixTimeSeconds(1735707600), Instant.FromUnixTimeSeconds(1743480000));

    private const string Zone = "America/New_York";
    private const long From = 1735707600_000000, To = 1743480000_000000;

    /// <summary>
    /// Spark SQL: backticks doubled inside (sql-ref-identifier), named markers <c>:name</c> (sql-ref-syntax-aux-param-marker),
    /// <c>from_utc_timestamp(ts, tz)</c> renders a UTC timestamp as wall-clock time in tz (with a UTC session zone),
    /// <c>date_trunc('MONTH', ts)</c>, <c>timestamp_micros</c>.
    /// </summary>
    [Fact]
    public void SparkSql_MonthInZone_IsTheHandWrittenStatement()
    {
        SqlStatement sql = Query.ToSql(SqlDialect.SparkSql);

        Assert.Equal(
            "SELECT cx_g1, cx_period, cx_rating, COUNT(*) AS cx_n FROM ("
            + "SELECT cx_g1, to_date(date_trunc('MONTH', cx_local)) AS cx_period, cx_rating FROM ("
            + "SELECT CAST(`re``gion` AS STRING) AS cx_g1, from_utc_timestamp(`answered_at`, :p1) AS cx_local, `score` AS cx_rating "
            + "FROM `cx`.`answers` AS cx_src WHERE `answered_at` >= timestamp_micros(:p2) AND `answered_at` < timestamp_micros(:p3)"
            + ") AS cx_rows) AS cx_t GROUP BY cx_g1, cx_period, cx_rating",
            sql.Text);
        Assert.Equal([new KeyValuePair<string?, object?>("p1", Zone), new("p2", From), new("p3", To)], sql.Arguments.Select(a => new KeyValuePair<string?, object?>(a.Name, a.Value)));
    }

    /// <summary>
    /// BigQuery: backtick identifiers with backslash escapes (lexical structure, quoted identifiers), <c>@name</c>
    /// query parameters, <c>DATETIME(timestamp, time_zone)</c>, <c>DATE_TRUNC(date, MONTH)</c>, <c>TIMESTAMP_MICROS</c>.
    /// </summary>
    [Fact]
    public void BigQuery_MonthInZone_IsTheHandWrittenStatement()
    {
        SqlStatement sql = Query.ToSql(SqlDialect.BigQuery);

        Assert.Equal(
            "SELECT cx_g1, cx_period, cx_rating, COUNT(*) AS cx_n FROM ("
            + "SELECT cx_g1, DATE_TRUNC(DATE(cx_local), MONTH) AS cx_period, cx_rating FROM ("
            + "SELECT CAST(`re\\`gion` AS STRING) AS cx_g1, DATETIME(`answered_at`, @p1) AS cx_local, `score` AS cx_rating "
            + "FROM `cx`.`answers` AS cx_src WHERE `answered_at` >= TIMESTAMP_MICROS(@p2) AND `answered_at` < TIMESTAMP_MICROS(@p3)"
            + ") AS cx_rows) AS cx_t GROUP BY cx_g1, cx_period, cx_rating",
            sql.Text);
        Assert.Equal(["p1", "p2", "p3"], sql.Arguments.Select(a => a.Name));
    }

    /// <summary>
    /// Snowflake: double-quoted identifiers, <c>?</c> binds in order, <c>CONVERT_TIMEZONE('UTC', ts_tz)</c> then a cast to
    /// TIMESTAMP_NTZ for the UTC wall-clock time, the three-argument <c>CONVERT_TIMEZONE(source, target, ntz)</c> for the
    /// local time, <c>DATE_TRUNC('MONTH', …)</c>, <c>TO_TIMESTAMP_TZ(n, 6)</c> (scale 6: microseconds).
    /// </summary>
    [Fact]
    public void Snowflake_MonthInZone_IsTheHandWrittenStatement()
    {
        SqlStatement sql = Query.ToSql(SqlDialect.Snowflake);

        Assert.Equal(
            "SELECT cx_g1, cx_period, cx_rating, COUNT(*) AS cx_n FROM ("
            + "SELECT cx_g1, CAST(DATE_TRUNC('MONTH', cx_local) AS DATE) AS cx_period, cx_rating FROM ("
            + "SELECT CAST(\"re`gion\" AS VARCHAR) AS cx_g1, CONVERT_TIMEZONE('UTC', ?, CAST(CONVERT_TIMEZONE('UTC', \"answered_at\") AS TIMESTAMP_NTZ)) AS cx_local, \"score\" AS cx_rating "
            + "FROM \"cx\".\"answers\" AS cx_src WHERE \"answered_at\" >= TO_TIMESTAMP_TZ(?, 6) AND \"answered_at\" < TO_TIMESTAMP_TZ(?, 6)"
            + ") AS cx_rows) AS cx_t GROUP BY cx_g1, cx_period, cx_rating",
            sql.Text);
        Assert.Equal([null, null, null], sql.Arguments.Select(a => a.Name));
        Assert.Equal([Zone, (object)From, To], sql.Arguments.Select(a => a.Value));
    }

    /// <summary>
    /// ClickHouse: backtick identifiers with backslash escapes, typed parameters <c>{name:Type}</c>,
    /// <c>toTimeZone(dt, tz)</c> then <c>toStartOfMonth</c> (computed in the value's zone), <c>fromUnixTimestamp64Micro</c>.
    /// </summary>
    [Fact]
    public void ClickHouse_MonthInZone_IsTheHandWrittenStatement()
    {
        SqlStatement sql = Query.ToSql(SqlDialect.ClickHouse);

        Assert.Equal(
            "SELECT cx_g1, cx_period, cx_rating, COUNT(*) AS cx_n FROM ("
            + "SELECT cx_g1, toStartOfMonth(cx_local) AS cx_period, cx_rating FROM ("
            + "SELECT toString(`re\\`gion`) AS cx_g1, toTimeZone(`answered_at`, {p1:String}) AS cx_local, `score` AS cx_rating "
            + "FROM `cx`.`answers` AS cx_src WHERE `answered_at` >= fromUnixTimestamp64Micro({p2:Int64}) AND `answered_at` < fromUnixTimestamp64Micro({p3:Int64})"
            + ") AS cx_rows) AS cx_t GROUP BY cx_g1, cx_period, cx_rating",
            sql.Text);
        Assert.Equal(["p1", "p2", "p3"], sql.Arguments.Select(a => a.Name));
    }

    /// <summary>ISO weeks start on Monday in every dialect, each with its own documented function.</summary>
    [Theory]
    [InlineData(SqlDialect.SparkSql, CalendarPeriod.IsoWeek, "to_date(date_trunc('WEEK', cx_local)) AS cx_period")]
    [InlineData(SqlDialect.SparkSql, CalendarPeriod.Quarter, "to_date(date_trunc('QUARTER', cx_local)) AS cx_period")]
    [InlineData(SqlDialect.SparkSql, CalendarPeriod.Day, "to_date(cx_local) AS cx_period")]
    [InlineData(SqlDialect.BigQuery, CalendarPeriod.IsoWeek, "DATE_TRUNC(DATE(cx_local), ISOWEEK) AS cx_period")]
    [InlineData(SqlDialect.BigQuery, CalendarPeriod.Quarter, "DATE_TRUNC(DATE(cx_local), QUARTER) AS cx_period")]
    [InlineData(SqlDialect.BigQuery, CalendarPeriod.Day, "DATE(cx_local) AS cx_period")]
    [InlineData(SqlDialect.Snowflake, CalendarPeriod.IsoWeek, "DATEADD(DAY, 1 - DAYOFWEEKISO(cx_local), CAST(cx_local AS DATE)) AS cx_period")]
    [InlineData(SqlDialect.Snowflake, CalendarPeriod.Quarter, "CAST(DATE_TRUNC('QUARTER', cx_local) AS DATE) AS cx_period")]
    [InlineData(SqlDialect.ClickHouse, CalendarPeriod.IsoWeek, "toMonday(cx_local) AS cx_period")]
    [InlineData(SqlDialect.ClickHouse, CalendarPeriod.Quarter, "toStartOfQuarter(cx_local) AS cx_period")]
    [InlineData(SqlDialect.ClickHouse, CalendarPeriod.Day, "toDate(cx_local) AS cx_period")]
    public void ToSql_OtherPeriods_UseTheDocumentedFunction(SqlDialect dialect, CalendarPeriod period, string expected)
    {
        string text = Query.WithPeriod("answered_at", period, DateTimeZoneProviders.Tzdb[Zone]).ToSql(dialect).Text;

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    /// <summary>Files are read by DuckDB only; the other dialects say so.</summary>
    [Theory]
    [InlineData(SqlDialect.PostgreSql)]
    [InlineData(SqlDialect.BigQuery)]
    [InlineData(SqlDialect.ClickHouse)]
    public void ToSql_FileSourceOutsideDuckDb_Throws(SqlDialect dialect)
    {
        var e = Assert.Throws<NotSupportedException>(() => RatingCountQuery.Create(SqlSource.ParquetFile("a.parquet"), "r", RatingScale.Nps).ToSql(dialect));

        Assert.Contains("DuckDB", e.Message, StringComparison.Ordinal);
    }
}
