using CxCore.Ratings;

namespace CxCore.Data.Tests.Dialects;

/// <summary>Names are quoted by each dialect's rule, so no character in a name ends the identifier early.</summary>
public sealed class QuotingTests
{
    private const string Hostile = "a\"b`c'd;\n-- e /* f */ \\g";

    [Theory]
    // SQL standard (PostgreSQL, DuckDB, Snowflake): double quotes, an inner double quote doubled; nothing else escaped.
    [InlineData(SqlDialect.PostgreSql, "\"a\"\"b`c'd;\n-- e /* f */ \\g\"")]
    [InlineData(SqlDialect.DuckDb, "\"a\"\"b`c'd;\n-- e /* f */ \\g\"")]
    [InlineData(SqlDialect.Snowflake, "\"a\"\"b`c'd;\n-- e /* f */ \\g\"")]
    // Spark SQL: backticks, an inner backtick doubled.
    [InlineData(SqlDialect.SparkSql, "`a\"b``c'd;\n-- e /* f */ \\g`")]
    // BigQuery and ClickHouse: backticks with C-style escapes (\` for a backtick, \\ for a backslash, \n for a line break).
    [InlineData(SqlDialect.BigQuery, "`a\"b\\`c'd;\\n-- e /* f */ \\\\g`")]
    [InlineData(SqlDialect.ClickHouse, "`a\"b\\`c'd;\\n-- e /* f */ \\\\g`")]
    public void ToSql_HostileColumnName_IsOneQuotedIdentifier(SqlDialect dialect, string quoted)
    {
        string text = RatingCountQuery.Create(SqlSource.Table("t"), Hostile, RatingScale.Nps).ToSql(dialect).Text;

        Assert.Contains(quoted + " AS cx_rating", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NameWithNul_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r\0", RatingScale.Nps));

        Assert.Equal("ratingColumn", e.ParamName);
    }

    [Fact]
    public void WithGroups_RepeatedName_Throws() =>
        Assert.Throws<ArgumentException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).WithGroups("g", "g"));

    [Fact]
    public void WithRange_WithoutInstantColumn_Throws() =>
        Assert.Throws<InvalidOperationException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps).WithRange(NodaTime.Instant.FromUnixTimeSeconds(0), NodaTime.Instant.FromUnixTimeSeconds(1)));

    [Fact]
    public void WithPeriod_BclZone_ThrowsNamingIanaZones()
    {
        var e = Assert.Throws<ArgumentException>(() => RatingCountQuery.Create(SqlSource.Table("t"), "r", RatingScale.Nps)
            .WithPeriod("at", CxCore.Analysis.CalendarPeriod.Day, NodaTime.DateTimeZone.ForOffset(NodaTime.Offset.FromHours(2))));

        Assert.Contains("IANA", e.Message, StringComparison.Ordinal);
    }
}
