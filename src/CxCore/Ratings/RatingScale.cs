using System;
using System.Globalization;

namespace CxCore.Ratings;

/// <summary>
/// A closed range of integer rating points, such as the 0–10 scale of the Net Promoter question or the 1–5 scale of
/// a satisfaction question.
/// </summary>
/// <remarks>
/// <para>
/// A scale has at least two points and lies inside 0–100: <see cref="Minimum"/> ≥ 0, <see cref="Maximum"/> ≤ 100 and
/// <see cref="Minimum"/> &lt; <see cref="Maximum"/>. Every rating on it is a whole number, so any rating fits in a
/// <see cref="byte"/>.
/// </para>
/// <para>
/// <c>default(RatingScale)</c> is valid and equals <see cref="Nps"/> (0–10). Two scales are equal when their bounds are
/// equal. This type is an immutable value and is safe to share between threads.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct RatingScale : IEquatable<RatingScale>
{
    /// <summary>The largest value any scale may reach: 100.</summary>
    public const int MaxValue = 100;

    // Stored relative to the NPS scale so that default(RatingScale) is the valid 0–10 scale.
    private readonly int _maximumMinusTen;
    private readonly int _minimum;

    private RatingScale(int minimum, int maximum)
    {
        _minimum = minimum;
        _maximumMinusTen = maximum - 10;
    }

    /// <summary>The 0–10 scale of the Net Promoter question ("How likely are you to recommend…?").</summary>
    public static RatingScale Nps => default;

    /// <summary>The five-point 1–5 scale used by most satisfaction (CSAT) questions.</summary>
    public static RatingScale FivePoint => new(1, 5);

    /// <summary>The seven-point 1–7 scale used by the customer effort (CES 2.0) question; 7 means "very easy".</summary>
    public static RatingScale SevenPoint => new(1, 7);

    /// <summary>The lowest rating on the scale.</summary>
    public int Minimum => _minimum;

    /// <summary>The highest rating on the scale.</summary>
    public int Maximum => _maximumMinusTen + 10;

    /// <summary>The number of points on the scale: <see cref="Maximum"/> − <see cref="Minimum"/> + 1 (2 to 101).</summary>
    public int PointCount => Maximum - _minimum + 1;

    /// <summary>Creates the scale <paramref name="minimum"/>–<paramref name="maximum"/>.</summary>
    /// <param name="minimum">The lowest rating, 0 to 99.</param>
    /// <param name="maximum">The highest rating, greater than <paramref name="minimum"/> and at most 100.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minimum"/> is negative, <paramref name="maximum"/> exceeds 100, or
    /// <paramref name="maximum"/> is not greater than <paramref name="minimum"/>.
    /// </exception>
    public static RatingScale FromRange(int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximum, MaxValue);
        if (maximum <= minimum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maximum),
                maximum,
                $"A rating scale needs at least two points: the maximum ({maximum}) must be greater than the minimum ({minimum}).");
        }

        return new RatingScale(minimum, maximum);
    }

    /// <summary>Tells whether <paramref name="rating"/> is a point on this scale.</summary>
    /// <param name="rating">The rating to test.</param>
    /// <returns><see langword="true"/> when <see cref="Minimum"/> ≤ <paramref name="rating"/> ≤ <see cref="Maximum"/>.</returns>
    public bool Contains(int rating) => unchecked((uint)(rating - _minimum) <= (uint)(Maximum - _minimum)); // one unsigned range check

    /// <summary>Maps a rating on this scale linearly onto [0, 1]: <see cref="Minimum"/> → 0, <see cref="Maximum"/> → 1.</summary>
    /// <param name="rating">A rating on this scale.</param>
    /// <returns>(<paramref name="rating"/> − <see cref="Minimum"/>) / (<see cref="Maximum"/> − <see cref="Minimum"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not on this scale.</exception>
    public double Normalize(int rating)
    {
        ThrowIfNotContained(rating, nameof(rating));
        return (rating - _minimum) / (double)(Maximum - _minimum);
    }

    /// <summary>Indicates whether this scale has the same bounds as <paramref name="other"/>.</summary>
    /// <param name="other">The scale to compare with.</param>
    /// <returns><see langword="true"/> when both bounds are equal.</returns>
    public bool Equals(RatingScale other) => _minimum == other._minimum && _maximumMinusTen == other._maximumMinusTen;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RatingScale other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_minimum, _maximumMinusTen);

    /// <summary>Formats the scale as its bounds, for example <c>0..10</c>.</summary>
    /// <returns>The text <c>Minimum..Maximum</c> in the invariant culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_minimum}..{Maximum}");

    /// <summary>Indicates whether two scales have the same bounds.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when both bounds are equal.</returns>
    public static bool operator ==(RatingScale left, RatingScale right) => left.Equals(right);

    /// <summary>Indicates whether two scales differ in either bound.</summary>
    /// <param name="left">The first scale.</param>
    /// <param name="right">The second scale.</param>
    /// <returns><see langword="true"/> when a bound differs.</returns>
    public static bool operator !=(RatingScale left, RatingScale right) => !left.Equals(right);

    /// <summary>Throws when <paramref name="rating"/> is not on this scale, naming the rating and the scale.</summary>
    internal void ThrowIfNotContained(int rating, string paramName)
    {
        if (!Contains(rating))
        {
            throw new ArgumentOutOfRangeException(paramName, rating, $"The rating {rating} is outside the scale {this}.");
        }
    }
}
