using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxCore.Analysis;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data;

/// <summary>
/// Rating counts per group (and per calendar period) as a <see cref="RatingCountQuery"/> returns them: the input of
/// every counts-first analysis — <see cref="Trend.FromCounts(IEnumerable{KeyValuePair{LocalDate, RatingCounts}}, RatingScale, RatingMetric, CalendarPeriod, DateTimeZone, Instant, Instant, double)"/>,
/// <see cref="SegmentComparison.Compare"/>, <see cref="TopicImpact.ComputeAll(RatingCounts, IReadOnlyDictionary{string, RatingCounts}, double)"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Groups"/> lists the groups that have rows, in order of their values (ordinal, NULL first) and then of
/// their period; groups and periods without rows are absent (a trend fills them in as empty periods). Counts merge by
/// addition: the counts of several partitions, files or workers that ran the same query on their part of the data add
/// up exactly (<see cref="Merge"/>, and <see cref="GroupedRatingCountsBuilder"/> for rows).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
[CxCore.Display.TypeFormatterSource(typeof(CxCore.Display.NotebookFormatterSource))]
public sealed class GroupedRatingCounts : CxCore.Display.ITabularResult
{
    internal GroupedRatingCounts(RatingCountQuery query, IReadOnlyList<RatingCountGroup> groups)
    {
        Query = query;
        Groups = groups;
        RatingCounts total = RatingCounts.Empty(query.Scale);
        WeightedRatingCounts? weighted = query.IsWeighted ? WeightedRatingCounts.Empty(query.Scale) : null;
        foreach (RatingCountGroup group in groups)
        {
            total += group.Counts;
            if (weighted is not null)
            {
                weighted += group.WeightedCounts!;
            }
        }

        Total = total;
        WeightedTotal = weighted;
    }

    /// <summary>The query whose shape the counts have (for merged counts, the first one's).</summary>
    public RatingCountQuery Query { get; }

    /// <summary>The groups with rows, ordered by their values (ordinal, NULL first), then period.</summary>
    public IReadOnlyList<RatingCountGroup> Groups { get; }

    /// <summary>The counts of all rows.</summary>
    public RatingCounts Total { get; }

    /// <summary>The weighted counts of all rows, or <see langword="null"/> when unweighted.</summary>
    public WeightedRatingCounts? WeightedTotal { get; }

    /// <summary>
    /// The counts per value of the one group column, over all periods: the input of <see cref="SegmentComparison.Compare"/>.
    /// </summary>
    /// <returns>The counts per segment name.</returns>
    /// <exception cref="InvalidOperationException">The query does not group by exactly one column, or a group value is NULL (name it in the source, for example with COALESCE).</exception>
    public IReadOnlyDictionary<string, RatingCounts> BySegment()
    {
        if (Query.GroupColumns.Count != 1)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Segments need exactly one group column; the counts are grouped by {Query.GroupColumns.Count}."));
        }

        var segments = new SortedDictionary<string, RatingCounts>(StringComparer.Ordinal);
        foreach (RatingCountGroup group in Groups)
        {
            string name = group.Key[0] ?? throw new InvalidOperationException(
                $"The group column {Query.GroupColumns[0]} is NULL for {group.Counts.Total} rows; a segment needs a name (COALESCE it in the source, or filter the rows).");
            segments[name] = segments.TryGetValue(name, out RatingCounts? sum) ? sum + group.Counts : group.Counts;
        }

        return segments.AsReadOnly();
    }

    /// <summary>The counts per period over all groups, keyed by the period's first local date: the input of <c>Trend.FromCounts</c>.</summary>
    /// <returns>The counts per period start, in date order.</returns>
    /// <exception cref="InvalidOperationException">The query has no period.</exception>
    public IReadOnlyDictionary<LocalDate, RatingCounts> ByPeriod()
    {
        if (Query.Period is null)
        {
            throw new InvalidOperationException("The counts have no period: give the query one with WithPeriod.");
        }

        var periods = new SortedDictionary<LocalDate, RatingCounts>();
        foreach (RatingCountGroup group in Groups)
        {
            LocalDate start = group.Period!.Start;
            periods[start] = periods.TryGetValue(start, out RatingCounts? sum) ? sum + group.Counts : group.Counts;
        }

        return periods.AsReadOnly();
    }

    /// <summary>
    /// The trend of all rows over the query's range (<see cref="RatingCountQuery.WithRange"/> or
    /// <see cref="RatingCountQuery.WithDates"/>): identical to <see cref="Trend.Build(IEnumerable{Feedback}, FeedbackInstrument, CalendarPeriod, DateTimeZone, Instant, Instant, TrendOptions?)"/>
    /// on the same responses.
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The trend, one point per period of the range, empty ones included.</returns>
    /// <exception cref="InvalidOperationException">The query has no period or no range.</exception>
    /// <exception cref="ArgumentException">NPS asked of counts not on 0–10.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="confidence"/> is out of range.</exception>
    public TrendResult ToTrend(RatingMetric metric, double confidence = 0.95)
    {
        (Instant from, Instant to) = Range();
        return Trend.FromCounts(ByPeriod(), Query.Scale, metric, Query.Period!.Value, Query.Zone!, from, to, confidence);
    }

    /// <summary>One trend per value of the one group column, over the query's range (a segment × period table).</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The trends per segment name, in ordinal order.</returns>
    /// <exception cref="InvalidOperationException">The query has no period, no range, not exactly one group column, or a NULL group value.</exception>
    /// <exception cref="ArgumentException">NPS asked of counts not on 0–10.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> or <paramref name="confidence"/> is out of range.</exception>
    public IReadOnlyDictionary<string, TrendResult> ToSegmentTrends(RatingMetric metric, double confidence = 0.95)
    {
        (Instant from, Instant to) = Range();
        IReadOnlyDictionary<string, RatingCounts> segments = BySegment(); // checks the grouping
        var trends = new SortedDictionary<string, TrendResult>(StringComparer.Ordinal);
        foreach (string segment in segments.Keys)
        {
            IEnumerable<KeyValuePair<LocalDate, RatingCounts>> periods = Groups
                .Where(g => string.Equals(g.Key[0], segment, StringComparison.Ordinal))
                .Select(g => new KeyValuePair<LocalDate, RatingCounts>(g.Period!.Start, g.Counts));
            trends.Add(segment, Trend.FromCounts(periods, Query.Scale, metric, Query.Period!.Value, Query.Zone!, from, to, confidence));
        }

        return trends.AsReadOnly();
    }

    /// <summary>
    /// Adds the counts of <paramref name="other"/>, which answered a query of the same shape (scale, weights, group
    /// columns, period, zone and range; the source may differ, as for the partitions of one table): exact for the
    /// counts, rounding only in the weight sums.
    /// </summary>
    /// <param name="other">The other counts.</param>
    /// <returns>The merged counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public GroupedRatingCounts Merge(GroupedRatingCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Query.SameShape(other.Query))
        {
            throw new ArgumentException($"Counts of \"{other.Query}\" do not have the shape of \"{Query}\" (scale, weights, group columns, period, zone and range must agree).", nameof(other));
        }

        var builder = new GroupedRatingCountsBuilder(Query);
        foreach (GroupedRatingCounts part in new[] { this, other })
        {
            foreach (RatingCountGroup group in part.Groups)
            {
                LocalDate? start = group.Period?.Start;
                for (int rating = Query.Scale.Minimum; rating <= Query.Scale.Maximum; rating++)
                {
                    long n = group.Counts[rating];
                    if (n == 0)
                    {
                        continue;
                    }

                    if (group.WeightedCounts is { } w)
                    {
                        builder.Add(group.Key, start, rating, n, w.WeightAt(rating), w.SquaredWeightAt(rating));
                    }
                    else
                    {
                        builder.Add(group.Key, start, rating, n);
                    }
                }
            }
        }

        return builder.ToCounts();
    }

    /// <summary>Adds two sets of counts of the same shape (see <see cref="Merge"/>).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The merged counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    public static GroupedRatingCounts operator +(GroupedRatingCounts left, GroupedRatingCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <summary>
    /// The counts as a table, one row per group, period and rating with rows: the group columns (as named, a name that
    /// clashes with a fixed column gets a <c>group_</c> prefix), <c>period</c> (ISO date of the first day; only with a
    /// period), <c>rating</c>, <c>n</c> and, when weighted, <c>sum_w</c> and <c>sum_w2</c>.
    /// </summary>
    /// <returns>The table (for CSV, Markdown or Parquet).</returns>
    public ResultTable ToTable()
    {
        var fixedColumns = new List<string>();
        if (Query.Period is not null)
        {
            fixedColumns.Add("period");
        }

        fixedColumns.AddRange(["rating", "n"]);
        if (Query.IsWeighted)
        {
            fixedColumns.AddRange(["sum_w", "sum_w2"]);
        }

        var columns = new List<string>();
        foreach (string group in Query.GroupColumns)
        {
            string name = group;
            while (fixedColumns.Contains(name, StringComparer.Ordinal) || columns.Contains(name, StringComparer.Ordinal))
            {
                name = "group_" + name;
            }

            columns.Add(name);
        }

        columns.AddRange(fixedColumns);
        var rows = new List<object?[]>();
        foreach (RatingCountGroup group in Groups)
        {
            for (int rating = Query.Scale.Minimum; rating <= Query.Scale.Maximum; rating++)
            {
                long n = group.Counts[rating];
                if (n == 0)
                {
                    continue;
                }

                var row = new List<object?>(group.Key);
                if (group.Period is { } period)
                {
                    row.Add(period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                }

                row.Add((long)rating);
                row.Add(n);
                if (group.WeightedCounts is { } w)
                {
                    row.Add(w.WeightAt(rating));
                    row.Add(w.SquaredWeightAt(rating));
                }

                rows.Add([.. row]);
            }
        }

        return ResultTable.FromRows(columns, rows);
    }

    /// <summary>The counts as an aligned text table (see <see cref="ToTable"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToTable().ToString();

    private (Instant From, Instant To) Range()
    {
        if (Query.Period is null)
        {
            throw new InvalidOperationException("The counts have no period: give the query one with WithPeriod.");
        }

        if (Query.From is not { } from || Query.To is not { } to)
        {
            throw new InvalidOperationException("A trend needs the range of its periods: give the query one with WithRange or WithDates, or call Trend.FromCounts with ByPeriod() and a range.");
        }

        return (from, to);
    }
}
