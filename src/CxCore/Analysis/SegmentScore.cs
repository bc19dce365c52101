using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>One segment's row in a <see cref="SegmentComparisonResult"/>: its score, interval and test against the reference.</summary>
/// <remarks>Immutable and thread-safe. Values are in the units of the metric (NPS points, CSAT percent, CES mean).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SegmentScore
{
    internal SegmentScore(string segment, long count, double value, ConfidenceInterval interval, bool isReference,
        ScoreComparison comparison, double adjustedPValue, bool isSignificant)
    {
        Segment = segment;
        Count = count;
        Value = value;
        Interval = interval;
        IsReference = isReference;
        Comparison = comparison;
        AdjustedPValue = adjustedPValue;
        IsSignificant = isSignificant;
    }

    /// <summary>The segment's name (the dictionary key it was given under).</summary>
    public string Segment { get; }

    /// <summary>The number of responses in the segment.</summary>
    public long Count { get; }

    /// <summary>The segment's score; NaN when the segment is empty.</summary>
    public double Value { get; }

    /// <summary>The confidence interval for <see cref="Value"/>; undefined when the segment is empty.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Whether this is the named reference segment (which is not tested against itself).</summary>
    public bool IsReference { get; }

    /// <summary>
    /// The test of this segment against the reference (the named segment, or all other segments together):
    /// <see cref="ScoreComparison.Difference"/> is this segment minus the reference. Every member is NaN for the
    /// reference segment itself and when either side is empty.
    /// </summary>
    public ScoreComparison Comparison { get; }

    /// <summary>The raw two-sided p-value, <see cref="ScoreComparison.PValue"/> of <see cref="Comparison"/>.</summary>
    public double PValue => Comparison.PValue;

    /// <summary>The Holm-adjusted p-value over all segments' tests (NaN where the test is undefined).</summary>
    public double AdjustedPValue { get; }

    /// <summary>Whether <see cref="AdjustedPValue"/> is below α = 1 − confidence.</summary>
    public bool IsSignificant { get; }
}
