using System;

namespace CxCore.Ratings;

/// <summary>A mutable accumulator of weighted ratings that yields immutable <see cref="WeightedRatingCounts"/>.</summary>
/// <remarks>
/// Each rating and weight is validated as it is added (weights must be finite and non-negative); a bad pair throws
/// and leaves the tally unchanged, and a span is validated before any of it is added. <b>Thread safety:</b> not
/// thread-safe; use one tally per thread and merge their results.
/// </remarks>
public sealed class WeightedRatingTally
{
    private readonly long[] _responses;
    private readonly double[] _weights;
    private readonly double[] _squaredWeights;

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
    /// <param name="weight">Its weight: finite and non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rating is not on the scale, or the weight is negative, NaN or infinite.</exception>
    public void Add(int rating, double weight)
    {
        Scale.ThrowIfNotContained(rating, nameof(rating));
        WeightedRatingCounts.CheckWeight(weight, 0, nameof(weight));
        AddUnchecked(rating - Scale.Minimum, weight);
    }

    /// <summary>Adds ratings with their weights, pairwise.</summary>
    /// <param name="ratings">Ratings on <see cref="Scale"/>.</param>
    /// <param name="weights">One finite, non-negative weight per rating.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on the scale or a weight is negative, NaN or infinite (the message names it and its position);
    /// nothing is added.
    /// </exception>
    public void AddRange(ReadOnlySpan<int> ratings, ReadOnlySpan<double> weights)
    {
        if (ratings.Length != weights.Length)
        {
            throw new ArgumentException($"There are {ratings.Length} ratings but {weights.Length} weights; give one weight per rating.", nameof(weights));
        }

        for (int i = 0; i < ratings.Length; i++)
        {
            if (!Scale.Contains(ratings[i]))
            {
                throw RatingCounts.OutOfScale(ratings[i], i, Scale, nameof(ratings));
            }

            WeightedRatingCounts.CheckWeight(weights[i], i, nameof(weights));
        }

        for (int i = 0; i < ratings.Length; i++)
        {
            AddUnchecked(ratings[i] - Scale.Minimum, weights[i]);
        }
    }

    /// <summary>Adds weighted counts computed elsewhere.</summary>
    /// <param name="counts">Weighted counts on <see cref="Scale"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    public void Add(WeightedRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        RatingCounts.CheckSameScale(Scale, counts.Scale, nameof(counts));
        for (int i = 0; i < _responses.Length; i++)
        {
            _responses[i] = checked(_responses[i] + counts.Responses[i]);
            _weights[i] += counts.Weights[i];
            _squaredWeights[i] += counts.SquaredWeights[i];
        }
    }

    /// <summary>A snapshot of the weighted counts so far.</summary>
    /// <returns>The weighted counts.</returns>
    public WeightedRatingCounts ToCounts() =>
        WeightedRatingCounts.Wrap(Scale, (long[])_responses.Clone(), (double[])_weights.Clone(), (double[])_squaredWeights.Clone());

    private void AddUnchecked(int index, double weight)
    {
        _responses[index]++;
        _weights[index] += weight;
        _squaredWeights[index] += weight * weight;
    }
}
