using System;

namespace CxCore;

/// <summary>The identifier of one customer (a person or an account), as the source system spells it.</summary>
/// <remarks>
/// <para>
/// Ids are compared ordinally and case-sensitively: <c>"C-1"</c> and <c>"c-1"</c> are different customers. The text is
/// stored exactly as given, including any surrounding white space, as long as it has at least one non-white-space
/// character.
/// </para>
/// <para>
/// <c>default(CustomerId)</c> is the empty id: its <see cref="Value"/> is the empty string and <see cref="IsEmpty"/> is
/// <see langword="true"/>. It sorts before every real id and is rejected wherever a real id is required (touchpoints,
/// feedback, journeys, service cases). This type is an immutable value and is safe to share between threads.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct CustomerId : IEquatable<CustomerId>, IComparable<CustomerId>
{
    private readonly string? _value;

    private CustomerId(string value) => _value = value;

    /// <summary>The id text; the empty string for <c>default(CustomerId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(CustomerId)</c>, the empty id that names no customer.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Creates the id <paramref name="value"/>.</summary>
    /// <param name="value">The id text; at least one non-white-space character.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or only white space.</exception>
    public static CustomerId From(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new CustomerId(value);
    }

    /// <summary>Indicates whether this id has the same text as <paramref name="other"/> (ordinal, case-sensitive).</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns><see langword="true"/> when the texts are equal.</returns>
    public bool Equals(CustomerId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares the ids' texts ordinally; the empty id sorts first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CustomerId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the id text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Indicates whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the texts are equal (ordinal).</returns>
    public static bool operator ==(CustomerId left, CustomerId right) => left.Equals(right);

    /// <summary>Indicates whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the texts differ (ordinal).</returns>
    public static bool operator !=(CustomerId left, CustomerId right) => !left.Equals(right);

    /// <summary>Indicates whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CustomerId left, CustomerId right) => left.CompareTo(right) < 0;

    /// <summary>Indicates whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CustomerId left, CustomerId right) => left.CompareTo(right) > 0;

    /// <summary>Indicates whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator <=(CustomerId left, CustomerId right) => left.CompareTo(right) <= 0;

    /// <summary>Indicates whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator >=(CustomerId left, CustomerId right) => left.CompareTo(right) >= 0;
}
