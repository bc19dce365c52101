using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CxCore.Analysis;
using CxCore.Data.Rows;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Data;

/// <summary>
/// Adds up rows of counts in the shape of a <see cref="RatingCountQuery"/>'s statement — read from a
/// <see cref="DbDataReader"/> or given one by one, as a warehouse client or another process returns them — into
/// <see cref="GroupedRatingCounts"/>. Rows with the same group and period add up, so partial counts of many
/// partitions or workers merge exactly.
/// </summary>
/// <remarks>
/// Every row is checked: the number of group values, the period (present exactly when the query has one, and the
/// first day of a period), the rating (a whole number on the scale), the count (not negative) and, for weighted
/// counts, the weight sums and the count of bad weights. Not thread-safe; use one builder per thread and merge the
/// results.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public sealed class GroupedRatingCountsBuilder
{
    private readonly Dictionary<CountKey, Accumulator> _groups = [];
    private readonly int _points;
    private long _rows;

    /// <summary>Creates an empty builder for the counts of <paramref name="query"/>.</summary>
    /// <param name="query">The query whose statement produced (or will produce) the rows; its source does not matter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public GroupedRatingCountsBuilder(RatingCountQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        _points = query.Scale.PointCount;
    }

    /// <summary>The query whose shape the rows have.</summary>
    public RatingCountQuery Query { get; }

    /// <summary>Adds the count of one group, period and rating (unweighted queries).</summary>
    /// <param name="key">The group values, one per group column (none when there are none); NULL values allowed.</param>
    /// <param name="periodStart">The first local date of the period, or <see langword="null"/> when the query has no period.</param>
    /// <param name="rating">The rating, on the query's scale.</param>
    /// <param name="count">The number of rows, 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The key has the wrong number of values; a period is given without the query having one, or missing, or not
    /// the first day of a period; the query is weighted (use the overload with weight sums).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on the scale, or <paramref name="count"/> is negative.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public void Add(IReadOnlyList<string?> key, LocalDate? periodStart, int rating, long count)
    {
        if (Query.IsWeighted)
        {
            throw new ArgumentException("The query is weighted: add Σw and Σw² with each count.", nameof(count));
        }

        AddChecked(CheckKey(key, periodStart), rating, count, 0, 0);
    }

    /// <summary>Adds the count and weight sums of one group, period and rating (weighted queries).</summary>
    /// <param name="key">The group values, one per group column; NULL values allowed.</param>
    /// <param name="periodStart">The first local date of the period, or <see langword="null"/> when the query has no period.</param>
    /// <param name="rating">The rating, on the query's scale.</param>
    /// <param name="count">The number of rows, 0 or more.</param>
    /// <param name="sumOfWeights">Σw of those rows.</param>
    /// <param name="sumOfSquaredWeights">Σw² of those rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key or period does not fit the query, or the query is unweighted.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="rating"/> is not on the scale, <paramref name="count"/> is negative, or a sum is negative or not finite.
    /// </exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public void Add(IReadOnlyList<string?> key, LocalDate? periodStart, int rating, long count, double sumOfWeights, double sumOfSquaredWeights)
    {
        if (!Query.IsWeighted)
        {
            throw new ArgumentException("The query is unweighted: add counts without weight sums.", nameof(sumOfWeights));
        }

        if (!double.IsFinite(sumOfWeights) || sumOfWeights < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sumOfWeights), sumOfWeights, "Σw must be finite and not negative.");
        }

        if (!double.IsFinite(sumOfSquaredWeights) || sumOfSquaredWeights < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sumOfSquaredWeights), sumOfSquaredWeights, "Σw² must be finite and not negative.");
        }

        AddChecked(CheckKey(key, periodStart), rating, count, sumOfWeights, sumOfSquaredWeights);
    }

    /// <summary>Reads every row of <paramref name="reader"/>, which has the columns of the query's statement (see <see cref="RatingCountQuery"/>).</summary>
    /// <param name="reader">The reader, positioned before its first row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">
    /// The reader has the wrong number of columns, or a row breaks a rule (a NULL or fractional or out-of-scale
    /// rating, a missing period, bad weights, …); the message names the row, the group and the value.
    /// </exception>
    public void AddRows(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        object[] values = StartReading(reader);
        while (reader.Read())
        {
            reader.GetValues(values);
            AddRow(values);
        }
    }

    /// <summary>Reads every row of <paramref name="reader"/> asynchronously; see <see cref="AddRows"/>.</summary>
    /// <param name="reader">The reader, positioned before its first row.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>A task that completes when every row is read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">A row breaks a rule (see <see cref="AddRows"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task AddRowsAsync(DbDataReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        object[] values = StartReading(reader);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            reader.GetValues(values);
            AddRow(values);
        }
    }

    /// <summary>The counts added so far, groups in order of their values (ordinal, NULL first), then period.</summary>
    /// <returns>The counts; the builder can go on adding.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The weight sums of a rating are inconsistent (see <see cref="WeightedRatingCounts.FromSums"/>).</exception>
    public GroupedRatingCounts ToCounts()
    {
        var keys = new List<CountKey>(_groups.Keys);
        keys.Sort(CountKey.Compare);
        var groups = new RatingCountGroup[keys.Count];
        for (int i = 0; i < groups.Length; i++)
        {
            CountKey key = keys[i];
            Accumulator sums = _groups[key];
            RatingCounts counts = RatingCounts.FromCounts(Query.Scale, sums.Counts);
            WeightedRatingCounts? weighted = Query.IsWeighted ? WeightedRatingCounts.FromSums(Query.Scale, sums.Counts, sums.Weights, sums.SquaredWeights) : null;
            DateInterval? period = key.Period is { } start ? CalendarBuckets.PeriodOf(start, Query.Period!.Value) : null;
            groups[i] = new RatingCountGroup(Array.AsReadOnly((string?[])key.Values.Clone()), period, counts, weighted);
        }

        return new GroupedRatingCounts(Query, Array.AsReadOnly(groups));
    }

    private int ExpectedColumns => Query.GroupColumns.Count + (Query.Period is null ? 0 : 1) + 2 + (Query.IsWeighted ? 3 : 0);

    private object[] StartReading(DbDataReader reader)
    {
        if (reader.FieldCount != ExpectedColumns)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"The rows have {reader.FieldCount} columns; counts of {Query} have {ExpectedColumns} (group values, period, rating, count, weight sums)."));
        }

        return new object[reader.FieldCount];
    }

    private void AddRow(object[] values)
    {
        _rows++;
        int column = 0;
        int groups = Query.GroupColumns.Count;
        string?[] key = new string?[groups];
        for (int i = 0; i < groups; i++, column++)
        {
            key[i] = values[column] is DBNull ? null : CellValues.ToText(values[column]);
        }

        LocalDate? period = null;
        if (Query.Period is { } kind)
        {
            object cell = values[column++];
            if (cell is DBNull)
            {
                throw Bad(new CountKey(key, null), $"has no period: {Describe(values[column + 1])} rows have no instant in {Query.InstantColumn}. Filter them in the source if they are to be left out.");
            }

            period = CellValues.ToLocalDate(cell) ?? throw Bad(new CountKey(key, null), $"has the period {CellValues.Describe(cell)}, which is not a date.");
            if (CalendarBuckets.PeriodOf(period.Value, kind).Start != period.Value)
            {
                throw Bad(new CountKey(key, period), $"has the period {period.Value:uuuu-MM-dd}, which is not the first day of a {kind}.");
            }
        }

        var countKey = new CountKey(key, period);
        object ratingCell = values[column++];
        object countCell = values[column++];
        if (ratingCell is DBNull)
        {
            throw Bad(countKey, $"has {Describe(countCell)} rows without a rating in {Query.RatingColumn}. Filter them in the source if they are to be left out.");
        }

        long rating = CellValues.ToInt64(ratingCell) ?? throw Bad(countKey, $"has the rating {CellValues.Describe(ratingCell)}, which is not a whole number.");
        if (rating < Query.Scale.Minimum || rating > Query.Scale.Maximum)
        {
            throw Bad(countKey, $"has {Describe(countCell)} rows with the rating {rating}, outside the scale {Query.Scale}.");
        }

        long count = countCell is DBNull ? -1 : CellValues.ToInt64(countCell) ?? -1;
        if (count < 0)
        {
            throw Bad(countKey, $"has the count {CellValues.Describe(countCell)} at rating {rating}, which is not a whole number of rows.");
        }

        double sumW = 0, sumW2 = 0;
        if (Query.IsWeighted)
        {
            object w = values[column++], w2 = values[column++], bad = values[column++];
            long badRows = bad is DBNull ? -1 : CellValues.ToInt64(bad) ?? -1;
            if (badRows != 0)
            {
                throw Bad(countKey, $"has {CellValues.Describe(bad)} rows at rating {rating} whose weight in {Query.WeightColumn} is NULL, negative, not a number or outside 0 and {WeightedRatingCounts.MinPositiveWeight:R} to {WeightedRatingCounts.MaxWeight:R}.");
            }

            sumW = (w is DBNull ? null : CellValues.ToDouble(w)) ?? throw Bad(countKey, $"has the weight sum {CellValues.Describe(w)} at rating {rating}.");
            sumW2 = (w2 is DBNull ? null : CellValues.ToDouble(w2)) ?? throw Bad(countKey, $"has the squared-weight sum {CellValues.Describe(w2)} at rating {rating}.");
            if (!double.IsFinite(sumW) || sumW < 0 || !double.IsFinite(sumW2) || sumW2 < 0)
            {
                throw Bad(countKey, string.Create(CultureInfo.InvariantCulture, $"has the weight sums Σw = {sumW:R}, Σw² = {sumW2:R} at rating {rating}, which are not finite and non-negative."));
            }
        }

        try
        {
            AddChecked(countKey, (int)rating, count, sumW, sumW2);
        }
        catch (OverflowException e)
        {
            throw new InvalidDataException($"Row {_rows} {countKey.Describe(Query.GroupColumns)}: the counts of rating {rating} add up to more than {long.MaxValue}.", e);
        }
    }

    private static string Describe(object cell) => cell is DBNull ? "NULL" : CellValues.ToText(cell);

    private InvalidDataException Bad(CountKey key, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Row {_rows} of the counts of {Query.Source}, group {key.Describe(Query.GroupColumns)}, {problem}"));

    private CountKey CheckKey(IReadOnlyList<string?> key, LocalDate? periodStart)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Count != Query.GroupColumns.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The key has {key.Count} values; the query groups by {Query.GroupColumns.Count} columns."), nameof(key));
        }

        if (Query.Period is { } kind)
        {
            if (periodStart is not { } start)
            {
                throw new ArgumentException($"The query counts by {kind}: give the first day of each row's period.", nameof(periodStart));
            }

            if (CalendarBuckets.PeriodOf(start, kind).Start != start)
            {
                throw new ArgumentException($"{start:uuuu-MM-dd} is not the first day of a {kind}.", nameof(periodStart));
            }
        }
        else if (periodStart is not null)
        {
            throw new ArgumentException("The query has no period: give null.", nameof(periodStart));
        }

        string?[] values = new string?[key.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = key[i];
        }

        return new CountKey(values, periodStart);
    }

    private void AddChecked(CountKey key, int rating, long count, double sumW, double sumW2)
    {
        if (!Query.Scale.Contains(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, $"The rating {rating} is outside the scale {Query.Scale}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!_groups.TryGetValue(key, out Accumulator? sums))
        {
            sums = new Accumulator(_points);
            _groups.Add(key, sums);
        }

        int i = rating - Query.Scale.Minimum;
        sums.Counts[i] = checked(sums.Counts[i] + count);
        sums.Weights[i] += sumW;
        sums.SquaredWeights[i] += sumW2;
    }

    private sealed class Accumulator(int points)
    {
        internal long[] Counts { get; } = new long[points];

        internal double[] Weights { get; } = new double[points];

        internal double[] SquaredWeights { get; } = new double[points];
    }
}
