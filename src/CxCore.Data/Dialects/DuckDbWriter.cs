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

    internal override string PeriodStart(string local, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => $"CAST({local} AS DATE)",
        CalendarPeriod.IsoWeek => $"CAST(date_trunc('week', {local}) AS DATE)",
        CalendarPeriod.Month => $"CAST(date_trunc('month', {local}) AS DATE)",
        _ => $"CAST(date_trunc('quarter', {local}) AS DATE)",
    };

    internal override string InstantBound(string micros, InstantColumnType type) =>
        type == InstantColumnType.UtcTimestamp ? $"make_timestamp({micros})" : $"make_timestamptz({micros})";

    internal override string OrderedList(string step, IReadOnlyList<string> order) => $"list({step} ORDER BY {string.Join(", ", order)})";
}
