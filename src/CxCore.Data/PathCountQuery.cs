using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CxCore.Data.Dialects;
using CxCore.Data.Rows;
using CxCore.Journeys;

namespace CxCore.Data;

/// <summary>
/// Conversion paths counted inside a database: touchpoint rows are ordered per journey by time (ties by a second
/// column), cut at the journey's first conversion, listed as a path of step names, and counted per distinct path —
/// so that Markov and heuristic attribution (<see cref="MarkovAttribution"/>) run on path counts without loading
/// the touchpoints.
/// </summary>
/// <remarks>
/// <para>
/// <b>The cut.</b> A journey converts when one of its touchpoints has a true conversion flag; its path runs from its
/// first touchpoint up to and including the first converting one, and later touchpoints (support contacts after a
/// purchase, a second purchase) are left out, because they cannot have led to a conversion that had already
/// happened — counting them would give them credit for it. A journey without a converting touchpoint keeps every
/// touchpoint and counts as a non-conversion. Touchpoints are ordered by the time column, then by the tiebreak column
/// as the engine compares it (use a number, or text in a binary collation, to match an ordinal order); touchpoints equal
/// in both are in no defined order (DuckDB orders them by step name).
/// </para>
/// <para>
/// <b>The statement</b> returns one row per distinct path with the columns <c>cx_path</c> (the step names as an array or
/// list, in order), <c>cx_conversions</c>, <c>cx_non_conversions</c> and <c>cx_bad_journeys</c> (journeys with a
/// touchpoint whose journey id, step, time, tiebreak or conversion flag is NULL). Steps are compared as text. Names are
/// quoted by the dialect. A journey with a bad touchpoint makes <see cref="Execute"/> throw; nothing is dropped silently.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class PathCountQuery
{
    private PathCountQuery(SqlSource source, string journeyColumn, string stepColumn, string timeColumn, string tiebreakColumn, string conversionColumn)
    {
        Source = source;
        JourneyColumn = journeyColumn;
        StepColumn = stepColumn;
        TimeColumn = timeColumn;
        TiebreakColumn = tiebreakColumn;
        ConversionColumn = conversionColumn;
    }

    /// <summary>Where the touchpoint rows come from.</summary>
    public SqlSource Source { get; }

    /// <summary>The column that identifies a journey (a customer, a session).</summary>
    public string JourneyColumn { get; }

    /// <summary>The column with the step name (a channel, a touchpoint kind).</summary>
    public string StepColumn { get; }

    /// <summary>The column the touchpoints are ordered by (a time).</summary>
    public string TimeColumn { get; }

    /// <summary>The column that orders touchpoints at the same time (a touchpoint id).</summary>
    public string TiebreakColumn { get; }

    /// <summary>The boolean column that is true for a touchpoint at which the journey converted.</summary>
    public string ConversionColumn { get; }

    /// <summary>Counts the conversion paths of the touchpoints in <paramref name="source"/>.</summary>
    /// <param name="source">The touchpoint rows.</param>
    /// <param name="journeyColumn">The journey id column.</param>
    /// <param name="stepColumn">The step name column.</param>
    /// <param name="timeColumn">The time column.</param>
    /// <param name="tiebreakColumn">The column that orders touchpoints at the same time.</param>
    /// <param name="conversionColumn">The boolean conversion flag column.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column name is empty or holds a NUL character.</exception>
    public static PathCountQuery Create(SqlSource source, string journeyColumn, string stepColumn, string timeColumn, string tiebreakColumn, string conversionColumn)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PathCountQuery(source, Identifier.Check(journeyColumn, nameof(journeyColumn)), Identifier.Check(stepColumn, nameof(stepColumn)),
            Identifier.Check(timeColumn, nameof(timeColumn)), Identifier.Check(tiebreakColumn, nameof(tiebreakColumn)),
            Identifier.Check(conversionColumn, nameof(conversionColumn)));
    }

    /// <summary>The statement that counts the paths in <paramref name="dialect"/> (see the type remarks for its columns).</summary>
    /// <param name="dialect">The dialect.</param>
    /// <returns>The statement and its parameter values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is unknown.</exception>
    /// <exception cref="NotSupportedException">The source is a file and the dialect is not DuckDB.</exception>
    public SqlStatement ToSql(SqlDialect dialect)
    {
        DialectWriter w = DialectWriter.For(dialect);
        var sql = new SqlBuilder(w);
        string j = w.Quote(JourneyColumn), s = w.Quote(StepColumn), t = w.Quote(TimeColumn), k = w.Quote(TiebreakColumn), c = w.Quote(ConversionColumn);
        string rows = $"SELECT {j} AS cx_journey, {w.AsText(s)} AS cx_step, {t} AS cx_at, {k} AS cx_tie, CASE WHEN {c} THEN 1 ELSE 0 END AS cx_conv, "
            + $"CASE WHEN {j} IS NULL OR {s} IS NULL OR {t} IS NULL OR {k} IS NULL OR {c} IS NULL THEN 1 ELSE 0 END AS cx_bad FROM {w.From(Source, sql)} AS cx_src";
        string journeys = w.PathJourneys(rows);
        sql.Append($"SELECT {w.PathSelect("cx_path")} AS cx_path, COUNT(CASE WHEN cx_converted = 1 THEN 1 END) AS cx_conversions, "
            + "COUNT(CASE WHEN cx_converted = 0 THEN 1 END) AS cx_non_conversions, COUNT(CASE WHEN cx_bad = 1 THEN 1 END) AS cx_bad_journeys "
            + $"FROM ({journeys}) AS cx_journeys GROUP BY {w.PathGroupKey("cx_path")}");
        return sql.ToStatement();
    }

    /// <summary>Runs the statement of <paramref name="dialect"/> on <paramref name="connection"/> and reads the path counts.</summary>
    /// <param name="connection">An ADO.NET connection to the engine; opened and closed again when it is closed.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <returns>The paths, ordered by their steps (ordinal), ready for attribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is unknown.</exception>
    /// <exception cref="NotSupportedException">The source is a file and the dialect is not DuckDB.</exception>
    /// <exception cref="InvalidDataException">A journey has a bad touchpoint, or a step name is blank or reserved (the message names the path).</exception>
    /// <exception cref="DbException">The engine rejected the statement.</exception>
    public PathCollection Execute(DbConnection connection, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqlStatement statement = ToSql(dialect);
        var paths = new List<ConversionPath>();
        bool open = connection.State == ConnectionState.Closed;
        if (open)
        {
            connection.Open();
        }

        try
        {
            using DbCommand command = statement.CreateCommand(connection);
            using DbDataReader reader = command.ExecuteReader();
            object[] values = Start(reader);
            while (reader.Read())
            {
                reader.GetValues(values);
                paths.Add(ToPath(values, paths.Count + 1));
            }
        }
        finally
        {
            if (open)
            {
                connection.Close();
            }
        }

        return Collect(paths);
    }

    /// <summary>Runs the statement of <paramref name="dialect"/> on <paramref name="connection"/> and reads the path counts, asynchronously.</summary>
    /// <param name="connection">An ADO.NET connection to the engine; opened and closed again when it is closed.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="cancellationToken">Cancels the query and the reading.</param>
    /// <returns>The paths, ordered by their steps (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is unknown.</exception>
    /// <exception cref="NotSupportedException">The source is a file and the dialect is not DuckDB.</exception>
    /// <exception cref="InvalidDataException">A journey has a bad touchpoint, or a step name is blank or reserved.</exception>
    /// <exception cref="DbException">The engine rejected the statement.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<PathCollection> ExecuteAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        SqlStatement statement = ToSql(dialect);
        var paths = new List<ConversionPath>();
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
                    object[] values = Start(reader);
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        reader.GetValues(values);
                        paths.Add(ToPath(values, paths.Count + 1));
                    }
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

        return Collect(paths);
    }

    /// <summary>Describes the query.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"paths of {StepColumn} per {JourneyColumn} from {Source}, ordered by {TimeColumn}, {TiebreakColumn}, cut at the first {ConversionColumn}");

    private static object[] Start(DbDataReader reader)
    {
        if (reader.FieldCount != 4)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The rows have {reader.FieldCount} columns; path counts have 4 (path, conversions, non-conversions, bad journeys)."));
        }

        return new object[4];
    }

    private ConversionPath ToPath(object[] values, int row)
    {
        long bad = values[3] is DBNull ? -1 : CellValues.ToInt64(values[3]) ?? -1;
        List<object?>? items = values[0] is DBNull ? null : CellValues.ToList(values[0]);
        string shown = items is null ? CellValues.Describe(values[0]) : string.Join(" > ", items.ConvertAll(i => i is null ? "NULL" : CellValues.ToText(i)));
        if (bad != 0)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"Path row {row} ({shown}) of {Source}: {CellValues.Describe(values[3])} journeys have a touchpoint whose {JourneyColumn}, {StepColumn}, {TimeColumn}, {TiebreakColumn} or {ConversionColumn} is NULL; filter or fill them in the source."));
        }

        if (items is null || items.Count == 0)
        {
            throw new InvalidDataException($"Path row {row} of {Source}: the path {shown} is not a list of steps.");
        }

        long conversions = CellValues.ToInt64(values[1]) ?? throw new InvalidDataException($"Path row {row} ({shown}): the conversion count {CellValues.Describe(values[1])} is not a whole number.");
        long nonConversions = CellValues.ToInt64(values[2]) ?? throw new InvalidDataException($"Path row {row} ({shown}): the non-conversion count {CellValues.Describe(values[2])} is not a whole number.");
        var steps = new string[items.Count];
        for (int i = 0; i < steps.Length; i++)
        {
            steps[i] = items[i] is { } item ? CellValues.ToText(item) : string.Empty;
        }

        try
        {
            return ConversionPath.FromCounts(steps, conversions, nonConversions);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Path row {row} ({shown}) of {Source} is not a valid path: {e.Message}", e);
        }
    }

    private static PathCollection Collect(List<ConversionPath> paths)
    {
        paths.Sort(static (a, b) =>
        {
            int n = Math.Min(a.Steps.Count, b.Steps.Count);
            for (int i = 0; i < n; i++)
            {
                int c = string.CompareOrdinal(a.Steps[i], b.Steps[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Steps.Count.CompareTo(b.Steps.Count);
        });
        return PathCollection.From(paths);
    }
}
