using System.Collections.Generic;
using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>The result of <see cref="SegmentComparison.ComparePairwise"/>: every pair of segments, tested and Holm-adjusted.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SegmentPairwiseResult
{
    internal SegmentPairwiseResult(RatingMetric metric, double confidence, IReadOnlyList<SegmentPair> pairs)
    {
        Metric = metric;
        Confidence = confidence;
        Pairs = pairs;
    }

    /// <summary>The metric that was compared.</summary>
    public RatingMetric Metric { get; }

    /// <summary>The confidence level; α = 1 − <see cref="Confidence"/> for <see cref="SegmentPair.IsSignificant"/>.</summary>
    public double Confidence { get; }

    /// <summary>The pairs (i, j) with i before j in ordinal order of the names, ordered by i then j.</summary>
    public IReadOnlyList<SegmentPair> Pairs { get; }

    /// <summary>
    /// The result as a table with columns <c>first, second, difference, se, lower, upper, p_value, p_holm, significant</c>
    /// (<c>significant</c> is <c>yes</c>, <c>no</c> or empty when the test is undefined).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Pairs.Count);
        foreach (SegmentPair pair in Pairs)
        {
            bool defined = !double.IsNaN(pair.AdjustedPValue);
            rows.Add([
                pair.First, pair.Second, pair.Comparison.Difference, pair.Comparison.StandardError,
                pair.Comparison.Interval.IsDefined ? pair.Comparison.Interval.Lower : null,
                pair.Comparison.Interval.IsDefined ? pair.Comparison.Interval.Upper : null,
                pair.PValue, pair.AdjustedPValue, defined ? (pair.IsSignificant ? "yes" : "no") : null,
            ]);
        }

        return ResultTable.FromRows(["first", "second", "difference", "se", "lower", "upper", "p_value", "p_holm", "significant"], rows);
    }

    /// <summary>The result as an aligned text table (see <see cref="ToTable"/>).</summary>
    /// <returns>The text table.</returns>
    public override string ToString() => ToTable().ToString();

    /// <summary>The result as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The result as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per pair.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();
}
