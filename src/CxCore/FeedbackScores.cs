using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using CxCore.Ratings;

namespace CxCore;

/// <summary>NPS, CSAT and CES straight from <see cref="Feedback"/>: <c>feedback.ToNetPromoterScore()</c>.</summary>
/// <remarks>
/// <para>
/// Each method scores the feedback whose instrument measures its metric (<see cref="FeedbackInstrument.Metric"/>), on
/// that instrument's scale; feedback of other instruments is not an answer to that question and is passed over, so one
/// list of mixed survey answers gives all three scores. The feedback scored must share one scale and count once each
/// (weight 1): weighted answers go through <see cref="WeightedRatingCounts"/>. No feedback of the metric gives the
/// empty score (NaN with an undefined interval), never 0.
/// </para>
/// <para>Equivalent to counting the ratings with <see cref="RatingCounts.FromRatings(RatingScale, ReadOnlySpan{int})"/> and scoring the counts with the default rules.</para>
/// </remarks>
public static class FeedbackScores
{
    /// <summary>The NPS of the NPS feedback in <paramref name="feedback"/>.</summary>
    /// <param name="feedback">Feedback of any instruments.</param>
    /// <returns>The score, with the standard bands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is null, NPS items use different scales, or an NPS item has a weight other than 1.</exception>
    public static NetPromoterScore ToNetPromoterScore(this IEnumerable<Feedback> feedback) =>
        NetPromoterScore.FromCounts(Counts(feedback, RatingMetric.Nps, RatingScale.Nps));

    /// <summary>The CSAT (top-2-box) of the CSAT feedback in <paramref name="feedback"/>.</summary>
    /// <param name="feedback">Feedback of any instruments.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is null, CSAT items use different scales, or a CSAT item has a weight other than 1.</exception>
    public static SatisfactionScore ToSatisfactionScore(this IEnumerable<Feedback> feedback) =>
        SatisfactionScore.FromCounts(Counts(feedback, RatingMetric.Csat, RatingScale.FivePoint));

    /// <summary>The effort score (default thresholds) of the CES feedback in <paramref name="feedback"/>.</summary>
    /// <param name="feedback">Feedback of any instruments.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feedback"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An item is null, CES items use different scales, or a CES item has a weight other than 1.</exception>
    public static EffortScore ToEffortScore(this IEnumerable<Feedback> feedback) =>
        EffortScore.FromCounts(Counts(feedback, RatingMetric.Ces, RatingScale.SevenPoint));

    private static RatingCounts Counts(IEnumerable<Feedback> feedback, RatingMetric metric, RatingScale defaultScale)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var ratings = new List<int>();
        FeedbackInstrument? first = null;
        int index = 0;
        foreach (Feedback item in feedback)
        {
            if (item is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Feedback {index} is null."), nameof(feedback));
            }

            if (item.Instrument.Metric == metric)
            {
                if (first is null)
                {
                    first = item.Instrument;
                }
                else if (item.Instrument.Scale != first.Scale)
                {
                    throw new ArgumentException(
                        $"Feedback '{item.Id}' uses the instrument {item.Instrument.Name} on the scale {item.Instrument.Scale}, but earlier {metric} feedback uses {first.Name} on {first.Scale}; score each scale apart.",
                        nameof(feedback));
                }

                if (item.Weight != 1.0)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Feedback '{item.Id}' has the weight {item.Weight}; these scores count every answer once. Count weighted answers with WeightedRatingCounts."),
                        nameof(feedback));
                }

                ratings.Add(item.Rating);
            }

            index++;
        }

        return RatingCounts.FromRatings(first?.Scale ?? defaultScale, CollectionsMarshal.AsSpan(ratings));
    }
}
