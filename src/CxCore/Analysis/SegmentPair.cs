using System;
using CxCore.Ratings;
using CxCore.Utility;

namespace CxCore.Analysis;

/// <summary>One pair's row in a <see cref="SegmentPairwiseResult"/>: segment <see cref="First"/> against <see cref="Second"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SegmentPair : ISpanFormattable
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

    /// <summary>
    /// Formats the row on one line in the conventions of <see cref="ScoreComparison.ToString()"/> (invariant culture):
    /// <c>Email vs Web: Δ = -5.0 [-11.1, 1.1] 95%, SE 3.1, z = -1.60, p = 0.1096; Holm p = 0.3288</c>, then
    /// <c>, significant</c> when <see cref="IsSignificant"/>.
    /// </summary>
    /// <returns>The formatted row.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>Formats the row as <see cref="ToString()"/> does, with <paramref name="format"/> for the difference, bounds, standard error and statistic.</summary>
    /// <param name="format">A numeric format string for the difference, bounds, standard error and statistic (such as <c>0.00</c>); <see langword="null"/> or empty for the defaults.</param>
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
        writer.Text(First);
        writer.Text(" vs ");
        writer.Text(Second);
        writer.Text(": ");
        Comparison.Write(ref writer, format);
        if (!double.IsNaN(Comparison.Difference))
        {
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
