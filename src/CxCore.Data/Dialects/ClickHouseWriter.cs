using System.Collections.Generic;
using System.Globalization;
using CxCore.Analysis;

namespace CxCore.Data.Dialects;

/// <summary>
/// ClickHouse: backtick identifiers with backslash escapes (https://clickhouse.com/docs/sql-reference/syntax#identifiers),
/// typed query parameters <c>{p1:String}</c> (https://clickhouse.com/docs/interfaces/cli#cli-queries-with-parameters),
/// <c>toTimeZone</c> then <c>toDate</c>, <c>toMonday</c>, <c>toStartOfMonth</c>, <c>toStartOfQuarter</c>, which work in
/// the value's time zone (https://clickhouse.com/docs/sql-reference/functions/date-time-functions),
/// <c>fromUnixTimestamp64Micro</c>, and sorted <c>groupArray</c> tuples for ordered lists. A <c>DateTime</c> always
/// stores an instant, so both <see cref="InstantColumnType"/>s read the same way.
/// </summary>
internal sealed class ClickHouseWriter : DialectWriter
{
    internal static readonly ClickHouseWriter Instance = new();

    internal override SqlDialect Dialect => SqlDialect.ClickHouse;

    private protected override string TextType => "String";

    private protected override string DoubleType => "Float64";

    internal override string Quote(string identifier) => QuoteRules.BackslashEscaped(identifier);

    internal override (string Placeholder, string? Name) Placeholder(int position, ParameterType type)
    {
        string name = "p" + position.ToString(CultureInfo.InvariantCulture);
        return ("{" + name + ":" + (type == ParameterType.Text ? "String" : "Int64") + "}", name);
    }

    // toString and toFloat64 keep NULL as NULL (a CAST to a non-Nullable type would fail on it).
    internal override string AsText(string expression) => $"toString({expression})";

    internal override string AsDouble(string expression) => $"toFloat64({expression})";

    internal override string LocalTime(string column, InstantColumnType type, string zone) => $"toTimeZone({column}, {zone})";

    internal override string PeriodStart(string local, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Day => $"toDate({local})",
        CalendarPeriod.IsoWeek => $"toMonday({local})",
        CalendarPeriod.Month => $"toStartOfMonth({local})",
        _ => $"toStartOfQuarter({local})",
    };

    internal override string InstantBound(string micros, InstantColumnType type) => $"fromUnixTimestamp64Micro({micros})";

    internal override string OrderedList(string step, IReadOnlyList<string> order) =>
        $"arrayMap(x -> x.{(order.Count + 1).ToString(CultureInfo.InvariantCulture)}, arraySort(groupArray(tuple({string.Join(", ", order)}, {step}))))";
}
