using System;
using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>The score, interval and comparison of rating counts for a <see cref="RatingMetric"/>.</summary>
internal static class MetricMath
{
    internal static void ThrowIfUnknown(RatingMetric metric, string paramName)
    {
        if (metric == RatingMetric.Custom)
        {
            throw new ArgumentOutOfRangeException(paramName, metric, "RatingMetric.Custom has no standard score to compute; use Nps, Csat or Ces.");
        }

        if (metric is not (RatingMetric.Nps or RatingMetric.Csat or RatingMetric.Ces))
        {
            throw new ArgumentOutOfRangeException(paramName, metric, "Unknown rating metric; use Nps, Csat or Ces.");
        }
    }

    /// <summary>The score value (NPS points, CSAT percent, CES mean) and its interval; NaN and undefined when empty.</summary>
    internal static (double Value, ConfidenceInterval Interval) Estimate(RatingCounts counts, RatingMetric metric, double confidence) => metric switch
    {
        RatingMetric.Nps => Nps(counts, confidence),
        RatingMetric.Csat => (SatisfactionScore.FromCounts(counts).Value, SatisfactionScore.FromCounts(counts).Interval(confidence)),
        _ => (EffortScore.FromCounts(counts).Mean, EffortScore.FromCounts(counts).Interval(confidence)),
    };

    internal static ScoreComparison Compare(RatingCounts a, RatingCounts b, RatingMetric metric, double confidence) => metric switch
    {
        RatingMetric.Nps => NetPromoterScore.Compare(NetPromoterScore.FromCounts(a), NetPromoterScore.FromCounts(b), confidence),
        RatingMetric.Csat => SatisfactionScore.Compare(SatisfactionScore.FromCounts(a), SatisfactionScore.FromCounts(b), confidence),
        _ => EffortScore.Compare(EffortScore.FromCounts(a), EffortScore.FromCounts(b), confidence),
    };

    private static (double, ConfidenceInterval) Nps(RatingCounts counts, double confidence)
    {
        NetPromoterScore nps = NetPromoterScore.FromCounts(counts);
        return (nps.Value, nps.Interval(IntervalMethod.AdjustedWald, confidence));
    }
}
