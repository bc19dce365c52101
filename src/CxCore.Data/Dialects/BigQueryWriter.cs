using System.Collections.Generic;
using System.Globalization;
using CxCore.Analysis;

namespace CxCore.Data.Dialects;

/// <summary>
/// BigQuery (GoogleSQL): backtick identifiers with string-literal escapes
/// (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#quoted_identifiers), named query
/// parameters <c>@p1</c> (https://cloud.google.com/bigquery/docs/parameterized-queries), <c>DATETIME(ts, zone)</c> for
/// the local time and <c>DATE_TRUNC(date, ISOWEEK | MONTH | QUARTER)</c>
/// (https://cloud.google.com/bigquery/docs/reference/standard-sql/date_functions#date_trunc),
/// <c>TIMESTAMP_MICROS</c>, and <c>ARRAY_AGG(… ORDER BY …)</c>; arrays cannot be grouped, so paths are grouped by
/// <c>TO_JSON_STRING</c>.
/// </summary>
internal sealed class BigQueryWriter : DialectWriter
{
    internal static readonly BigQueryWriter Instance = new();

    internal override SqlDialect Dialect => SqlDialect.BigQuery;

    private protected override string TextType => "STRING";

    private protected override string DoubleType => "FLOAT64";

    internal override string Quote(string identifier) => QuoteRules.BackslashEscaped(identifier);

    internal override (string Placeholder, string? Name) Placeholder(int position, ParameterType type)
    {
        string name = "p" + position.ToString(CultureInfo.InvariantCulture);
        return ("@" + name, name);
    }

    // TIMESTAMP(datetime) reads a DATETIME in UTC when no zone is given.
    internal override string LocalTime(string column, InstantColumnType type, string zone) =>
        type == InstantColumnType.UtcTimestamp ? $"DATETIME(TIMESTAMP({column}), {zone})" : $"DATETIME({column}, {zone})";

    internal override string PeriodStart(string local, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => $"DATE({local})",
        CalendarPeriod.IsoWeek => $"DATE_TRUNC(DATE({local}), ISOWEEK)",
        CalendarPeriod.Month => $"DATE_TRUNC(DATE({local}), MONTH)",
        _ => $"DATE_TRUNC(DATE({local}), QUARTER)",
    };

    internal override string InstantBound(string micros, InstantColumnType type) =>
        type == InstantColumnType.UtcTimestamp ? $"DATETIME(TIMESTAMP_MICROS({micros}))" : $"TIMESTAMP_MICROS({micros})";

    internal override string OrderedList(string step, IReadOnlyList<string> order) => $"ARRAY_AGG({step} ORDER BY {string.Join(", ", order)})";

    internal override string PathGroupKey(string path) => $"TO_JSON_STRING({path})";

    internal override string PathSelect(string path) => $"ANY_VALUE({path})";
}
