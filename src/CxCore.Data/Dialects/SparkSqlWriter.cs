using System.Collections.Generic;
using System.Globalization;
using CxCore.Analysis;

namespace CxCore.Data.Dialects;

/// <summary>
/// Spark SQL 3.4+: backtick identifiers with doubled backticks (https://spark.apache.org/docs/latest/sql-ref-identifier.html),
/// named parameter markers <c>:p1</c> (https://spark.apache.org/docs/latest/sql-ref-syntax-aux-param-marker.html — the
/// <c>args</c> of <c>spark.sql</c>), <c>from_utc_timestamp</c> for the local time and <c>date_trunc</c> with
/// <c>'WEEK'</c> truncating to Monday (https://spark.apache.org/docs/latest/api/sql/index.html). Spark reads and
/// truncates timestamps in the session time zone, so the statement assumes <c>spark.sql.session.timeZone</c> is UTC.
/// </summary>
internal sealed class SparkSqlWriter : DialectWriter
{
    internal static readonly SparkSqlWriter Instance = new();

    internal override SqlDialect Dialect => SqlDialect.SparkSql;

    private protected override string TextType => "STRING";

    private protected override string DoubleType => "DOUBLE";

    internal override string Quote(string identifier) => QuoteRules.Doubled(identifier, '`');

    internal override (string Placeholder, string? Name) Placeholder(int position, ParameterType type)
    {
        string name = "p" + position.ToString(CultureInfo.InvariantCulture);
        return (":" + name, name);
    }

    // With a UTC session, a TIMESTAMP_NTZ holding UTC casts to the same instant.
    internal override string LocalTime(string column, InstantColumnType type, string zone) =>
        type == InstantColumnType.UtcTimestamp ? $"from_utc_timestamp(CAST({column} AS TIMESTAMP), {zone})" : $"from_utc_timestamp({column}, {zone})";

    internal override string PeriodStart(string local, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => $"to_date({local})",
        CalendarPeriod.IsoWeek => $"to_date(date_trunc('WEEK', {local}))",
        CalendarPeriod.Month => $"to_date(date_trunc('MONTH', {local}))",
        _ => $"to_date(date_trunc('QUARTER', {local}))",
    };

    internal override string InstantBound(string micros, InstantColumnType type) =>
        type == InstantColumnType.UtcTimestamp ? $"CAST(timestamp_micros({micros}) AS TIMESTAMP_NTZ)" : $"timestamp_micros({micros})";

    // collect_list has no ORDER BY: sort (time, tiebreak, step) structs, then keep the steps.
    internal override string OrderedList(string step, IReadOnlyList<string> order) =>
        $"transform(array_sort(collect_list(struct({string.Join(", ", order)}, {step}))), x -> x.{step})";
}
