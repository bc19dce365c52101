using System;
using System.Globalization;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// Weighted responses summarised per scale point: the number of responses, the sum of their weights and the sum of
/// their squared weights — enough for weighted shares, weighted means and Kish's effective sample size.
/// </summary>
/// <remarks>
/// <para>
/// Survey weights (post-stratification, raking) make some responses count more than others. Shares and means use the
/// weights; uncertainty uses Kish's effective sample size n_eff = (Σw)² / Σw² (Kish 1965, <i>Survey Sampling</i>),
/// which is n when every weight is equal and smaller the more the weights vary. Every score in CxCore.Ratings accepts
/// weighted counts and uses n_eff where the unweighted formula uses n.
/// </para>
/// <para>
/// <b>Valid weights.</b> A weight is 0 or lies between <see cref="MinPositiveWeight"/> (1e-150) and
/// <see cref="MaxWeight"/> (1e150), so that its square is an ordinary (normal, finite) double; a weight of 0 keeps the
/// response in <see cref="ResponseCount"/> but gives it no influence. The sums must stay finite and the response count
/// within <see cref="long"/>: adding past that throws <see cref="OverflowException"/> and changes nothing. Counts with
/// no positive weight are empty (<see cref="IsEmpty"/>) and their scores are NaN; otherwise 1 ≤
/// <see cref="EffectiveCount"/> ≤ <see cref="ResponseCount"/> (up to rounding).
/// </para>
/// <para>
/// <b>Consistent sums.</b> Per-point sums given to <see cref="FromSums"/> must be sums that some valid weights have: at
/// each point with n responses, Σw and Σw² are both 0 or both positive, and then (Σw)²/n ≤ Σw² ≤ (Σw)² (Cauchy–Schwarz,
/// and non-negative weights) and MinPositiveWeight ≤ Σw²/Σw ≤ MaxWeight (a weighted mean of the weights), each to a
/// relative tolerance of <see cref="SumTolerance"/> for rounding in the sums.
/// </para>
/// <para>
/// Merging adds the sums; it is commutative, and associative up to floating-point rounding of the weight sums (the
/// response counts merge exactly). Instances are immutable and thread-safe; use <see cref="WeightedRatingTally"/> to
/// accumulate a stream.
/// </para>
/// </remarks>
public sealed class WeightedRatingCounts : IEquatable<WeightedRatingCounts>
{
    private readonly long[] _responses;
    private readonly double[] _weights;
    private readonly double[] _squaredWeights;

    /// <summary>The largest weight a response may have: 1e150 (its square, 1e300, is still finite).</summary>
    public const double MaxWeight = 1e150;

    /// <summary>The smallest positive weight a response may have: 1e-150 (its square, 1e-300, is still a normal double); use 0 for no influence.</summary>
    public const double MinPositiveWeight = 1e-150;

    /// <summary>The relative tolerance of the consistency rules of <see cref="FromSums"/>: 1e-6, far above the rounding of any sum of doubles and far below any real inconsistency.</summary>
    public const double SumTolerance = 1e-6;

    private WeightedRatingCounts(RatingScale scale, long[] responses, double[] weights, double[] squaredWeights)
    {
        Scale = scale;
        _responses = responses;
        _weights = weights;
        _squaredWeights = squaredWeights;
        long total = 0;
        foreach (long count in responses)
        {
            total = checked(total + count);
        }

        ResponseCount = total;
        foreach (double weight in weights)
        {
            SumOfWeights += weight;
        }

        foreach (double squared in squaredWeights)
        {
            SumOfSquaredWeights += squared;
        }

        if (!double.IsFinite(SumOfWeights) || !double.IsFinite(SumOfSquaredWeights))
        {
            throw new OverflowException("The weight sums exceed the range of a double.");
        }
    }

    /// <summary>The scale the responses are on.</summary>
    public RatingScale Scale { get; }

    /// <summary>The number of responses, whatever their weights.</summary>
    public long ResponseCount { get; }

    /// <summary>Σw over all responses.</summary>
    public double SumOfWeights { get; }

    /// <summary>Σw² over all responses.</summary>
    public double SumOfSquaredWeights { get; }

    /// <summary>Kish's effective sample size (Σw)² / Σw², between 1 and <see cref="ResponseCount"/>; 0 when no response has a positive weight.</summary>
    /// <remarks>Computed as Σw · (Σw / Σw²), which cannot overflow for valid weights.</remarks>
    public double EffectiveCount => SumOfSquaredWeights > 0 ? SumOfWeights * (SumOfWeights / SumOfSquaredWeights) : 0;

    /// <summary>Whether no response has a positive weight.</summary>
    public bool IsEmpty => !(SumOfWeights > 0);

    /// <summary>Weighted counts with no responses on <paramref name="scale"/>: the identity of <see cref="Merge"/>.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>Empty weighted counts.</returns>
    public static WeightedRatingCounts Empty(RatingScale scale) =>
        new(scale, new long[scale.PointCount], new double[scale.PointCount], new double[scale.PointCount]);

    /// <summary>Summarises responses with their weights.</summary>
    /// <param name="scale">The scale every rating must lie on.</param>
    /// <param name="ratings">The ratings.</param>
    /// <param name="weights">One weight per rating: 0, or from <see cref="MinPositiveWeight"/> to <see cref="MaxWeight"/>.</param>
    /// <returns>The weighted counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratings"/> and <paramref name="weights"/> differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A rating is not on <paramref name="scale"/>, or a weight is negative, NaN, infinite or outside the valid range
    /// (the message names the value and its position).
    /// </exception>
    /// <exception cref="OverflowException">The squared weights add up to more than a double can hold.</exception>
    public static WeightedRatingCounts FromRatings(RatingScale scale, ReadOnlySpan<int> ratings, ReadOnlySpan<double> weights)
    {
        var tally = new WeightedRatingTally(scale);
        tally.AddRange(ratings, weights);
        return tally.ToCounts();
    }

    /// <summary>Weighted counts in which every response of <paramref name="counts"/> has weight 1 (so n_eff = n).</summary>
    /// <param name="counts">Unweighted counts.</param>
    /// <returns>The weighted counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static WeightedRatingCounts FromCounts(RatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long[] responses = counts.AsSpan().ToArray();
        double[] weights = new double[responses.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = responses[i];
        }

        return new WeightedRatingCounts(counts.Scale, responses, weights, (double[])weights.Clone());
    }

    /// <summary>
    /// Creates weighted counts from per-point sums, lowest point first, for example from
    /// <c>SELECT rating, COUNT(*), SUM(w), SUM(w * w) … GROUP BY rating</c>.
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <param name="responses">The number of responses at each point (non-negative, adding up to at most <see cref="long.MaxValue"/>).</param>
    /// <param name="weights">Σw at each point (finite, non-negative).</param>
    /// <param name="squaredWeights">Σw² at each point (finite, non-negative).</param>
    /// <returns>The weighted counts.</returns>
    /// <exception cref="ArgumentException">A span does not have one entry per point of <paramref name="scale"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value is negative, NaN or infinite; the response counts add up to more than <see cref="long.MaxValue"/>; the
    /// sums of all points exceed the range of a double; or a point's sums break a consistency rule of the type remarks
    /// (a point with no responses but a weight sum, Σw² &lt; (Σw)²/n as in n = 1, Σw = 1, Σw² = 1e-300, Σw² &gt; (Σw)²,
    /// or a mean weight outside the valid range). The message names the rating and the values.
    /// </exception>
    public static WeightedRatingCounts FromSums(RatingScale scale, ReadOnlySpan<long> responses, ReadOnlySpan<double> weights, ReadOnlySpan<double> squaredWeights)
    {
        ThrowIfWrongLength(scale, responses.Length, nameof(responses));
        ThrowIfWrongLength(scale, weights.Length, nameof(weights));
        ThrowIfWrongLength(scale, squaredWeights.Length, nameof(squaredWeights));
        long total = 0;
        double totalWeight = 0, totalSquared = 0;
        for (int i = 0; i < responses.Length; i++)
        {
            int rating = scale.Minimum + i;
            if (responses[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(responses), responses[i], $"The response count of rating {rating} is negative.");
            }

            if (long.MaxValue - total < responses[i])
            {
                throw new ArgumentOutOfRangeException(nameof(responses), responses[i], $"The response counts add up to more than {long.MaxValue} at rating {rating}.");
            }

            total += responses[i];
            ThrowIfBadSum(weights[i], rating, nameof(weights));
            ThrowIfBadSum(squaredWeights[i], rating, nameof(squaredWeights));
            ThrowIfInconsistent(rating, responses[i], weights[i], squaredWeights[i]);
            totalWeight += weights[i];
            totalSquared += squaredWeights[i];
        }

        if (!double.IsFinite(totalWeight) || !double.IsFinite(totalSquared))
        {
            throw new ArgumentOutOfRangeException(nameof(squaredWeights), totalSquared, "The weight sums of all points add up to more than a double can hold.");
        }

        return new WeightedRatingCounts(scale, responses.ToArray(), weights.ToArray(), squaredWeights.ToArray());
    }

    /// <summary>The number of responses with rating <paramref name="rating"/>.</summary>
    /// <param name="rating">A point on <see cref="Scale"/>.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on <see cref="Scale"/>.</exception>
    public long ResponsesAt(int rating) => _responses[Index(rating)];

    /// <summary>Σw of the responses with rating <paramref name="rating"/>.</summary>
    /// <param name="rating">A point on <see cref="Scale"/>.</param>
    /// <returns>The weight sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on <see cref="Scale"/>.</exception>
    public double WeightAt(int rating) => _weights[Index(rating)];

    /// <summary>Σw² of the responses with rating <paramref name="rating"/>.</summary>
    /// <param name="rating">A point on <see cref="Scale"/>.</param>
    /// <returns>The squared-weight sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on <see cref="Scale"/>.</exception>
    public double SquaredWeightAt(int rating) => _squaredWeights[Index(rating)];

    /// <summary>Adds <paramref name="other"/>'s sums to these, point by point.</summary>
    /// <param name="other">Weighted counts on the same scale.</param>
    /// <returns>The merged weighted counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="OverflowException">The merged response count exceeds <see cref="long.MaxValue"/> or a merged sum exceeds the range of a double.</exception>
    public WeightedRatingCounts Merge(WeightedRatingCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        RatingCounts.CheckSameScale(Scale, other.Scale, nameof(other));
        long[] responses = new long[_responses.Length];
        double[] weights = new double[_responses.Length];
        double[] squared = new double[_responses.Length];
        for (int i = 0; i < responses.Length; i++)
        {
            responses[i] = checked(_responses[i] + other._responses[i]);
            weights[i] = _weights[i] + other._weights[i];
            squared[i] = _squaredWeights[i] + other._squaredWeights[i];
        }

        return new WeightedRatingCounts(Scale, responses, weights, squared);
    }

    /// <summary>Merges two sets of weighted counts on the same scale; see <see cref="Merge"/>.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The merged counts.</returns>
    /// <exception cref="ArgumentNullException">An operand is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The scales differ.</exception>
    /// <exception cref="OverflowException">The merged response count exceeds <see cref="long.MaxValue"/> or a merged sum exceeds the range of a double.</exception>
    public static WeightedRatingCounts operator +(WeightedRatingCounts left, WeightedRatingCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <inheritdoc/>
    public bool Equals(WeightedRatingCounts? other) =>
        other is not null && Scale == other.Scale && _responses.AsSpan().SequenceEqual(other._responses)
        && _weights.AsSpan().SequenceEqual(other._weights) && _squaredWeights.AsSpan().SequenceEqual(other._squaredWeights);

    /// <summary>Indicates whether two instances have the same scale and counts (value equality).</summary>
    /// <param name="left">The first instance, or <see langword="null"/>.</param>
    /// <param name="right">The second instance, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(WeightedRatingCounts? left, WeightedRatingCounts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two instances differ in scale or counts.</summary>
    /// <param name="left">The first instance, or <see langword="null"/>.</param>
    /// <param name="right">The second instance, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WeightedRatingCounts? left, WeightedRatingCounts? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeightedRatingCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scale, ResponseCount, SumOfWeights, SumOfSquaredWeights);

    /// <summary>Formats the totals, for example <c>1..5 n=120 Σw=118.5 n_eff=97.3</c>.</summary>
    /// <returns>The formatted totals.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scale} n={ResponseCount} Σw={SumOfWeights:0.###} n_eff={EffectiveCount:0.###}");

    /// <summary>
    /// The effective count at each point, n_eff × Wₖ / W: the weighted shares scaled to Kish's effective sample size.
    /// The unweighted formulas applied to these give the weighted estimates with n_eff-based uncertainty.
    /// </summary>
    internal double[] EffectiveCounts()
    {
        double[] effective = new double[_weights.Length];
        if (IsEmpty)
        {
            return effective;
        }

        double scale = EffectiveCount / SumOfWeights;
        for (int i = 0; i < effective.Length; i++)
        {
            effective[i] = _weights[i] * scale;
        }

        return effective;
    }

    internal ReadOnlySpan<long> Responses => _responses;

    internal ReadOnlySpan<double> Weights => _weights;

    internal ReadOnlySpan<double> SquaredWeights => _squaredWeights;

    internal static WeightedRatingCounts Wrap(RatingScale scale, long[] responses, double[] weights, double[] squaredWeights) =>
        new(scale, responses, weights, squaredWeights);

    internal static void ThrowIfBadWeight(double weight, long position, string paramName)
    {
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, weight, $"The weight {weight.ToString(CultureInfo.InvariantCulture)} at position {position} is not a finite, non-negative number.");
        }

        if (weight != 0 && weight is < MinPositiveWeight or > MaxWeight)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                weight,
                $"The weight {weight.ToString("R", CultureInfo.InvariantCulture)} at position {position} is outside the valid range: 0, or from {MinPositiveWeight.ToString(CultureInfo.InvariantCulture)} to {MaxWeight.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static void ThrowIfBadSum(double sum, int rating, string paramName)
    {
        if (!double.IsFinite(sum) || sum < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, sum, $"The sum {sum.ToString("R", CultureInfo.InvariantCulture)} of rating {rating} is not a finite, non-negative number.");
        }
    }

    /// <summary>Throws unless some valid weights of <paramref name="n"/> responses have the sums <paramref name="w"/> and <paramref name="q"/> (see the type remarks).</summary>
    private static void ThrowIfInconsistent(int rating, long n, double w, double q)
    {
        string? broken = null;
        if (n == 0 && (w != 0 || q != 0))
        {
            broken = "no responses but a non-zero weight sum";
        }
        else if ((w == 0) != (q == 0))
        {
            broken = "Σw and Σw² must be both 0 or both positive";
        }
        else if (w > 0)
        {
            // Divided by Σw so that nothing overflows: Σw²/Σw is the weights' own weighted mean.
            double mean = q / w;
            if (mean < w / n * (1 - SumTolerance))
            {
                broken = "Σw² < (Σw)²/n, which no weights can give (Cauchy–Schwarz)";
            }
            else if (mean > w * (1 + SumTolerance))
            {
                broken = "Σw² > (Σw)², which no non-negative weights can give";
            }
            else if (mean < MinPositiveWeight * (1 - SumTolerance) || mean > MaxWeight * (1 + SumTolerance))
            {
                broken = "the mean weight Σw²/Σw is outside the valid range of a weight";
            }
        }

        if (broken is not null)
        {
            throw new ArgumentOutOfRangeException(
                n == 0 ? "weights" : "squaredWeights",
                q,
                string.Create(CultureInfo.InvariantCulture, $"The sums of rating {rating} (n = {n}, Σw = {w:R}, Σw² = {q:R}) are inconsistent: {broken}."));
        }
    }

    private static void ThrowIfWrongLength(RatingScale scale, int length, string paramName)
    {
        if (length != scale.PointCount)
        {
            throw new ArgumentException($"The scale {scale} has {scale.PointCount} points but {length} values were given.", paramName);
        }
    }

    private int Index(int rating)
    {
        Scale.ThrowIfNotContained(rating, nameof(rating));
        return rating - Scale.Minimum;
    }
}
