using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// Customer effort (CES): the mean rating of an effort question (CES 2.0: 1–7, 7 = "very easy") with its confidence
/// interval (Student t by default, or a bootstrap), the percentage who agree (rate above the midpoint; 5–7 on 1–7), the percentage who disagree (below the
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
/// <para>
/// Equality compares the scale, the (effective) count of every scale point and the thresholds exactly, so equal
/// scores have equal numbers and equal bootstrap intervals. Immutable and thread-safe.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct EffortScore : IEquatable<EffortScore>, ISpanFormattable
{
    /// <summary>The number of resamples of <see cref="MeanIntervalMethod.Bootstrap"/>: 2000.</summary>
    public const int DefaultBootstrapResamples = 2000;

    /// <summary>The seed of <see cref="MeanIntervalMethod.Bootstrap"/>'s random generator: 12345.</summary>
    public const int DefaultBootstrapSeed = 12345;

    private readonly double _mean;
    private readonly double _variance;
    private readonly RatingScale _scale;
    private readonly double[]? _counts; // (effective) count per scale point; null only for default(EffortScore)

    private EffortScore(RatingScale scale, double[] counts, double count, double mean, double variance, double agree, double disagree, int agreeFrom, int disagreeUpTo)
    {
        _scale = scale;
        _counts = counts;
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

    /// <summary>The effort score of 1–7 ratings given as integers, with the default thresholds.</summary>
    /// <param name="ratings">The responses, each 1–7.</param>
    /// <returns>The score; NaN when there are no ratings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 1–7; the message names the first one, its position and the scale.</exception>
    public static EffortScore FromRatings(IEnumerable<int> ratings) => FromCounts(RatingInput.FromInts(RatingScale.SevenPoint, ratings, nameof(ratings)));

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

    /// <summary>A confidence interval for the mean rating, on the rating scale.</summary>
    /// <param name="method">How to form the interval; Student t by default (see <see cref="MeanIntervalMethod"/>).</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval; undefined for fewer than two responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="method"/> is unknown.</exception>
    /// <remarks>Student t: x̄ ± t(n − 1; 1 − α/2)·s/√n. Bootstrap: <see cref="BootstrapInterval"/> with its defaults.</remarks>
    public ConfidenceInterval Interval(MeanIntervalMethod method = MeanIntervalMethod.StudentT, double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (method == MeanIntervalMethod.Bootstrap)
        {
            return BootstrapInterval(confidence);
        }

        if (method != MeanIntervalMethod.StudentT)
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown mean interval method; use StudentT or Bootstrap.");
        }

        if (!(Count > 1))
        {
            return ConfidenceInterval.Undefined(confidence);
        }

        double half = Inference.StudentCritical(confidence, Count - 1) * StandardError;
        return ConfidenceInterval.FromBounds(Mean - half, Mean + half, confidence);
    }

    /// <summary>
    /// The percentile bootstrap interval for the mean rating: resample the responses with replacement, take the mean of
    /// each resample, and report the α/2 and 1 − α/2 quantiles of those means. Seeded, so the same score, level,
    /// resamples and seed always give the same interval.
    /// </summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <param name="resamples">The number of resamples B, at least 2; <see cref="DefaultBootstrapResamples"/> by default.</param>
    /// <param name="seed">The seed of the random generator; <see cref="DefaultBootstrapSeed"/> by default.</param>
    /// <returns>The interval, on the rating scale; undefined for fewer than two responses.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="resamples"/> is less than 2.</exception>
    /// <remarks>
    /// <para>
    /// A resample of n responses drawn with replacement is, in counts, one draw from the multinomial distribution of n
    /// trials over the scale points with the observed shares as probabilities, so the bootstrap works on the counts:
    /// each resample is drawn as a chain of conditional binomials (by inversion of the binomial distribution function,
    /// System.Random seeded with <paramref name="seed"/>), which costs about √n steps per scale point rather than n.
    /// Its mean is Σ cₖ xₖ / n. The bounds are R's type-7 quantiles of the B sorted means at α/2 and 1 − α/2 (Efron and
    /// Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13).
    /// </para>
    /// <para>
    /// For weighted responses the resamples have round(n_eff) responses (at least 2), drawn with the weighted shares.
    /// When every response has the same rating, every resample does too, and the interval has zero width: the bootstrap
    /// sees no spread. Like every percentile bootstrap it is a little short of its level for small samples (see
    /// <see cref="MeanIntervalMethod"/> for the simulated coverage).
    /// </para>
    /// </remarks>
    public ConfidenceInterval BootstrapInterval(double confidence = 0.95, int resamples = DefaultBootstrapResamples, int seed = DefaultBootstrapSeed)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 2);
        if (!(Count > 1) || _counts is null)
        {
            return ConfidenceInterval.Undefined(confidence);
        }

        double[] counts = _counts;
        long draws = Math.Max(2, (long)Math.Round(Count, MidpointRounding.AwayFromZero));
        var random = new Random(seed);
        Span<long> drawn = counts.Length <= 128 ? stackalloc long[counts.Length] : new long[counts.Length];
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++)
        {
            Resampling.Multinomial(random, draws, counts, drawn);
            double sum = 0;
            for (int i = 0; i < drawn.Length; i++)
            {
                sum += drawn[i] * (double)(_scale.Minimum + i);
            }

            means[b] = sum / draws;
        }

        Array.Sort(means);
        double tail = (1 - confidence) / 2;
        double lower = Resampling.Quantile(means, tail);
        return ConfidenceInterval.FromBounds(lower, Math.Max(lower, Resampling.Quantile(means, 1 - tail)), confidence);
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
        _scale == other._scale && AgreeFrom == other.AgreeFrom && DisagreeUpTo == other.DisagreeUpTo
        && (_counts is null ? other._counts is null : other._counts is not null && _counts.AsSpan().SequenceEqual(other._counts));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EffortScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Mean, Variance, Agree, Disagree, AgreeFrom, DisagreeUpTo);

    /// <summary>
    /// Formats the score on one line, the mean, the agree percentage and the net effort with one decimal, invariant culture:
    /// <c>CES 5.2 (n = 80, agree 71.3%, net effort 58.8)</c> (effective counts of weighted responses with up to one decimal).
    /// </summary>
    /// <returns>The formatted score; <c>CES undefined (no responses)</c> when empty.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>
    /// Formats the score as <see cref="ToString()"/> does, the mean, the agree percentage and the net effort with <paramref name="format"/> (for example
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
            writer.Text("CES undefined (no responses)");
        }
        else
        {
            writer.Text("CES ");
            writer.Number(Mean, number);
            writer.Text(" (n = ");
            writer.Number(Count, "0.#");
            writer.Text(", agree ");
            writer.Number(AgreePercent, number);
            writer.Text("%, net effort ");
            writer.Number(NetEffort, number);
            writer.Text(")");
        }

        return writer.TryFinish(out charsWritten);
    }

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

    /// <summary>The scale of the counts the score was made from.</summary>
    internal RatingScale Scale => _scale;

    /// <summary>The (effective) count per scale point; empty for <c>default(EffortScore)</c>.</summary>
    internal ReadOnlySpan<double> EffectiveCounts => _counts;

    /// <summary>Rebuilds a score from its scale, (effective) counts and thresholds (the JSON form).</summary>
    internal static EffortScore FromState(RatingScale scale, double[] counts, int agreeFrom, int disagreeUpTo)
    {
        Preconditions.CheckArgumentRange(counts.Length == scale.PointCount, nameof(counts), counts.Length,
            $"The counts need one entry per point of the {scale.Minimum}–{scale.Maximum} scale.");
        foreach (double count in counts)
        {
            Preconditions.CheckArgumentRange(double.IsFinite(count) && count >= 0, nameof(counts), count, "A count must be a finite, non-negative number.");
        }

        CheckThresholds(scale, agreeFrom, disagreeUpTo);
        return FromEffective(scale, counts, agreeFrom, disagreeUpTo);
    }

    private static EffortScore FromEffective(RatingScale scale, double[] counts, int agreeFrom, int disagreeUpTo)
    {
        (double n, double mean, double variance) = ScoreMath.Moments(scale, counts);
        return new EffortScore(scale, counts, n, mean, variance, ScoreMath.SumFrom(scale, counts, agreeFrom),
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
