namespace CxCore.Data;

/// <summary>How an engine stores the instant column of a count or path query.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public enum InstantColumnType
{
    /// <summary>
    /// A type that stores an instant: PostgreSQL and DuckDB <c>timestamptz</c>, a Parquet timestamp adjusted to UTC,
    /// BigQuery <c>TIMESTAMP</c>, Snowflake <c>TIMESTAMP_TZ</c> or <c>TIMESTAMP_LTZ</c>, Spark <c>TIMESTAMP</c>,
    /// ClickHouse <c>DateTime</c> or <c>DateTime64</c>. This is the default.
    /// </summary>
    TimestampWithTimeZone,

    /// <summary>
    /// A timestamp without a time zone whose values are UTC wall-clock times: PostgreSQL and DuckDB <c>timestamp</c>, a
    /// Parquet timestamp not adjusted to UTC (as pandas writes naive times), BigQuery <c>DATETIME</c>, Snowflake
    /// <c>TIMESTAMP_NTZ</c>, Spark <c>TIMESTAMP_NTZ</c>. It is read as UTC, never in the session's time zone.
    /// </summary>
    UtcTimestamp,
}
