using System;
using System.Collections.Generic;
using CxCore.Analysis;

namespace CxCore.Data.Dialects;

/// <summary>What differs between SQL dialects: quoting, placeholders, casts, time-zone bucketing and ordered lists.</summary>
internal abstract class DialectWriter
{
    internal abstract SqlDialect Dialect { get; }

    /// <summary>The text type's name in a cast.</summary>
    private protected abstract string TextType { get; }

    /// <summary>The double type's name in a cast.</summary>
    private protected abstract string DoubleType { get; }

    internal static DialectWriter For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.DuckDb => DuckDbWriter.Instance,
        SqlDialect.PostgreSql => PostgreSqlWriter.Instance,
        SqlDialect.SparkSql => SparkSqlWriter.Instance,
        SqlDialect.BigQuery => BigQueryWriter.Instance,
        SqlDialect.Snowflake => SnowflakeWriter.Instance,
        SqlDialect.ClickHouse => ClickHouseWriter.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Unknown SQL dialect; use DuckDb, PostgreSql, SparkSql, BigQuery, Snowflake or ClickHouse."),
    };

    /// <summary>A quoted identifier: read as a name whatever characters it holds.</summary>
    internal abstract string Quote(string identifier);

    /// <summary>The placeholder of the parameter at <paramref name="position"/> (1-based) and its name, or null when positional.</summary>
    internal abstract (string Placeholder, string? Name) Placeholder(int position, ParameterType type);

    /// <summary>The FROM item of a source.</summary>
    internal virtual string From(SqlSource source, SqlBuilder builder) => source.Kind switch
    {
        SourceKind.Table => QualifiedName(source.NameParts),
        SourceKind.Query => "(" + source.Text + ")",
        _ => throw new NotSupportedException($"The {Dialect} dialect cannot read files ({source}); files are read by DuckDB. Load the file into a table, or use SqlDialect.DuckDb."),
    };

    internal string QualifiedName(IReadOnlyList<string> parts)
    {
        string[] quoted = new string[parts.Count];
        for (int i = 0; i < quoted.Length; i++)
        {
            quoted[i] = Quote(parts[i]);
        }

        return string.Join(".", quoted);
    }

    /// <summary><paramref name="expression"/> as text.</summary>
    internal virtual string AsText(string expression) => $"CAST({expression} AS {TextType})";

    /// <summary><paramref name="expression"/> as a double.</summary>
    internal virtual string AsDouble(string expression) => $"CAST({expression} AS {DoubleType})";

    /// <summary>The local wall-clock time (or date) of an instant column in the zone given by <paramref name="zone"/> (a placeholder).</summary>
    internal abstract string LocalTime(string column, InstantColumnType type, string zone);

    /// <summary>
    /// Microseconds since the Unix epoch of an instant column, as a 64-bit integer; null when the dialect converts each
    /// row to local time instead (the statement then never counts per instant bucket).
    /// </summary>
    internal virtual string? EpochMicros(string column, InstantColumnType type) => null;

    /// <summary>An integer expression (a sum of counts) as a 64-bit integer.</summary>
    internal virtual string AsInt64(string expression) => $"CAST({expression} AS BIGINT)";

    /// <summary>The first local date of the calendar period that holds <paramref name="local"/> (the alias of <see cref="LocalTime"/>), as a DATE.</summary>
    internal abstract string PeriodStart(string local, CalendarPeriod period);

    /// <summary>An instant given as microseconds since the Unix epoch (a placeholder), in the column's own type so that it compares with it.</summary>
    internal abstract string InstantBound(string micros, InstantColumnType type);

    /// <summary>
    /// One row per journey, with its path cut at the first conversion (<c>cx_path</c>), whether it converted
    /// (<c>cx_converted</c>, 1 or 0) and whether any of its touchpoints is bad (<c>cx_bad</c>, 1 or 0), from
    /// <paramref name="rows"/>: a SELECT of <c>cx_journey, cx_step, cx_at, cx_tie, cx_conv, cx_bad</c>.
    /// </summary>
    /// <remarks>
    /// Standard SQL: a running sum of conversions before each touchpoint (a window ordered by time and tiebreak) keeps
    /// the touchpoints up to the first conversion, and an ordered aggregate lists them.
    /// </remarks>
    internal virtual string PathJourneys(string rows)
    {
        string ordered = "SELECT cx_journey, cx_step, cx_at, cx_tie, cx_conv, "
            + "SUM(cx_conv) OVER (PARTITION BY cx_journey ORDER BY cx_at, cx_tie ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS cx_before, "
            + $"MAX(cx_bad) OVER (PARTITION BY cx_journey) AS cx_bad_journey FROM ({rows}) AS cx_rows";
        return $"SELECT cx_journey, {OrderedList("cx_step", ["cx_at", "cx_tie"])} AS cx_path, MAX(cx_conv) AS cx_converted, MAX(cx_bad_journey) AS cx_bad "
            + $"FROM ({ordered}) AS cx_ordered WHERE cx_before IS NULL OR cx_before = 0 GROUP BY cx_journey";
    }

    /// <summary>The aggregate that lists <paramref name="step"/> in the order of <paramref name="order"/> (comma-separated expressions).</summary>
    internal abstract string OrderedList(string step, IReadOnlyList<string> order);

    /// <summary>The expression a path list is grouped by (BigQuery cannot group by an array).</summary>
    internal virtual string PathGroupKey(string path) => path;

    /// <summary>The path list in the select list of the grouped query.</summary>
    internal virtual string PathSelect(string path) => path;

    /// <summary>A literal for a double constant.</summary>
    internal virtual string DoubleLiteral(string digits) => digits;
}
