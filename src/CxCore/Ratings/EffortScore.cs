using System;
using System.Globalization;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// Customer effort (CES): the mean rating of an effort question (CES 2.0: 1–7, 7 = "very easy") with its Student-t
/// interval, the percentage who agree (rate above the midpoint; 5–7 on 1–7), the percentage who disagree (below the
/// midpoint; 1–3), the net effort (agree − disagree) and Welch's comparison of two groups.
/// </summary>
/// <remarks>
/// <para>
/// <b>Formulas.</b> Mean x̄ = Σ cₖ xₖ / n; sample variance s² = Σ cₖ (xₖ − x̄)² / (n − 1); interval
/// x̄ ± t(n − 1; 1 − α/2) · s/√n. Agree and disagree thresholds default to the points above and below the scale's
/// midpoint (on 1–5: agree 4–5, disagree 1–2) and can be set.
/// </para>
/// <para>
/// <b>Weighted responses.</b> From <see cref="WeightedRatingCounts"/>, the mean and shares are weighted and n is
/// Kish's effective sample size (so s² = n_eff/(n_eff − 1) × the weighted population variance, df = n_eff − 1).
/// </para>
/// <para>
/// <b>Empty input.</b> With no responses <see cref="IsEmpty"/> is true and every number is NaN; with one response the
/// mean is defined but the variance, standard error and interval are not (NaN, undefined). <c>default(EffortScore)</c>
/// is empty.
/// </para>
/// <para>Equality compares every member exactly. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct EffortScore : IEquatable<EffortScore>
{
    private readonly double _mean;
    private readonly double _variance;

    private EffortScore(double count, double mean, double variance, double agree, double disagree, int agreeFrom, int disagreeUpTo)
    {
        Count = count;
        _mean = mean;
        _variance = variance;
        Agree = agree;
        Disagree = disagree;
        AgreeFrom = agreeFrom;
        DisagreeUpTo = disagreeUpTo;
    }

    /// <summary>The number of responses n (Kish's effective n for weighted responses).</summary>
    public double Count { get; }

    /// <summary>Whether there are no responses.</summary>
    public bool IsEmpty => !(Count > 0);

    /// <summary>The mean rating: the CES; NaN when empty.</summary>
    public double Mean => IsEmpty ? double.NaN : _mean;

    /// <summary>The sample variance of the ratings; NaN for fewer than two responses.</summary>
    public double Variance => Count > 1 ? _variance : double.NaN;

    /// <summary>The sample standard deviation s; NaN for fewer than two responses.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The standard error of the mean, s/√n; NaN for fewer than two responses.</summary>
    public double StandardError => Math.Sqrt(Variance / Count);

    /// <summary>The number of responses that agree (rate at least <see cref="AgreeFrom"/>).</summary>
    public double Agree { get; }

    /// <summary>The number of responses that disagree (rate at most <see cref="DisagreeUpTo"/>).</summary>
    public double Disagree { get; }

    /// <summary>The lowest rating that agrees ("easy").</summary>
    public int AgreeFrom { get; }

    /// <summary>The highest rating that disagrees ("difficult").</summary>
    public int DisagreeUpTo { get; }

    /// <summary>The percentage of responses that agree; NaN when empty.</summary>
    public double AgreePercent => 100 * Agree / Count;

    /// <summary>The percentage of responses that disagree; NaN when empty.</summary>
    public double DisagreePercent => 100 * Disagree / Count;

    /// <summary>Net effort = % agree − % disagree, in [−100, 100]; NaN when empty.</summary>
    public double NetEffort => AgreePercent - DisagreePercent;

    /// <summary>The effort score of counts with the default thresholds (above / below the scale's midpoint).</summary>
    /// <param name="counts">The counts, typically on <see cref="RatingScale.SevenPoint"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static EffortScore FromCounts(RatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        (int agreeFrom, int disagreeUpTo) = DefaultThresholds(counts.Scale);
        return FromCounts(counts, agreeFrom, disagreeUpTo);
    }

    /// <summary>The effort score of counts with explicit agree and disagree thresholds.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="agreeFrom">The lowest agreeing rating, on the scale.</param>
    /// <param name="disagreeUpTo">The highest disagreeing rating, on the scale and below <paramref name="agreeFrom"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is off the scale, or <paramref name="disagreeUpTo"/> is not below <paramref name="agreeFrom"/>.</exception>
    public static EffortScore FromCounts(RatingCounts counts, int agreeFrom, int disagreeUpTo)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CheckThresholds(counts.Scale, agreeFrom, disagreeUpTo);
        return FromEffective(counts.Scale, ScoreMath.ToDoubles(counts), agreeFrom, disagreeUpTo);
    }

    /// <summary>The effort score of weighted responses with the default thresholds.</summary>
    /// <param name="counts">The weighted counts.</param>
    /// <returns>The score: weighted mean and shares, Kish's effective n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static EffortScore FromCounts(WeightedRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        (int agreeFrom, int disagreeUpTo) = DefaultThresholds(counts.Scale);
        return FromCounts(counts, agreeFrom, disagreeUpTo);
    }

    /// <summary>The effort score of weighted responses with explicit thresholds.</summary>
    /// <param name="counts">The weighted counts.</param>
    /// <param name="agreeFrom">The lowest agreeing rating, on the scale.</param>
    /// <param name="disagreeUpTo">The highest disagreeing rating, on the scale and below <paramref name="agreeFrom"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is off the scale, or <paramref name="disagreeUpTo"/> is not below <paramref name="agreeFrom"/>.</exception>
    public static EffortScore FromCounts(WeightedRatingCounts counts, int agreeFrom, int disagreeUpTo)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CheckThresholds(counts.Scale, agreeFrom, disagreeUpTo);
        return FromEffective(counts.Scale, counts.EffectiveCounts(), agreeFrom, disagreeUpTo);
    }

    /// <summary>The Student-t confidence interval for the mean: x̄ ± t(n − 1) · s/√n.</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval, on the rating scale; undefined for fewer than two responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public ConfidenceInterval Interval(double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (!(Count > 1))
        {
            return ConfidenceInterval.Undefined(confidence);
        }

        double half = Inference.StudentCritical(confidence, Count - 1) * StandardError;
        return ConfidenceInterval.FromBounds(Mean - half, Mean + half, confidence);
    }

    /// <summary>
    /// Compares mean effort between two independent groups with Welch's t test: Δ = x̄ₐ − x̄_b,
    /// SE = √(sₐ²/nₐ + s_b²/n_b), Welch–Satterthwaite degrees of freedom, interval Δ ± t·SE (as R's
    /// <c>t.test(var.equal = FALSE)</c>).
    /// </summary>
    /// <param name="a">The first group.</param>
    /// <param name="b">The second group.</param>
    /// <param name="confidence">The confidence level of the interval; 0.95 by default.</param>
    /// <returns>The comparison, in rating points; undefined when a group has fewer than two responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static ScoreComparison Compare(EffortScore a, EffortScore b, double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (!(a.Count > 1 && b.Count > 1))
        {
            return ScoreComparison.Undefined(confidence);
        }

        double va = a.Variance / a.Count, vb = b.Variance / b.Count;
        double error = Math.Sqrt(va + vb);
        double difference = a.Mean - b.Mean;
        double t = Inference.Statistic(difference, error);
        double df = error > 0 ? (va + vb) * (va + vb) / ((va * va / (a.Count - 1)) + (vb * vb / (b.Count - 1))) : double.NaN;
        if (double.IsNaN(df))
        {
            // Both groups without spread: no t distribution; the statistic alone decides (0 → p = 1, ±∞ → p = 0).
            return new ScoreComparison(difference, 0, t, double.NaN, t == 0 ? 1 : 0, ConfidenceInterval.FromBounds(difference, difference, confidence));
        }

        double half = Inference.StudentCritical(confidence, df) * error;
        return new ScoreComparison(difference, error, t, df, Inference.StudentTwoSidedP(t, df),
            ConfidenceInterval.FromBounds(difference - half, difference + half, confidence));
    }

    /// <inheritdoc/>
    public bool Equals(EffortScore other) =>
        Count.Equals(other.Count) && Mean.Equals(other.Mean) && Variance.Equals(other.Variance) && Agree.Equals(other.Agree)
        && Disagree.Equals(other.Disagree) && AgreeFrom == other.AgreeFrom && DisagreeUpTo == other.DisagreeUpTo;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EffortScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Mean, Variance, Agree, Disagree, AgreeFrom, DisagreeUpTo);

    /// <summary>Formats the score, for example <c>CES 5.21 (n = 80, agree 71.3%, net effort 58.8)</c>.</summary>
    /// <returns>The formatted score; <c>CES undefined (no responses)</c> when empty.</returns>
    public override string ToString() => IsEmpty
        ? "CES undefined (no responses)"
        : string.Create(CultureInfo.InvariantCulture, $"CES {Mean:0.00} (n = {Count:0.##}, agree {AgreePercent:0.0}%, net effort {NetEffort:0.0})");

    /// <summary>Indicates whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EffortScore left, EffortScore right) => left.Equals(right);

    /// <summary>Indicates whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EffortScore left, EffortScore right) => !left.Equals(right);

    private static (int AgreeFrom, int DisagreeUpTo) DefaultThresholds(RatingScale scale)
    {
        // Points strictly above and strictly below the midpoint (min + max) / 2.
        int twiceMidpoint = scale.Minimum + scale.Maximum;
        int agreeFrom = (twiceMidpoint / 2) + 1;
        int disagreeUpTo = twiceMidpoint % 2 == 0 ? (twiceMidpoint / 2) - 1 : twiceMidpoint / 2;
        return (agreeFrom, disagreeUpTo);
    }

    private static EffortScore FromEffective(RatingScale scale, double[] counts, int agreeFrom, int disagreeUpTo)
    {
        (double n, double mean, double variance) = ScoreMath.Moments(scale, counts);
        return new EffortScore(n, mean, variance, ScoreMath.SumFrom(scale, counts, agreeFrom),
            ScoreMath.SumBetween(scale, counts, scale.Minimum, disagreeUpTo), agreeFrom, disagreeUpTo);
    }

    private static void CheckThresholds(RatingScale scale, int agreeFrom, int disagreeUpTo)
    {
        scale.ThrowIfNotContained(agreeFrom, nameof(agreeFrom));
        scale.ThrowIfNotContained(disagreeUpTo, nameof(disagreeUpTo));
        Preconditions.CheckArgumentRange(disagreeUpTo < agreeFrom, nameof(disagreeUpTo), disagreeUpTo,
            $"Disagreeing ratings must lie below agreeing ones: disagreeUpTo ({disagreeUpTo}) must be less than agreeFrom ({agreeFrom}).");
    }
}
