using System;
using System.Collections.Generic;
using System.Linq;
using CxCore.Ratings;
using CxCore.Utility;

namespace CxCore.Analysis;

/// <summary>
/// Compares NPS, CSAT or CES across segments (the values of a customer attribute, a channel, a stage, a
/// department…), with a test per segment, Holm-adjusted p-values and a significance flag.
/// </summary>
/// <remarks>
/// <para>
/// Each segment's score and interval are those of <see cref="NetPromoterScore"/> (adjusted Wald),
/// <see cref="SatisfactionScore"/> (top-2-box, Wilson) or <see cref="EffortScore"/> (mean, Student t). Each test is
/// the score's own two-sample comparison (<see cref="NetPromoterScore.Compare"/> with its adjusted-Wald default,
/// <see cref="SatisfactionScore.Compare"/>, <see cref="EffortScore.Compare"/>), which assumes independent groups. So, without a named reference, a segment is
/// compared with <b>the rest</b> (all other segments merged), never with the overall score that contains it; with a
/// named reference, every other segment is compared with it.
/// </para>
/// <para>
/// The m defined p-values are adjusted with Holm's method (<see cref="MultipleComparisons.Holm"/>) and a segment is
/// flagged significant when its adjusted p-value is below α = 1 − confidence, which keeps the family-wise error
/// rate at α. Empty segments are kept, with NaN scores and undefined tests that do not count in m. When exactly two
/// segments hold responses and there is no reference, each one's "rest" is the other, so the two rows report the same
/// test (mirrored: opposite differences, equal p-values); it counts once (m = 1), and its adjusted p-value is its p-value.
/// </para>
/// </remarks>
public static class SegmentComparison
{
    /// <summary>Compares a metric across segments.</summary>
    /// <param name="segments">The rating counts per segment: at least two, all on one scale (0–10 for NPS).</param>
    /// <param name="metric">The metric to compare.</param>
    /// <param name="confidence">The confidence level of the intervals, strictly between 0 and 1; α = 1 − confidence.</param>
    /// <param name="reference">
    /// The name of the reference segment, or <see langword="null"/> (the default) to compare each segment with the rest.
    /// </param>
    /// <returns>The comparison, segments in ordinal order of their names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or one of its counts is null.</exception>
    /// <exception cref="ArgumentException">
    /// Fewer than two segments, counts on different scales, NPS counts not on 0–10, or <paramref name="reference"/> is not a segment.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="metric"/> is unknown.</exception>
    public static SegmentComparisonResult Compare(IReadOnlyDictionary<string, RatingCounts> segments, RatingMetric metric,
        double confidence = 0.95, string? reference = null)
    {
        (KeyValuePair<string, RatingCounts>[] ordered, RatingCounts total) = Validate(segments, metric, confidence);
        if (reference is not null && !segments.ContainsKey(reference))
        {
            throw new ArgumentException($"The reference '{reference}' is not one of the segments ({string.Join(", ", ordered.Select(s => s.Key))}).", nameof(reference));
        }

        var comparisons = new ScoreComparison[ordered.Length];
        double[] pValues = new double[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            (string name, RatingCounts counts) = ordered[i];
            comparisons[i] = reference is null
                ? MetricMath.Compare(counts, Rest(total, counts), metric, confidence)
                : string.Equals(name, reference, StringComparison.Ordinal)
                    ? ScoreComparison.Undefined(confidence)
                    : MetricMath.Compare(counts, segments[reference], metric, confidence);
            pValues[i] = comparisons[i].PValue;
        }

        // With exactly two segments that hold responses and no reference, "each against the rest" is one test run twice
        // (the rest of each is the other): count it once, so that Holm does not double its p-value.
        int[] withData = Enumerable.Range(0, ordered.Length).Where(i => ordered[i].Value.Total > 0).ToArray();
        bool oneTest = reference is null && withData.Length == 2;
        if (oneTest)
        {
            pValues[withData[1]] = double.NaN;
        }

        double[] adjusted = MultipleComparisons.Holm(pValues).ToArray();
        if (oneTest)
        {
            adjusted[withData[1]] = adjusted[withData[0]];
        }

        double alpha = 1 - confidence;
        var rows = new SegmentScore[ordered.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            (string name, RatingCounts counts) = ordered[i];
            (double value, ConfidenceInterval interval) = MetricMath.Estimate(counts, metric, confidence);
            rows[i] = new SegmentScore(name, counts.Total, value, interval, string.Equals(name, reference, StringComparison.Ordinal),
                comparisons[i], adjusted[i], adjusted[i] < alpha);
        }

        (double overall, ConfidenceInterval overallInterval) = MetricMath.Estimate(total, metric, confidence);
        return new SegmentComparisonResult(metric, confidence, reference, total.Total, overall, overallInterval, Array.AsReadOnly(rows));
    }

    /// <summary>Compares a metric between every pair of segments, with Holm-adjusted p-values over all m = k(k − 1)/2 pairs.</summary>
    /// <param name="segments">The rating counts per segment: at least two, all on one scale (0–10 for NPS).</param>
    /// <param name="metric">The metric to compare.</param>
    /// <param name="confidence">The confidence level of the intervals, strictly between 0 and 1; α = 1 − confidence.</param>
    /// <returns>The pairs (i, j), i before j in ordinal order of the names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or one of its counts is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two segments, counts on different scales, or NPS counts not on 0–10.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="metric"/> is unknown.</exception>
    public static SegmentPairwiseResult ComparePairwise(IReadOnlyDictionary<string, RatingCounts> segments, RatingMetric metric, double confidence = 0.95)
    {
        (KeyValuePair<string, RatingCounts>[] ordered, _) = Validate(segments, metric, confidence);
        var comparisons = new List<(string First, string Second, ScoreComparison Comparison)>();
        for (int i = 0; i < ordered.Length; i++)
        {
            for (int j = i + 1; j < ordered.Length; j++)
            {
                comparisons.Add((ordered[i].Key, ordered[j].Key, MetricMath.Compare(ordered[i].Value, ordered[j].Value, metric, confidence)));
            }
        }

        double[] pValues = new double[comparisons.Count];
        for (int k = 0; k < pValues.Length; k++)
        {
            pValues[k] = comparisons[k].Comparison.PValue;
        }

        IReadOnlyList<double> adjusted = MultipleComparisons.Holm(pValues);
        var pairs = new SegmentPair[comparisons.Count];
        for (int k = 0; k < pairs.Length; k++)
        {
            pairs[k] = new SegmentPair(comparisons[k].First, comparisons[k].Second, comparisons[k].Comparison, adjusted[k], adjusted[k] < 1 - confidence);
        }

        return new SegmentPairwiseResult(metric, confidence, Array.AsReadOnly(pairs));
    }

    private static (KeyValuePair<string, RatingCounts>[] Ordered, RatingCounts Total) Validate(
        IReadOnlyDictionary<string, RatingCounts> segments, RatingMetric metric, double confidence)
    {
        ArgumentNullException.ThrowIfNull(segments);
        MetricMath.CheckComputable(metric, nameof(metric));
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (segments.Count < 2)
        {
            throw new ArgumentException($"Segment comparison needs at least two segments; got {segments.Count}.", nameof(segments));
        }

        KeyValuePair<string, RatingCounts>[] ordered = segments.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        RatingScale scale = ordered[0].Value?.Scale ?? throw new ArgumentNullException(nameof(segments), $"The counts of segment '{ordered[0].Key}' are null.");
        RatingCounts total = RatingCounts.Empty(scale);
        foreach ((string name, RatingCounts counts) in ordered)
        {
            if (counts is null)
            {
                throw new ArgumentNullException(nameof(segments), $"The counts of segment '{name}' are null.");
            }

            if (counts.Scale != scale)
            {
                throw new ArgumentException($"Segment '{name}' has counts on the {counts.Scale} scale; the others are on {scale}.", nameof(segments));
            }

            total += counts;
        }

        if (metric == RatingMetric.Nps && scale != RatingScale.Nps)
        {
            throw new ArgumentException($"NPS needs counts on the 0..10 scale; the segments are on {scale}.", nameof(segments));
        }

        return (ordered, total);
    }

    private static RatingCounts Rest(RatingCounts total, RatingCounts segment)
    {
        ReadOnlySpan<long> all = total.AsSpan();
        ReadOnlySpan<long> part = segment.AsSpan();
        long[] rest = new long[all.Length];
        for (int i = 0; i < rest.Length; i++)
        {
            rest[i] = all[i] - part[i];
        }

        return RatingCounts.FromCounts(total.Scale, rest);
    }
}
