using System;
using System.Diagnostics.CodeAnalysis;
using CxCore.Utility;

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
public readonly struct CustomerId : IEquatable<CustomerId>, ISpanParsable<CustomerId>, IComparable<CustomerId>
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

    /// <summary>Parses a customer id: any text with at least one non-white-space character, kept exactly as given (as <see cref="From"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or only white space (the message shows it).</exception>
    /// <remarks><c>Parse(x.ToString())</c> equals <c>x</c> for every id except <c>default</c>, whose text is empty.</remarks>
    public static CustomerId Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a customer id from characters (see <see cref="Parse(string)"/>).</summary>
    /// <param name="s">The characters.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or only white space (the message shows it).</exception>
    public static CustomerId Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out CustomerId result) ? result : throw Parsing.Blank(s, "customer id");

    /// <summary>Tries to parse a customer id (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The id, or <c>default</c> when the text is <see langword="null"/>, empty or only white space.</param>
    /// <returns>Whether <paramref name="s"/> is a customer id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CustomerId result)
    {
        if (s is null || string.IsNullOrWhiteSpace(s))
        {
            result = default;
            return false;
        }

        result = new CustomerId(s);
        return true;
    }

    /// <summary>Tries to parse a customer id from characters (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The id, or <c>default</c> when <paramref name="s"/> is empty or only white space.</param>
    /// <returns>Whether <paramref name="s"/> is a customer id.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CustomerId result)
    {
        if (s.IsWhiteSpace())
        {
            result = default;
            return false;
        }

        result = new CustomerId(s.ToString());
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    static CustomerId IParsable<CustomerId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out CustomerId)"/>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    /// <param name="result">The id, or <c>default</c>.</param>
    static bool IParsable<CustomerId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CustomerId result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    static CustomerId ISpanParsable<CustomerId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out CustomerId)"/>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    /// <param name="result">The id, or <c>default</c>.</param>
    static bool ISpanParsable<CustomerId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CustomerId result) => TryParse(s, out result);

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
