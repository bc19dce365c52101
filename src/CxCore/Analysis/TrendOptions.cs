using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>Options for <see cref="Trend"/>.Build; validated when the trend is built.</summary>
/// <remarks>The one mutable kind of type in CxCore: set it up, then pass it. Not thread-safe while being changed.</remarks>
public sealed class TrendOptions
{
    /// <summary>The confidence level of the intervals and tests.</summary>
    /// <value>0.95 by default; strictly between 0 and 1.</value>
    public double Confidence { get; set; } = 0.95;

    /// <summary>
    /// The metric to compute, or <see langword="null"/> to follow the instrument's kind (NPS, CSAT or CES); required
    /// for a custom instrument.
    /// </summary>
    /// <value><see langword="null"/> by default.</value>
    public RatingMetric? Metric { get; set; }
}
