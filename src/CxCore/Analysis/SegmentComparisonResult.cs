using System.Collections.Generic;
using CxCore.Display;
using CxCore.Ratings;

namespace CxCore.Analysis;

/// <summary>The result of <see cref="SegmentComparison.Compare"/>: the overall score and one row per segment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SegmentComparisonResult : ITabularResult
{
    internal SegmentComparisonResult(RatingMetric metric, double confidence, string? reference, long count, double value,
        ConfidenceInterval interval, IReadOnlyList<SegmentScore> segments)
    {
        Metric = metric;
        Confidence = confidence;
        Reference = reference;
        Count = count;
        Value = value;
        Interval = interval;
        Segments = segments;
    }

    /// <summary>The metric that was compared.</summary>
    public RatingMetric Metric { get; }

    /// <summary>The confidence level of the intervals; α = 1 − <see cref="Confidence"/> for <see cref="SegmentScore.IsSignificant"/>.</summary>
    public double Confidence { get; }

    /// <summary>The reference segment's name, or <see langword="null"/> when each segment is compared with the rest.</summary>
    public string? Reference { get; }

    /// <summary>The number of responses over all segments.</summary>
    public long Count { get; }

    /// <summary>The overall score of all segments together; NaN when there are no responses.</summary>
    public double Value { get; }

    /// <summary>The confidence interval of the overall score.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>The segments, in ordinal order of their names.</summary>
    public IReadOnlyList<SegmentScore> Segments { get; }

    /// <summary>
    /// The result as a table: columns <c>segment, n, score, lower, upper, difference, p_value, p_holm, significant</c>
    /// (one row per segment, then a row <c>(overall)</c> with the overall score and empty test columns);
    /// <c>significant</c> is <c>yes</c>, <c>no</c> or empty when the test is undefined.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>();
        foreach (SegmentScore s in Segments)
        {
            bool defined = !double.IsNaN(s.AdjustedPValue);
            rows.Add([
                s.Segment, s.Count, s.Value, Bound(s.Interval.Lower), Bound(s.Interval.Upper),
                s.IsReference ? null : s.Comparison.Difference,
                s.IsReference ? null : s.PValue,
                s.IsReference ? null : s.AdjustedPValue,
                s.IsReference ? "reference" : defined ? (s.IsSignificant ? "yes" : "no") : null,
            ]);
        }

        rows.Add(["(overall)", Count, Value, Bound(Interval.Lower), Bound(Interval.Upper), null, null, null, null]);
        return ResultTable.FromRows(["segment", "n", "score", "lower", "upper", "difference", "p_value", "p_holm", "significant"], rows);
    }

    /// <summary>The result as an aligned text table (see <see cref="ToTable"/>).</summary>
    /// <returns>The text table.</returns>
    public override string ToString() => ToTable().ToString();

    /// <summary>The result as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The result as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    private static object? Bound(double value) => double.IsNaN(value) ? null : value;
}
