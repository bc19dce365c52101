namespace CxCore.Data;

/// <summary>The SQL dialects CxCore.Data writes statements for.</summary>
/// <remarks>
/// <see cref="DuckDb"/> and <see cref="PostgreSql"/> are tested against the real engines; the warehouse dialects
/// (<see cref="SparkSql"/>, <see cref="BigQuery"/>, <see cref="Snowflake"/>, <see cref="ClickHouse"/>) are checked
/// against statements written by hand from each engine's documentation (docs/scale-out.md says how to run them and
/// feed the rows back).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public enum SqlDialect
{
    /// <summary>
    /// DuckDB (1.1 or later, with its bundled ICU extension for time zones): in-process, reads CSV and Parquet files
    /// directly. Parameters are positional (<c>$1</c>, <c>$2</c>, …).
    /// </summary>
    DuckDb,

    /// <summary>PostgreSQL (12 or later). Parameters are positional (<c>$1</c>, <c>$2</c>, …), as Npgsql binds unnamed parameters.</summary>
    PostgreSql,

    /// <summary>
    /// Apache Spark SQL (3.4 or later; Databricks SQL). Parameters are named markers (<c>:p1</c>). Time-zone
    /// bucketing assumes the session time zone is UTC (<c>spark.sql.session.timeZone=UTC</c>).
    /// </summary>
    SparkSql,

    /// <summary>Google BigQuery (GoogleSQL). Parameters are named query parameters (<c>@p1</c>).</summary>
    BigQuery,

    /// <summary>Snowflake. Parameters are positional bind variables (<c>?</c>).</summary>
    Snowflake,

    /// <summary>ClickHouse (23.3 or later). Parameters are typed query parameters (<c>{p1:String}</c>).</summary>
    ClickHouse,
}
