using System;
using CxCore.Ratings;
using CxCore.Utility;

namespace CxCore.Analysis;

/// <summary>One segment's row in a <see cref="SegmentComparisonResult"/>: its score, interval and test against the reference.</summary>
/// <remarks>Immutable and thread-safe. Values are in the units of the metric (NPS points, CSAT percent, CES mean).</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SegmentScore : ISpanFormattable
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

    /// <summary>
    /// Formats the row on one line in the conventions of <see cref="ScoreComparison.ToString()"/> (invariant culture):
    /// <c>Web: 40.0 [29.8, 49.7] 95% (n = 120); Δ = 5.0 [-1.1, 11.1] 95%, SE 3.1, z = 1.60, p = 0.1096; Holm p = 0.2192</c>,
    /// then <c>, significant</c> when <see cref="IsSignificant"/>; the reference segment as
    /// <c>Web (reference): 40.0 [29.8, 49.7] 95% (n = 120)</c>. An empty segment's score is <c>undefined</c>.
    /// </summary>
    /// <returns>The formatted row.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>Formats the row as <see cref="ToString()"/> does, with <paramref name="format"/> for the score, bounds, difference and statistic.</summary>
    /// <param name="format">A numeric format string for the score, bounds, difference and statistic (such as <c>0.00</c>); <see langword="null"/> or empty for the defaults.</param>
    /// <param name="formatProvider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns>The formatted row.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextFormat.ToString(this, format, formatProvider);

    /// <summary>Formats the row into <paramref name="destination"/> (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the text does not fit.</param>
    /// <param name="format">A numeric format string; empty for the defaults.</param>
    /// <param name="provider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns><see langword="true"/> when the whole text fitted; <see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination, provider);
        writer.Text(Segment);
        writer.Text(IsReference ? " (reference): " : ": ");
        if (double.IsNaN(Value))
        {
            writer.Text("undefined");
        }
        else
        {
            writer.Number(Value, TextFormat.Or(format, "0.0"));
            writer.Text(" ");
            Interval.Write(ref writer, format);
        }

        writer.Text(" (n = ");
        writer.Integer(Count);
        writer.Text(")");
        if (!IsReference && !double.IsNaN(Comparison.Difference))
        {
            writer.Text("; ");
            Comparison.Write(ref writer, format);
            writer.Text("; Holm ");
            writer.PValue(AdjustedPValue);
            if (IsSignificant)
            {
                writer.Text(", significant");
            }
        }

        return writer.TryFinish(out charsWritten);
    }
}
