using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CxCore.Analysis;
using CxCore.Data.Dialects;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data;

/// <summary>
/// A grouped count of ratings to run inside a database: the rows of a source, grouped by some columns and optionally by
/// the calendar period of an instant column in a time zone, counted per rating (with Σw and Σw² when a weight column
/// is given). One SQL statement per dialect (<see cref="ToSql"/>) returns only the counts; <see cref="Execute"/> runs it on
/// any ADO.NET connection and returns validated <see cref="GroupedRatingCounts"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>The statement</b> returns one row per group, period and rating with the columns
/// <c>cx_g1 … cx_gk</c> (the group values as text, NULL kept), <c>cx_period</c> (the first local date of the period, a
/// DATE; only with a period), <c>cx_rating</c> (the rating as stored), <c>cx_n</c> (the row count) and, with weights,
/// <c>cx_sum_w</c>, <c>cx_sum_w2</c> (Σw and Σw² in double precision) and <c>cx_bad_w</c> (rows whose weight is NULL,
/// negative, not a number, or outside 0 and <see cref="WeightedRatingCounts.MinPositiveWeight"/> to
/// <see cref="WeightedRatingCounts.MaxWeight"/>). Names of tables and columns are quoted by the dialect, so any name
/// is read as a name; the time zone and the range are parameters.
/// </para>
/// <para>
/// <b>Periods</b> follow <see cref="CalendarBuckets"/>: a row belongs to the period that holds its instant's local
/// date in <see cref="Zone"/> (ISO weeks start on Monday), computed by the engine's own time-zone database
/// (PostgreSQL <c>AT TIME ZONE</c>, DuckDB's ICU <c>timezone</c>, …), which agrees with NodaTime's for settled rules.
/// On DuckDB the statement counts per group, UTC hour and rating first and converts only each hour's
/// start, with hours anchored so that no local day starts inside one (see docs/scale-out.md); the counts are the same
/// as converting every row.
/// A range (<see cref="WithRange"/>, <see cref="WithDates"/>) keeps the rows with <see cref="From"/> ≤ instant &lt;
/// <see cref="To"/>, as <see cref="Trend"/> does, compared at the engines' microsecond precision.
/// </para>
/// <para>
/// <b>Nothing is dropped silently.</b> A NULL rating, a rating that is not a whole number or lies outside
/// <see cref="Scale"/>, a NULL instant when a period is asked for, and any bad weight make <see cref="Execute"/> throw
/// an <see cref="System.IO.InvalidDataException"/> that names the group and the value; filter such rows in a
/// <see cref="SqlSource.Query"/> source when leaving them out is what you want.
/// </para>
/// <para>Immutable and thread-safe: every <c>With…</c> method returns a new query.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class RatingCountQuery
{
    private readonly string[] _groupColumns;

    private RatingCountQuery(SqlSource source, string ratingColumn, RatingScale scale, string? weightColumn, string[] groupColumns,
        string? instantColumn, InstantColumnType instantType, CalendarPeriod? period, DateTimeZone? zone, Instant? from, Instant? to)
    {
        Source = source;
        RatingColumn = ratingColumn;
        Scale = scale;
        WeightColumn = weightColumn;
        _groupColumns = groupColumns;
        GroupColumns = Array.AsReadOnly(groupColumns);
        InstantColumn = instantColumn;
        InstantType = instantType;
        Period = period;
        Zone = zone;
        From = from;
        To = to;
    }

    /// <summary>Where the rows come from.</summary>
    public SqlSource Source { get; }

    /// <summary>The column holding the rating (a whole number on <see cref="Scale"/>).</summary>
    public string RatingColumn { get; }

    /// <summary>The scale the ratings must lie on.</summary>
    public RatingScale Scale { get; }

    /// <summary>The column holding each row's survey weight, or <see langword="null"/> for unweighted counts.</summary>
    public string? WeightColumn { get; }

    /// <summary>The columns the counts are grouped by (none by default), in order.</summary>
    public IReadOnlyList<string> GroupColumns { get; }

    /// <summary>The instant column whose local date picks the period, or <see langword="null"/> when there is no period.</summary>
    public string? InstantColumn { get; }

    /// <summary>How <see cref="InstantColumn"/> stores its instants.</summary>
    public InstantColumnType InstantType { get; }

    /// <summary>The kind of calendar period the counts are split by, or <see langword="null"/>.</summary>
    public CalendarPeriod? Period { get; }

    /// <summary>The time zone whose local calendar defines the periods, or <see langword="null"/>.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>The start of the range (inclusive), or <see langword="null"/> for no range.</summary>
    public Instant? From { get; }

    /// <summary>The end of the range (exclusive), or <see langword="null"/> for no range.</summary>
    public Instant? To { get; }

    /// <summary>Whether the counts carry survey weights.</summary>
    public bool IsWeighted => WeightColumn is not null;

    /// <summary>Counts the ratings in <paramref name="ratingColumn"/> of <paramref name="source"/>, ungrouped, unweighted, over all time.</summary>
    /// <param name="source">The rows.</param>
    /// <param name="ratingColumn">The rating column's name.</param>
    /// <param name="scale">The scale the ratings must lie on.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="ratingColumn"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratingColumn"/> is empty or holds a NUL character.</exception>
    public static RatingCountQuery Create(SqlSource source, string ratingColumn, RatingScale scale)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new RatingCountQuery(source, Identifier.Check(ratingColumn, nameof(ratingColumn)), scale, null, [], null,
            InstantColumnType.TimestampWithTimeZone, null, null, null, null);
    }

    /// <summary>The same query over another source (the table in a warehouse that a file stood in for, another partition).</summary>
    /// <param name="source">The rows.</param>
    /// <returns>The new query; its counts merge with this one's (<see cref="GroupedRatingCounts.Merge"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public RatingCountQuery WithSource(SqlSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source, RatingColumn, Scale, WeightColumn, _groupColumns, InstantColumn, InstantType, Period, Zone, From, To);
    }

    /// <summary>The same query with survey weights from <paramref name="weightColumn"/>: counts become weighted counts (Σw, Σw²).</summary>
    /// <param name="weightColumn">The weight column's name (any numeric type).</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weightColumn"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="weightColumn"/> is empty or holds a NUL character.</exception>
    public RatingCountQuery WithWeights(string weightColumn) =>
        new(Source, RatingColumn, Scale, Identifier.Check(weightColumn, nameof(weightColumn)), _groupColumns, InstantColumn, InstantType, Period, Zone, From, To);

    /// <summary>The same query grouped by <paramref name="columns"/> (replacing any earlier grouping; none for no grouping).</summary>
    /// <param name="columns">The group columns' names, distinct.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty, holds a NUL character or repeats.</exception>
    public RatingCountQuery WithGroups(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        string[] copy = new string[columns.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = Identifier.Check(columns[i], nameof(columns));
            if (!seen.Add(copy[i]))
            {
                throw new ArgumentException($"The group column '{copy[i]}' is named twice.", nameof(columns));
            }
        }

        return new(Source, RatingColumn, Scale, WeightColumn, copy, InstantColumn, InstantType, Period, Zone, From, To);
    }

    /// <summary>The same query split by the calendar period that holds each row's instant in <paramref name="zone"/>.</summary>
    /// <param name="instantColumn">The instant column's name.</param>
    /// <param name="period">The kind of calendar period.</param>
    /// <param name="zone">A time zone of the IANA (TZDB) database, such as <c>DateTimeZoneProviders.Tzdb["Europe/Berlin"]</c>.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instantColumn"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="instantColumn"/> is empty or holds a NUL character, or <paramref name="zone"/> is not an IANA zone.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is unknown.</exception>
    public RatingCountQuery WithPeriod(string instantColumn, CalendarPeriod period, DateTimeZone zone) =>
        WithPeriod(instantColumn, period, zone, InstantColumnType.TimestampWithTimeZone);

    /// <summary>The same query split by the calendar period that holds each row's instant in <paramref name="zone"/>, with the column's storage stated.</summary>
    /// <param name="instantColumn">The instant column's name.</param>
    /// <param name="period">The kind of calendar period.</param>
    /// <param name="zone">A time zone of the IANA (TZDB) database.</param>
    /// <param name="instantType">How the column stores instants.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instantColumn"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="instantColumn"/> is empty or holds a NUL character, or <paramref name="zone"/> is not an IANA zone.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> or <paramref name="instantType"/> is unknown.</exception>
    public RatingCountQuery WithPeriod(string instantColumn, CalendarPeriod period, DateTimeZone zone, InstantColumnType instantType)
    {
        string column = Identifier.Check(instantColumn, nameof(instantColumn));
        _ = CalendarBuckets.Label(new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1)), period); // validates the period
        ZoneIds.Check(zone, nameof(zone));
        if (instantType is not (InstantColumnType.TimestampWithTimeZone or InstantColumnType.UtcTimestamp))
        {
            throw new ArgumentOutOfRangeException(nameof(instantType), instantType, "Unknown instant column type; use TimestampWithTimeZone or UtcTimestamp.");
        }

        return new(Source, RatingColumn, Scale, WeightColumn, _groupColumns, column, instantType, period, zone, From, To);
    }

    /// <summary>The same query restricted to rows with <paramref name="from"/> ≤ instant &lt; <paramref name="to"/> (after <see cref="WithPeriod(string, CalendarPeriod, DateTimeZone)"/>).</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive), after <paramref name="from"/>.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="InvalidOperationException">The query has no instant column yet.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public RatingCountQuery WithRange(Instant from, Instant to)
    {
        if (InstantColumn is null)
        {
            throw new InvalidOperationException("A range needs the instant column: call WithPeriod first.");
        }

        if (to <= from)
        {
            throw new ArgumentException($"The end of the range ({to}) must be after its start ({from}).", nameof(to));
        }

        return new(Source, RatingColumn, Scale, WeightColumn, _groupColumns, InstantColumn, InstantType, Period, Zone, from, to);
    }

    /// <summary>
    /// The same query restricted to rows whose local date in <see cref="Zone"/> lies in <paramref name="dates"/> (after
    /// <see cref="WithPeriod(string, CalendarPeriod, DateTimeZone)"/>): the range from the start of the first date to the
    /// start of the day after the last, as <see cref="Trend"/> takes local dates.
    /// </summary>
    /// <param name="dates">The local dates, both ends included, in the ISO calendar.</param>
    /// <returns>The new query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The query has no period yet.</exception>
    /// <exception cref="ArgumentException">The dates are not in the ISO calendar.</exception>
    public RatingCountQuery WithDates(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (Zone is null)
        {
            throw new InvalidOperationException("Local dates need the zone: call WithPeriod first.");
        }

        if (dates.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The dates are in the {dates.Start.Calendar.Id} calendar; give ISO dates.", nameof(dates));
        }

        return WithRange(Zone.AtStartOfDay(dates.Start).ToInstant(), Zone.AtStartOfDay(dates.End.PlusDays(1)).ToInstant());
    }

    /// <summary>The statement that computes the counts in <paramref name="dialect"/> (see the type remarks for its columns).</summary>
    /// <param name="dialect">The dialect.</param>
    /// <returns>The statement and its parameter values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is unknown.</exception>
    /// <exception cref="NotSupportedException">The source is a file and the dialect is not DuckDB.</exception>
    public SqlStatement ToSql(SqlDialect dialect)
    {
        DialectWriter writer = DialectWriter.For(dialect);
        var sql = new SqlBuilder(writer);
        var outer = new List<string>();
        var inner = new List<string>();
        for (int i = 0; i < _groupColumns.Length; i++)
        {
            string alias = GroupAlias(i);
            inner.Add($"{writer.AsText(writer.Quote(_groupColumns[i]))} AS {alias}");
            outer.Add(alias);
        }

        if (Period is { } period && writer.EpochMicros(writer.Quote(InstantColumn!), InstantType) is { } micros)
        {
            return BucketedSql(writer, sql, inner, outer, period, micros);
        }

        // The zone's placeholder comes first in the text, so positional parameters bind in order.
        if (Period is not null)
        {
            inner.Add($"{writer.LocalTime(writer.Quote(InstantColumn!), InstantType, sql.Parameter(Zone!.Id, ParameterType.Text))} AS cx_local");
        }

        inner.Add($"{writer.Quote(RatingColumn)} AS cx_rating");
        if (WeightColumn is not null)
        {
            inner.Add($"{writer.AsDouble(writer.Quote(WeightColumn))} AS cx_w");
        }

        string rows = $"SELECT {string.Join(", ", inner)} FROM {writer.From(Source, sql)} AS cx_src{RangeFilter(writer, sql)}";
        var keys = new List<string>(outer);
        if (Period is { } p)
        {
            var middle = new List<string>(outer) { $"{writer.PeriodStart("cx_local", p)} AS cx_period", "cx_rating" };
            if (WeightColumn is not null)
            {
                middle.Add("cx_w");
            }

            rows = $"SELECT {string.Join(", ", middle)} FROM ({rows}) AS cx_rows";
            keys.Add("cx_period");
        }

        keys.Add("cx_rating");
        var select = new List<string>(keys) { "COUNT(*) AS cx_n" };
        if (WeightColumn is not null)
        {
            select.AddRange(WeightAggregates(writer));
        }

        sql.Append($"SELECT {string.Join(", ", select)} FROM ({rows}) AS cx_t GROUP BY {string.Join(", ", keys)}");
        return sql.ToStatement();
    }

    /// <summary>
    /// The statement for engines that can count per instant bucket first (<see cref="DialectWriter.EpochMicros"/>): rows
    /// are counted per group, UTC bucket and rating, and only the buckets' starts go through the engine's time-zone
    /// conversion; then the bucket counts are summed per period.
    /// </summary>
    /// <remarks>
    /// Converting every row to local time dominates DuckDB's time (ICU's <c>timezone</c>); a year has only 8,760 hours. The buckets are as wide as <see cref="ZoneBuckets"/> allows, so
    /// that no period of <see cref="Zone"/> starts inside a bucket and every row of a bucket lies in the bucket start's
    /// period: the counts are exactly those of converting each row.
    /// </remarks>
    private SqlStatement BucketedSql(DialectWriter writer, SqlBuilder sql, List<string> inner, List<string> outer, CalendarPeriod period, string micros)
    {
        ZoneBuckets buckets = ZoneBuckets.For(Zone!);
        var bucket = new StringBuilder("CASE");
        foreach (ZoneBuckets.Span span in buckets.Spans)
        {
            // Every number in parentheses: a negative one after a minus would otherwise read as "--", a comment.
            bucket.Append(CultureInfo.InvariantCulture, $" WHEN cx_us >= ({span.From}) AND cx_us < ({span.To}) THEN cx_us - ((cx_us - ({span.From})) % ({span.Width}))");
        }

        bucket.Append(" ELSE cx_us END");
        inner.Add($"{micros} AS cx_us");
        inner.Add($"{writer.Quote(RatingColumn)} AS cx_rating");
        var middle = new List<string>(outer) { $"{bucket} AS cx_bucket", "cx_rating" };
        if (WeightColumn is not null)
        {
            inner.Add($"{writer.AsDouble(writer.Quote(WeightColumn))} AS cx_w");
            middle.Add("cx_w");
        }

        string rows = $"SELECT {string.Join(", ", middle)} FROM (SELECT {string.Join(", ", inner)} FROM {writer.From(Source, sql)} AS cx_src{RangeFilter(writer, sql)}) AS cx_us_rows";

        // Counts per group, bucket and rating.
        var bucketKeys = new List<string>(outer) { "cx_bucket", "cx_rating" };
        var bucketSelect = new List<string>(bucketKeys) { "COUNT(*) AS cx_n" };
        if (WeightColumn is not null)
        {
            bucketSelect.AddRange(WeightAggregates(writer));
        }

        string perBucket = $"SELECT {string.Join(", ", bucketSelect)} FROM ({rows}) AS cx_rows GROUP BY {string.Join(", ", bucketKeys)}";

        // The period of each bucket's start, then the sums per period.
        string local = writer.LocalTime(writer.InstantBound("cx_bucket", InstantColumnType.TimestampWithTimeZone), InstantColumnType.TimestampWithTimeZone,
            sql.Parameter(Zone!.Id, ParameterType.Text));
        var periodSelect = new List<string>(outer) { $"{writer.PeriodStart(local, period)} AS cx_period", "cx_rating", "cx_n" };
        if (WeightColumn is not null)
        {
            periodSelect.AddRange(["cx_sum_w", "cx_sum_w2", "cx_bad_w"]);
        }

        var keys = new List<string>(outer) { "cx_period", "cx_rating" };
        var select = new List<string>(keys) { $"{writer.AsInt64("SUM(cx_n)")} AS cx_n" };
        if (WeightColumn is not null)
        {
            select.Add("SUM(cx_sum_w) AS cx_sum_w");
            select.Add("SUM(cx_sum_w2) AS cx_sum_w2");
            select.Add($"{writer.AsInt64("SUM(cx_bad_w)")} AS cx_bad_w");
        }

        sql.Append($"SELECT {string.Join(", ", select)} FROM (SELECT {string.Join(", ", periodSelect)} FROM ({perBucket}) AS cx_buckets) AS cx_t GROUP BY {string.Join(", ", keys)}");
        return sql.ToStatement();
    }

    private string RangeFilter(DialectWriter writer, SqlBuilder sql)
    {
        if (From is not { } start || To is not { } end)
        {
            return string.Empty;
        }

        string column = writer.Quote(InstantColumn!);
        return $" WHERE {column} >= {writer.InstantBound(sql.Parameter(Micros.Ceiling(start), ParameterType.Int64), InstantType)}"
            + $" AND {column} < {writer.InstantBound(sql.Parameter(Micros.Ceiling(end), ParameterType.Int64), InstantType)}";
    }

    // Σw, Σw² and the count of bad weights of the rows' cx_w, as the columns cx_sum_w, cx_sum_w2 and cx_bad_w.
    private static string[] WeightAggregates(DialectWriter writer) =>
    [
        "SUM(cx_w) AS cx_sum_w",
        "SUM(cx_w * cx_w) AS cx_sum_w2",
        $"COUNT(CASE WHEN cx_w IS NULL OR NOT (cx_w = 0 OR (cx_w >= {writer.DoubleLiteral("1e-150")} AND cx_w <= {writer.DoubleLiteral("1e150")})) THEN 1 END) AS cx_bad_w",
    ];

    /// <summary>Runs the statement of <paramref name="dialect"/> on <paramref name="connection"/> and reads the counts.</summary>
    /// <param name="connection">An ADO.NET connection to the engine; opened and closed again when it is closed.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <returns>The validated counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is unknown.</exception>
    /// <exception cref="NotSupportedException">The source is a file and the dialect is not DuckDB.</exception>
    /// <exception cref="System.IO.InvalidDataException">A row breaks a rule of the type remarks (the message names the group and the value).</exception>
    /// <exception cref="DbException">The engine rejected the statement (a missing table or column, a bad zone).</exception>
    public GroupedRatingCounts Execute(DbConnection connection, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqlStatement statement = ToSql(dialect);
        var builder = new GroupedRatingCountsBuilder(this);
        bool open = connection.State == ConnectionState.Closed;
        if (open)
        {
            connection.Open();
        }

        try
        {
            using DbCommand command = statement.CreateCommand(connection);
            using DbDataReader reader = command.ExecuteReader();
            builder.AddRows(reader);
        }
        finally
        {
            if (open)
            {
                connection.Close();
            }
        }

        return builder.ToCounts();
    }

    /// <summary>Runs the statement of <paramref name="dialect"/> on <paramref name="connection"/> and reads the counts, asynchronously.</summary>
    /// <param name="connection">An ADO.NET connection to the engine; opened and closed again when it is closed.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="cancellationToken">Cancels the query and the reading.</param>
    /// <returns>The validated counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is unknown.</exception>
    /// <exception cref="NotSupportedException">The source is a file and the dialect is not DuckDB.</exception>
    /// <exception cref="System.IO.InvalidDataException">A row breaks a rule of the type remarks (the message names the group and the value).</exception>
    /// <exception cref="DbException">The engine rejected the statement.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<GroupedRatingCounts> ExecuteAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqlStatement statement = ToSql(dialect);
        var builder = new GroupedRatingCountsBuilder(this);
        bool open = connection.State == ConnectionState.Closed;
        if (open)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            DbCommand command = statement.CreateCommand(connection);
            await using (command.ConfigureAwait(false))
            {
                DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await builder.AddRowsAsync(reader, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (open)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }

        return builder.ToCounts();
    }

    /// <summary>Describes the query: source, rating column and scale, weights, groups, period and range.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"ratings {RatingColumn} on {Scale} from {Source}");
        if (WeightColumn is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", weighted by {WeightColumn}");
        }

        if (_groupColumns.Length > 0)
        {
            text.Append(", grouped by ").Append(string.Join(", ", _groupColumns));
        }

        if (Period is { } period)
        {
            text.Append(CultureInfo.InvariantCulture, $", by {period} of {InstantColumn} in {Zone!.Id}");
        }

        if (From is { } from && To is { } to)
        {
            text.Append(CultureInfo.InvariantCulture, $", from {from} to {to}");
        }

        return text.ToString();
    }

    internal static string GroupAlias(int index) => "cx_g" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether counts of this query and of <paramref name="other"/> describe the same groups and periods, so that they merge (the sources may differ).</summary>
    internal bool SameShape(RatingCountQuery other) =>
        Scale == other.Scale && IsWeighted == other.IsWeighted && _groupColumns.SequenceEqual(other._groupColumns, StringComparer.Ordinal)
        && Period == other.Period && Equals(Zone, other.Zone) && From == other.From && To == other.To;
}
