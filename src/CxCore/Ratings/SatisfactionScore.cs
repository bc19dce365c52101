using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// Customer satisfaction (CSAT): the percentage of responses that are satisfied — at or above a threshold, by default
/// the top two points of the scale ("top-2-box", 4–5 on a 1–5 scale) — with the mean rating, confidence intervals for
/// a proportion (Wilson by default) and the two-proportion comparison.
/// </summary>
/// <remarks>
/// <para>
/// <b>Range and units.</b> <see cref="Value"/>, the score itself, is the percentage of satisfied responses, in
/// [0, 100]; <see cref="Mean"/> is on the rating scale. Intervals are in percent; see
/// <see cref="ProportionIntervalMethod"/> for the methods and their coverage.
/// </para>
/// <para>
/// <b>Weighted responses.</b> From <see cref="WeightedRatingCounts"/> the share and mean are weighted and n is Kish's
/// effective sample size; <see cref="Count"/> and <see cref="Satisfied"/> are then effective counts.
/// </para>
/// <para>
/// <b>Empty input.</b> With no responses <see cref="IsEmpty"/> is true, <see cref="Value"/> and <see cref="Mean"/> are
/// NaN and the interval is undefined — never 0 %. <c>default(SatisfactionScore)</c> is empty.
/// </para>
/// <para>Equality compares count, satisfied count, mean and threshold exactly. Immutable and thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct SatisfactionScore : IEquatable<SatisfactionScore>, ISpanFormattable
{
    private readonly double _mean;

    internal SatisfactionScore(double count, double satisfied, double mean, int satisfiedFrom)
    {
        Count = count;
        Satisfied = satisfied;
        _mean = mean;
        SatisfiedFrom = satisfiedFrom;
    }

    /// <summary>The number of responses n (Kish's effective n for weighted responses).</summary>
    public double Count { get; }

    /// <summary>The number of satisfied responses (effective for weighted responses).</summary>
    public double Satisfied { get; }

    /// <summary>The lowest rating that counts as satisfied.</summary>
    public int SatisfiedFrom { get; }

    /// <summary>The mean rating; NaN when empty.</summary>
    public double Mean => IsEmpty ? double.NaN : _mean;

    /// <summary>Whether there are no responses.</summary>
    public bool IsEmpty => !(Count > 0);

    /// <summary>CSAT = 100 · satisfied / n, in percent; NaN when empty.</summary>
    public double Value => 100 * Satisfied / Count;

    /// <summary>The standard error of <see cref="Value"/>, 100·√(p̂(1 − p̂)/n), in percentage points; NaN when empty.</summary>
    public double StandardError => 100 * Math.Sqrt(Satisfied / Count * (1 - (Satisfied / Count)) / Count);

    /// <summary>CSAT (top-2-box) of 1–5 ratings given as integers.</summary>
    /// <param name="ratings">The responses, each 1–5.</param>
    /// <returns>The score; NaN when there are no ratings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 1–5; the message names the first one, its position and the scale.</exception>
    public static SatisfactionScore FromRatings(IEnumerable<int> ratings) => FromCounts(RatingInput.FromInts(RatingScale.FivePoint, ratings, nameof(ratings)));

    /// <summary>CSAT with the top-2-box rule: satisfied means one of the two highest points of the scale.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static SatisfactionScore FromCounts(RatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return FromCounts(counts, counts.Scale.Maximum - 1);
    }

    /// <summary>CSAT with satisfied meaning a rating of at least <paramref name="satisfiedFrom"/>.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="satisfiedFrom">The lowest satisfied rating: on the scale and above its minimum.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="satisfiedFrom"/> is off the scale or is its minimum.</exception>
    public static SatisfactionScore FromCounts(RatingCounts counts, int satisfiedFrom)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CheckThreshold(counts.Scale, satisfiedFrom);
        return FromEffective(counts.Scale, ScoreMath.ToDoubles(counts), satisfiedFrom);
    }

    /// <summary>CSAT of weighted responses with the top-2-box rule.</summary>
    /// <param name="counts">The weighted counts.</param>
    /// <returns>The score: weighted share and mean, Kish's effective n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static SatisfactionScore FromCounts(WeightedRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return FromCounts(counts, counts.Scale.Maximum - 1);
    }

    /// <summary>CSAT of weighted responses with satisfied meaning a rating of at least <paramref name="satisfiedFrom"/>.</summary>
    /// <param name="counts">The weighted counts.</param>
    /// <param name="satisfiedFrom">The lowest satisfied rating: on the scale and above its minimum.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="satisfiedFrom"/> is off the scale or is its minimum.</exception>
    public static SatisfactionScore FromCounts(WeightedRatingCounts counts, int satisfiedFrom)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CheckThreshold(counts.Scale, satisfiedFrom);
        return FromEffective(counts.Scale, counts.EffectiveCounts(), satisfiedFrom);
    }

    /// <summary>A confidence interval for <see cref="Value"/>, in percent, within [0, 100].</summary>
    /// <param name="method">How to form the interval; Wilson by default (see <see cref="ProportionIntervalMethod"/>).</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval; undefined when empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="method"/> is unknown.</exception>
    public ConfidenceInterval Interval(ProportionIntervalMethod method = ProportionIntervalMethod.Wilson, double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (method is not (ProportionIntervalMethod.Wilson or ProportionIntervalMethod.AgrestiCoull or ProportionIntervalMethod.Jeffreys or ProportionIntervalMethod.ClopperPearson))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown proportion interval method; use Wilson, AgrestiCoull, Jeffreys or ClopperPearson.");
        }

        if (IsEmpty)
        {
            return ConfidenceInterval.Undefined(confidence);
        }

        (double lower, double upper) = Inference.Proportion(method, Satisfied, Count, confidence);
        return ConfidenceInterval.FromBounds(100 * lower, 100 * upper, confidence);
    }

    /// <summary>
    /// Compares CSAT between two independent groups: Δ = CSAT(a) − CSAT(b) in percentage points, the two-proportion z
    /// test with pooled proportion (as R's <c>prop.test(correct = FALSE)</c>) and the unpooled Wald interval.
    /// </summary>
    /// <param name="a">The first group.</param>
    /// <param name="b">The second group.</param>
    /// <param name="confidence">The confidence level of the interval; 0.95 by default.</param>
    /// <returns>The comparison; undefined when a group is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static ScoreComparison Compare(SatisfactionScore a, SatisfactionScore b, double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (a.IsEmpty || b.IsEmpty)
        {
            return ScoreComparison.Undefined(confidence);
        }

        double pa = a.Satisfied / a.Count, pb = b.Satisfied / b.Count;
        double difference = pa - pb;
        double unpooled = Math.Sqrt((pa * (1 - pa) / a.Count) + (pb * (1 - pb) / b.Count));
        double pooled = (a.Satisfied + b.Satisfied) / (a.Count + b.Count);
        double pooledError = Math.Sqrt(pooled * (1 - pooled) * ((1 / a.Count) + (1 / b.Count)));
        double z = Inference.Statistic(difference, pooledError);
        double half = Inference.NormalCritical(confidence) * unpooled;
        return new ScoreComparison(100 * difference, 100 * unpooled, z, double.PositiveInfinity, Inference.NormalTwoSidedP(z),
            ConfidenceInterval.FromBounds(100 * (difference - half), 100 * (difference + half), confidence));
    }

    /// <inheritdoc/>
    public bool Equals(SatisfactionScore other) =>
        Count.Equals(other.Count) && Satisfied.Equals(other.Satisfied) && Mean.Equals(other.Mean) && SatisfiedFrom == other.SatisfiedFrom;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SatisfactionScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Satisfied, Mean, SatisfiedFrom);

    /// <summary>
    /// Formats the score on one line, the satisfied percentage and the mean with one decimal, invariant culture:
    /// <c>CSAT 82.5% (n = 200, satisfied ≥ 4, mean 4.1)</c> (effective counts of weighted responses with up to one decimal).
    /// </summary>
    /// <returns>The formatted score; <c>CSAT undefined (no responses)</c> when empty.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>
    /// Formats the score as <see cref="ToString()"/> does, the percentage and the mean with <paramref name="format"/> (for example
    /// <c>$"{score:0.00}"</c>); counts keep their own format.
    /// </summary>
    /// <param name="format">A numeric format string (such as <c>0.00</c> or <c>F0</c>); <see langword="null"/> or empty for <c>0.0</c>.</param>
    /// <param name="formatProvider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns>The formatted score.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextFormat.ToString(this, format, formatProvider);

    /// <summary>Formats the score into <paramref name="destination"/> without allocating (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the text does not fit.</param>
    /// <param name="format">A numeric format string; empty for <c>0.0</c>.</param>
    /// <param name="provider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns><see langword="true"/> when the whole text fitted; <see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination, provider);
        ReadOnlySpan<char> number = TextFormat.Or(format, "0.0");
        if (IsEmpty)
        {
            writer.Text("CSAT undefined (no responses)");
        }
        else
        {
            writer.Text("CSAT ");
            writer.Number(Value, number);
            writer.Text("% (n = ");
            writer.Number(Count, "0.#");
            writer.Text(", satisfied ≥ ");
            writer.Integer(SatisfiedFrom);
            writer.Text(", mean ");
            writer.Number(Mean, number);
            writer.Text(")");
        }

        return writer.TryFinish(out charsWritten);
    }

    /// <summary>Indicates whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SatisfactionScore left, SatisfactionScore right) => left.Equals(right);

    /// <summary>Indicates whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SatisfactionScore left, SatisfactionScore right) => !left.Equals(right);

    private static SatisfactionScore FromEffective(RatingScale scale, double[] counts, int satisfiedFrom)
    {
        (double n, double mean, _) = ScoreMath.Moments(scale, counts);
        double satisfied = ScoreMath.SumFrom(scale, counts, satisfiedFrom);
        return new SatisfactionScore(n, satisfied, mean, satisfiedFrom);
    }

    private static void CheckThreshold(RatingScale scale, int satisfiedFrom)
    {
        scale.ThrowIfNotContained(satisfiedFrom, nameof(satisfiedFrom));
        Preconditions.CheckArgumentRange(satisfiedFrom != scale.Minimum, nameof(satisfiedFrom), satisfiedFrom,
            $"Every response would be satisfied: satisfiedFrom must be above the scale's minimum {scale.Minimum}.");
    }
}
