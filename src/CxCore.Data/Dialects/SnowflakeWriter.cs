using System.Collections.Generic;
using CxCore.Analysis;

namespace CxCore.Data.Dialects;

/// <summary>
/// Snowflake: <c>"…"</c> identifiers (https://docs.snowflake.com/en/sql-reference/identifiers-syntax), <c>?</c> bind
/// variables, <c>CONVERT_TIMEZONE('UTC', zone, timestamp_ntz)</c> for the local time
/// (https://docs.snowflake.com/en/sql-reference/functions/convert_timezone), <c>DAYOFWEEKISO</c> for Monday-based weeks
/// whatever <c>WEEK_START</c> is, <c>TO_TIMESTAMP_TZ(n, 6)</c> for microseconds, and
/// <c>ARRAY_AGG(…) WITHIN GROUP (ORDER BY …)</c>; paths are grouped by their JSON text.
/// </summary>
internal sealed class SnowflakeWriter : DialectWriter
{
    internal static readonly SnowflakeWriter Instance = new();

    internal override SqlDialect Dialect => SqlDialect.Snowflake;

    private protected override string TextType => "VARCHAR";

    private protected override string DoubleType => "DOUBLE";

    internal override string Quote(string identifier) => QuoteRules.Doubled(identifier, '"');

    internal override (string Placeholder, string? Name) Placeholder(int position, ParameterType type) => ("?", null);

    // The three-argument form converts a TIMESTAMP_NTZ from one zone to another and returns a TIMESTAMP_NTZ; an instant
    // column is first made the UTC wall-clock time.
    internal override string LocalTime(string column, InstantColumnType type, string zone) =>
        type == InstantColumnType.UtcTimestamp
            ? $"CONVERT_TIMEZONE('UTC', {zone}, {column})"
            : $"CONVERT_TIMEZONE('UTC', {zone}, CAST(CONVERT_TIMEZONE('UTC', {column}) AS TIMESTAMP_NTZ))";

    internal override string PeriodStart(string local, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => $"CAST({local} AS DATE)",
        CalendarPeriod.IsoWeek => $"DATEADD(DAY, 1 - DAYOFWEEKISO({local}), CAST({local} AS DATE))",
        CalendarPeriod.Month => $"CAST(DATE_TRUNC('MONTH', {local}) AS DATE)",
        _ => $"CAST(DATE_TRUNC('QUARTER', {local}) AS DATE)",
    };

    internal override string InstantBound(string micros, InstantColumnType type) =>
        type == InstantColumnType.UtcTimestamp ? $"TO_TIMESTAMP_NTZ({micros}, 6)" : $"TO_TIMESTAMP_TZ({micros}, 6)";

    internal override string OrderedList(string step, IReadOnlyList<string> order) => $"ARRAY_AGG({step}) WITHIN GROUP (ORDER BY {string.Join(", ", order)})";

    internal override string PathGroupKey(string path) => $"TO_JSON({path})";

    internal override string PathSelect(string path) => $"ANY_VALUE({path})";
}
