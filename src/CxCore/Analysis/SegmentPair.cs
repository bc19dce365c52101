using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>One pair's row in a <see cref="SegmentPairwiseResult"/>: segment <see cref="First"/> against <see cref="Second"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SegmentPair
{
    internal SegmentPair(string first, string second, ScoreComparison comparison, double adjustedPValue, bool isSignificant)
    {
        First = first;
        Second = second;
        Comparison = comparison;
        AdjustedPValue = adjustedPValue;
        IsSignificant = isSignificant;
    }

    /// <summary>The first segment (the earlier name in ordinal order).</summary>
    public string First { get; }

    /// <summary>The second segment.</summary>
    public string Second { get; }

    /// <summary>The test of <see cref="First"/> against <see cref="Second"/>; the difference is first minus second.</summary>
    public ScoreComparison Comparison { get; }

    /// <summary>The raw two-sided p-value.</summary>
    public double PValue => Comparison.PValue;

    /// <summary>The Holm-adjusted p-value over all pairs (NaN where the test is undefined).</summary>
    public double AdjustedPValue { get; }

    /// <summary>Whether <see cref="AdjustedPValue"/> is below α = 1 − confidence.</summary>
    public bool IsSignificant { get; }
}
