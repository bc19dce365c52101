using System;

namespace CxCore.Ratings;

/// <summary>A mutable accumulator of weighted ratings that yields immutable <see cref="WeightedRatingCounts"/>.</summary>
/// <remarks>
/// Each rating and weight is validated as it is added (a weight is 0 or from
/// <see cref="WeightedRatingCounts.MinPositiveWeight"/> to <see cref="WeightedRatingCounts.MaxWeight"/>). Every add is
/// atomic: a bad pair, a bad element of a span, or sums that would overflow (more than <see cref="long.MaxValue"/>
/// responses, or squared weights beyond the range of a double) throw and leave the tally unchanged. <b>Thread
/// safety:</b> not thread-safe; use one tally per thread and merge their results.
/// </remarks>
public sealed class WeightedRatingTally
{
    private readonly long[] _responses;
    private readonly double[] _weights;
    private readonly double[] _squaredWeights;
    private long _responseCount;
    private double _sumOfWeights;
    private double _sumOfSquaredWeights;

    /// <summary>Creates an empty tally on <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale every added rating must lie on.</param>
    public WeightedRatingTally(RatingScale scale)
    {
        Scale = scale;
        _responses = new long[scale.PointCount];
        _weights = new double[scale.PointCount];
        _squaredWeights = new double[scale.PointCount];
    }

    /// <summary>The scale of the tally.</summary>
    public RatingScale Scale { get; }

    /// <summary>Adds one rating with its weight.</summary>
    /// <param name="rating">A rating on <see cref="Scale"/>.</param>
    /// <param name="weight">Its weight: 0, or from <see cref="WeightedRatingCounts.MinPositiveWeight"/> to <see cref="WeightedRatingCounts.MaxWeight"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not on the scale, or the weight is negative, NaN, infinite or outside the valid range.</exception>
    /// <exception cref="OverflowException">The tally would exceed <see cref="long.MaxValue"/> responses or its squared weights the range of a double; nothing is added.</exception>
    public void Add(int rating, double weight)
    {
        Scale.ThrowIfNotContained(rating, nameof(rating));
        WeightedRatingCounts.ThrowIfBadWeight(weight, 0, nameof(weight));
        ThrowIfOverflows(1, weight, weight * weight);
        AddUnchecked(rating - Scale.Minimum, weight);
    }

    /// <summary>Adds ratings with their weights, pairwise.</summary>
    /// <param name="ratings">Ratings on <see cref="Scale"/>.</param>
    /// <param name="weights">One valid weight per rating (see <see cref="Add(int, double)"/>).</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on the scale or a weight is negative, NaN, infinite or outside the valid range (the message names
    /// it and its position); nothing is added.
    /// </exception>
    /// <exception cref="OverflowException">The tally would exceed <see cref="long.MaxValue"/> responses or its squared weights the range of a double; nothing is added.</exception>
    public void AddRange(ReadOnlySpan<int> ratings, ReadOnlySpan<double> weights)
    {
        if (ratings.Length != weights.Length)
        {
            throw new ArgumentException($"There are {ratings.Length} ratings but {weights.Length} weights; give one weight per rating.", nameof(weights));
        }

        double added = 0, addedSquares = 0;
        for (int i = 0; i < ratings.Length; i++)
        {
            if (!Scale.Contains(ratings[i]))
            {
                throw RatingCounts.OutOfScale(ratings[i], i, Scale, nameof(ratings));
            }

            WeightedRatingCounts.ThrowIfBadWeight(weights[i], i, nameof(weights));
            added += weights[i];
            addedSquares += weights[i] * weights[i];
        }

        ThrowIfOverflows(ratings.Length, added, addedSquares);
        for (int i = 0; i < ratings.Length; i++)
        {
            AddUnchecked(ratings[i] - Scale.Minimum, weights[i]);
        }
    }

    /// <summary>Adds weighted counts computed elsewhere.</summary>
    /// <param name="counts">Weighted counts on <see cref="Scale"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="OverflowException">The tally would exceed <see cref="long.MaxValue"/> responses or its squared weights the range of a double; nothing is added.</exception>
    public void Add(WeightedRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        RatingCounts.CheckSameScale(Scale, counts.Scale, nameof(counts));

        // Checked in full before anything changes, so that a throw leaves the tally as it was.
        ThrowIfOverflows(counts.ResponseCount, counts.SumOfWeights, counts.SumOfSquaredWeights);
        for (int i = 0; i < _responses.Length; i++)
        {
            _responses[i] += counts.Responses[i];
            _weights[i] += counts.Weights[i];
            _squaredWeights[i] += counts.SquaredWeights[i];
        }

        _responseCount += counts.ResponseCount;
        _sumOfWeights += counts.SumOfWeights;
        _sumOfSquaredWeights += counts.SumOfSquaredWeights;
    }

    /// <summary>A snapshot of the weighted counts so far.</summary>
    /// <returns>The weighted counts.</returns>
    public WeightedRatingCounts ToCounts() =>
        WeightedRatingCounts.Wrap(Scale, (long[])_responses.Clone(), (double[])_weights.Clone(), (double[])_squaredWeights.Clone());

    /// <summary>Throws unless the totals can take <paramref name="responses"/> more responses and the sums more weight.</summary>
    /// <remarks>
    /// Each point's count and sums are at most the totals (all terms are non-negative), so totals that fit mean every
    /// point fits. The totals are kept as running sums; the snapshot adds the points again (in another order, which can
    /// round differently but not by enough to leave the range).
    /// </remarks>
    private void ThrowIfOverflows(long responses, double weights, double squaredWeights)
    {
        if (long.MaxValue - _responseCount < responses)
        {
            throw new OverflowException($"The tally holds {_responseCount} responses; {responses} more would exceed {long.MaxValue}. Nothing was added.");
        }

        if (!double.IsFinite(_sumOfWeights + weights) || !double.IsFinite(_sumOfSquaredWeights + squaredWeights))
        {
            throw new OverflowException("The weights added would take the tally's sum of squared weights beyond the range of a double. Nothing was added.");
        }
    }

    private void AddUnchecked(int index, double weight)
    {
        _responses[index]++;
        _weights[index] += weight;
        _squaredWeights[index] += weight * weight;
        _responseCount++;
        _sumOfWeights += weight;
        _sumOfSquaredWeights += weight * weight;
    }
}
