namespace CxCore.Ratings;

/// <summary>
/// A rating metric: what a rating question measures (<see cref="FeedbackInstrument.Metric"/>) and which score an
/// analysis computes from its rating counts.
/// </summary>
/// <remarks>
/// The three standard metrics have a score with a documented formula, interval and test (docs/metrics.md). Answers to
/// any other question are <see cref="Custom"/>: they can be counted, but analyses that compute a score (trends,
/// segment comparison) need one of the standard metrics and reject <see cref="Custom"/>. In JSON the values are
/// <c>"nps"</c>, <c>"csat"</c>, <c>"ces"</c> and <c>"custom"</c>.
/// </remarks>
public enum RatingMetric
{
    /// <summary>
    /// The Net Promoter Score: "How likely are you to recommend…?" on 0–10 (standard bands), in NPS points;
    /// adjusted-Wald intervals, z test.
    /// </summary>
    Nps,

    /// <summary>
    /// Customer satisfaction: "How satisfied were you…?", usually on 1–5; the top-2-box share in percent; Wilson
    /// intervals, two-proportion z test.
    /// </summary>
    Csat,

    /// <summary>
    /// Customer effort: "How easy was it…?", usually on 1–7 (7 = very easy); the mean rating; Student-t intervals,
    /// Welch's t test.
    /// </summary>
    Ces,

    /// <summary>Any other rating question; it has no standard score.</summary>
    Custom,
}
