using System.Collections.Generic;
using CxCore.Analysis;

namespace CxCore.Data.Dialects;

/// <summary>
/// DuckDB: <c>"…"</c> identifiers, <c>$n</c> parameters, ICU's <c>timezone(zone, timestamptz)</c> for the local time
/// (https://duckdb.org/docs/stable/sql/functions/timestamptz), <c>date_trunc</c> with ISO weeks starting on Monday,
/// <c>list(… ORDER BY …)</c>, and <c>read_parquet</c> / <c>read_csv</c> for files.
/// </summary>
internal sealed class DuckDbWriter : DialectWriter
{
    internal static readonly DuckDbWriter Instance = new();

    internal override SqlDialect Dialect => SqlDialect.DuckDb;

    private protected override string TextType => "VARCHAR";

    private protected override string DoubleType => "DOUBLE";

    internal override string Quote(string identifier) => QuoteRules.Doubled(identifier, '"');

    internal override (string Placeholder, string? Name) Placeholder(int position, ParameterType type) => ("$" + position.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    internal override string From(SqlSource source, SqlBuilder builder) => source.Kind switch
    {
        SourceKind.ParquetFile => "read_parquet(" + builder.Parameter(source.Text!, ParameterType.Text) + ")",
        SourceKind.CsvFile => "read_csv(" + builder.Parameter(source.Text!, ParameterType.Text) + ", header = true)",
        _ => base.From(source, builder),
    };

    // A timestamp without zone holding UTC is made an instant with timezone('UTC', ts), never with a cast (which would
    // use the session's TimeZone setting).
    internal override string LocalTime(string column, InstantColumnType type, string zone) =>
        type == InstantColumnType.UtcTimestamp ? $"timezone({zone}, timezone('UTC', {column}))" : $"timezone({zone}, {column})";

    // epoch_us reads a TIMESTAMP as UTC and a TIMESTAMPTZ as the instant it is.
    internal override string EpochMicros(string column, InstantColumnType type) => $"epoch_us({column})";

    internal override string PeriodStart(string local, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => $"CAST({local} AS DATE)",
        CalendarPeriod.IsoWeek => $"CAST(date_trunc('week', {local}) AS DATE)",
        CalendarPeriod.Month => $"CAST(date_trunc('month', {local}) AS DATE)",
        _ => $"CAST(date_trunc('quarter', {local}) AS DATE)",
    };

    internal override string InstantBound(string micros, InstantColumnType type) =>
        type == InstantColumnType.UtcTimestamp ? $"make_timestamp({micros})" : $"make_timestamptz({micros})";

    // DuckDB's ordered aggregates and list windows sort every group on its own and are slow (about 3× the whole query
    // below on 10^6 touchpoints). An unordered list of (time, tiebreak, step, flag) structs sorted by list_sort orders the
    // touchpoints the same way (structs compare field by field; rows equal in time and tiebreak are then ordered by
    // step and flag, where standard SQL leaves them unordered), and list_position finds the first conversion.
    internal override string PathJourneys(string rows) =>
        "SELECT CASE WHEN cx_first IS NULL THEN list_transform(cx_list, lambda x: x.s) ELSE list_transform(list_slice(cx_list, 1, cx_first), lambda x: x.s) END AS cx_path, "
        + "CASE WHEN cx_first IS NULL THEN 0 ELSE 1 END AS cx_converted, cx_bad FROM ("
        + "SELECT list_position(list_transform(cx_list, lambda x: x.c), 1) AS cx_first, cx_list, cx_bad FROM ("
        + "SELECT cx_journey, list_sort(list({'a': cx_at, 't': cx_tie, 's': cx_step, 'c': cx_conv})) AS cx_list, MAX(cx_bad) AS cx_bad "
        + $"FROM ({rows}) AS cx_rows GROUP BY cx_journey) AS cx_lists) AS cx_cut";

    internal override string OrderedList(string step, IReadOnlyList<string> order) => $"list({step} ORDER BY {string.Join(", ", order)})";
}
