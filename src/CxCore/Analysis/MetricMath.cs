using CxCore.Ratings;
using CxCore.Utility;

namespace CxCore.Analysis;

/// <summary>The score, interval and comparison of rating counts for a <see cref="RatingMetric"/>.</summary>
internal static class MetricMath
{
    /// <summary>Checks that <paramref name="metric"/> is one this class computes: a defined value other than <see cref="RatingMetric.Custom"/>.</summary>
    internal static void CheckComputable(RatingMetric metric, string paramName)
    {
        Preconditions.CheckDefined(metric, paramName);
        Preconditions.CheckArgumentRange(metric != RatingMetric.Custom, paramName, metric, "RatingMetric.Custom has no standard score to compute; use Nps, Csat or Ces.");
    }

    /// <summary>The score value (NPS points, CSAT percent, CES mean) and its interval; NaN and undefined when empty.</summary>
    internal static (double Value, ConfidenceInterval Interval) Estimate(RatingCounts counts, RatingMetric metric, double confidence) => metric switch
    {
        RatingMetric.Nps => Nps(counts, confidence),
        RatingMetric.Csat => (SatisfactionScore.FromCounts(counts).Value, SatisfactionScore.FromCounts(counts).Interval(ProportionIntervalMethod.Wilson, confidence)),
        _ => (EffortScore.FromCounts(counts).Mean, EffortScore.FromCounts(counts).Interval(MeanIntervalMethod.StudentT, confidence)),
    };

    internal static ScoreComparison Compare(RatingCounts a, RatingCounts b, RatingMetric metric, double confidence) => metric switch
    {
        RatingMetric.Nps => NetPromoterScore.Compare(NetPromoterScore.FromCounts(a), NetPromoterScore.FromCounts(b), NpsComparisonMethod.AdjustedWald, confidence),
        RatingMetric.Csat => SatisfactionScore.Compare(SatisfactionScore.FromCounts(a), SatisfactionScore.FromCounts(b), confidence),
        _ => EffortScore.Compare(EffortScore.FromCounts(a), EffortScore.FromCounts(b), confidence),
    };

    private static (double, ConfidenceInterval) Nps(RatingCounts counts, double confidence)
    {
        NetPromoterScore nps = NetPromoterScore.FromCounts(counts);
        return (nps.Value, nps.Interval(NpsIntervalMethod.AdjustedWald, confidence));
    }
}
