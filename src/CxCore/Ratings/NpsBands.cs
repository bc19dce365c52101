using System;
using System.Globalization;

namespace CxCore.Ratings;

/// <summary>
/// Which ratings make a detractor, a passive and a promoter: detractors rate at most <see cref="DetractorsUpTo"/>,
/// promoters at least <see cref="PromotersFrom"/>, passives in between.
/// </summary>
/// <remarks>
/// The standard Net Promoter bands on the 0–10 scale are detractors 0–6, passives 7–8, promoters 9–10
/// (Reichheld 2003). Other scales (a 1–5 or 1–7 "recommend" question) need their own bands.
/// <c>default(NpsBands)</c> equals <see cref="Standard"/>. Immutable value; equality compares scale and thresholds.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct NpsBands : IEquatable<NpsBands>
{
    // Stored relative to the standard bands so that default(NpsBands) is Standard.
    private readonly int _detractorsUpToMinusSix;
    private readonly int _promotersFromMinusNine;

    private NpsBands(RatingScale scale, int detractorsUpTo, int promotersFrom)
    {
        Scale = scale;
        _detractorsUpToMinusSix = detractorsUpTo - 6;
        _promotersFromMinusNine = promotersFrom - 9;
    }

    /// <summary>The standard bands on the 0–10 scale: detractors 0–6, passives 7–8, promoters 9–10.</summary>
    public static NpsBands Standard => default;

    /// <summary>The scale the bands divide.</summary>
    public RatingScale Scale { get; }

    /// <summary>The highest rating of a detractor.</summary>
    public int DetractorsUpTo => _detractorsUpToMinusSix + 6;

    /// <summary>The lowest rating of a promoter.</summary>
    public int PromotersFrom => _promotersFromMinusNine + 9;

    /// <summary>Creates bands on <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="detractorsUpTo">The highest detractor rating, on the scale.</param>
    /// <param name="promotersFrom">The lowest promoter rating, on the scale and greater than <paramref name="detractorsUpTo"/>.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A threshold is off the scale, or <paramref name="promotersFrom"/> is not greater than <paramref name="detractorsUpTo"/>.
    /// </exception>
    public static NpsBands FromThresholds(RatingScale scale, int detractorsUpTo, int promotersFrom)
    {
        scale.ThrowIfNotContained(detractorsUpTo, nameof(detractorsUpTo));
        scale.ThrowIfNotContained(promotersFrom, nameof(promotersFrom));
        if (promotersFrom <= detractorsUpTo)
        {
            throw new ArgumentOutOfRangeException(nameof(promotersFrom), promotersFrom, $"Promoters must rate above detractors: promotersFrom ({promotersFrom}) must be greater than detractorsUpTo ({detractorsUpTo}).");
        }

        return new NpsBands(scale, detractorsUpTo, promotersFrom);
    }

    /// <inheritdoc/>
    public bool Equals(NpsBands other) =>
        Scale == other.Scale && _detractorsUpToMinusSix == other._detractorsUpToMinusSix && _promotersFromMinusNine == other._promotersFromMinusNine;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NpsBands other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scale, _detractorsUpToMinusSix, _promotersFromMinusNine);

    /// <summary>Formats the bands, for example <c>detractors 0..6, passives 7..8, promoters 9..10</c>.</summary>
    /// <returns>The formatted bands.</returns>
    public override string ToString() => PromotersFrom - DetractorsUpTo > 1
        ? string.Create(CultureInfo.InvariantCulture, $"detractors {Scale.Minimum}..{DetractorsUpTo}, passives {DetractorsUpTo + 1}..{PromotersFrom - 1}, promoters {PromotersFrom}..{Scale.Maximum}")
        : string.Create(CultureInfo.InvariantCulture, $"detractors {Scale.Minimum}..{DetractorsUpTo}, no passives, promoters {PromotersFrom}..{Scale.Maximum}");

    /// <summary>Indicates whether two band definitions are equal.</summary>
    /// <param name="left">The first bands.</param>
    /// <param name="right">The second bands.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(NpsBands left, NpsBands right) => left.Equals(right);

    /// <summary>Indicates whether two band definitions differ.</summary>
    /// <param name="left">The first bands.</param>
    /// <param name="right">The second bands.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(NpsBands left, NpsBands right) => !left.Equals(right);
}
