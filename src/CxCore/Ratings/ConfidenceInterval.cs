using System;
using System.Globalization;
using CxCore.Display;
using CxCore.Utility;

namespace CxCore.Ratings;

/// <summary>
/// A two-sided confidence (or credible) interval [<see cref="Lower"/>, <see cref="Upper"/>] at a stated
/// <see cref="Level"/>, in the units of the estimate it belongs to (NPS points, percent, hours…).
/// </summary>
/// <remarks>
/// <para>
/// An interval is either defined (both bounds finite, <see cref="Lower"/> ≤ <see cref="Upper"/>) or
/// <see cref="Undefined"/> (both bounds NaN), which is what estimates of empty data report: an empty survey has no
/// interval, never a zero-width one. <c>default(ConfidenceInterval)</c> is the point interval [0, 0] with level 0 (no
/// stated confidence).
/// </para>
/// <para>Equality compares bounds and level exactly (two undefined intervals of one level are equal). Immutable and thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>, ISpanFormattable
{
    internal ConfidenceInterval(double lower, double upper, double level)
    {
        Lower = lower;
        Upper = upper;
        Level = level;
    }

    /// <summary>The lower bound; NaN when the interval is undefined.</summary>
    public double Lower { get; }

    /// <summary>The upper bound; NaN when the interval is undefined.</summary>
    public double Upper { get; }

    /// <summary>The confidence level, in (0, 1), such as 0.95; 0 for <c>default</c>.</summary>
    public double Level { get; }

    /// <summary>Whether both bounds are numbers; <see langword="false"/> for an interval of empty data.</summary>
    public bool IsDefined => !double.IsNaN(Lower);

    /// <summary>The width <see cref="Upper"/> − <see cref="Lower"/>; NaN when undefined.</summary>
    public double Width => Upper - Lower;

    /// <summary>Creates the interval [<paramref name="lower"/>, <paramref name="upper"/>] at <paramref name="level"/>.</summary>
    /// <param name="lower">The lower bound, finite.</param>
    /// <param name="upper">The upper bound, finite and at least <paramref name="lower"/>.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A bound is NaN or infinite, <paramref name="upper"/> is less than <paramref name="lower"/>, or
    /// <paramref name="level"/> is not strictly between 0 and 1.
    /// </exception>
    public static ConfidenceInterval FromBounds(double lower, double upper, double level)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(lower), nameof(lower), lower, "An interval bound must be a finite number.");
        Preconditions.CheckArgumentRange(double.IsFinite(upper), nameof(upper), upper, "An interval bound must be a finite number.");
        Preconditions.CheckConfidenceLevel(level);
        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper bound ({upper.ToString(CultureInfo.InvariantCulture)}) is less than the lower bound ({lower.ToString(CultureInfo.InvariantCulture)}).");
        }

        return new ConfidenceInterval(lower, upper, level);
    }

    /// <summary>The interval of an estimate that cannot be made (empty data): both bounds NaN.</summary>
    /// <param name="level">The confidence level that was asked for, strictly between 0 and 1.</param>
    /// <returns>An interval whose <see cref="IsDefined"/> is <see langword="false"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Undefined(double level)
    {
        Preconditions.CheckConfidenceLevel(level);
        return new ConfidenceInterval(double.NaN, double.NaN, level);
    }

    /// <summary>Whether <paramref name="value"/> lies in the closed interval; always <see langword="false"/> when undefined.</summary>
    /// <param name="value">The value to test.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(double value) => Lower <= value && value <= Upper;

    /// <inheritdoc/>
    public bool Equals(ConfidenceInterval other) =>
        Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Level.Equals(other.Level);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Level);

    /// <summary>
    /// Formats the interval on one line, bounds with one decimal and the level as a percent, invariant culture:
    /// <c>[29.8, 39.7] 95%</c>; <c>[undefined] 95%</c> when undefined.
    /// </summary>
    /// <returns>The formatted interval.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>
    /// Formats the interval as <see cref="ToString()"/> does, the bounds with <paramref name="format"/>, so that
    /// <c>$"{interval:0.00}"</c> gives <c>[29.77, 39.68] 95%</c>. The level is always a percent with up to two decimals.
    /// </summary>
    /// <param name="format">A numeric format string for the bounds (such as <c>0.00</c> or <c>F3</c>); <see langword="null"/> or empty for <c>0.0</c>.</param>
    /// <param name="formatProvider">
    /// The culture for the numbers (decimal separator, percent sign); <see langword="null"/> for the invariant culture.
    /// Where the decimal separator is a comma the bounds are separated by a semicolon: <c>[29,8; 39,7] 95%</c>.
    /// </param>
    /// <returns>The formatted interval.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextFormat.ToString(this, format, formatProvider);

    /// <summary>Formats the interval into <paramref name="destination"/> without allocating (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the text does not fit.</param>
    /// <param name="format">A numeric format string for the bounds; empty for <c>0.0</c>.</param>
    /// <param name="provider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns><see langword="true"/> when the whole text fitted; <see langword="false"/> (nothing usable written) when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination, provider);
        Write(ref writer, format);
        return writer.TryFinish(out charsWritten);
    }

    /// <summary>Writes <c>[lower, upper] 95%</c> (or <c>[undefined] 95%</c>), bounds in <paramref name="format"/> (default <c>0.0</c>).</summary>
    internal void Write(ref SpanWriter writer, ReadOnlySpan<char> format)
    {
        ReadOnlySpan<char> number = TextFormat.Or(format, "0.0");
        if (IsDefined)
        {
            writer.Text("[");
            writer.Number(Lower, number);
            writer.Text(writer.ListSeparator);
            writer.Number(Upper, number);
            writer.Text("] ");
        }
        else
        {
            writer.Text("[undefined] ");
        }

        writer.Number(Level, "0.##%");
    }

    /// <summary>Indicates whether two intervals have the same bounds and level.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Indicates whether two intervals differ in a bound or the level.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);

}
