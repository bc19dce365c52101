using System;
using System.Globalization;
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
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    private ConfidenceInterval(double lower, double upper, double level)
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

    /// <summary>Formats the interval as <c>[lower, upper] (95%)</c> with up to four decimals, invariant culture.</summary>
    /// <returns>The formatted interval; <c>[undefined] (95%)</c> when undefined.</returns>
    public override string ToString() => IsDefined
        ? string.Create(CultureInfo.InvariantCulture, $"[{Lower:0.####}, {Upper:0.####}] ({Level:0.##%})")
        : string.Create(CultureInfo.InvariantCulture, $"[undefined] ({Level:0.##%})");

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
