using System;
using System.Diagnostics.CodeAnalysis;
using CxCore.Utility;
using System.Collections.Generic;

namespace CxCore;

/// <summary>The medium through which a customer and the company meet: phone, email, chat, a store, the website and so on.</summary>
/// <remarks>
/// <para>
/// A channel is identified by its <see cref="Name"/>, which is stored exactly as given and compared ordinally and
/// case-insensitively: <c>Channel.From("phone")</c> equals <see cref="Phone"/>. Any other channel can be created with <see cref="From"/>.
/// </para>
/// <para>
/// <c>default(Channel)</c> is the unspecified channel: its <see cref="Name"/> is the empty string and
/// <see cref="IsEmpty"/> is <see langword="true"/>; it is rejected wherever a real channel is required. This type is an
/// immutable value and is safe to share between threads.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct Channel : IEquatable<Channel>, ISpanParsable<Channel>
{
    private readonly string? _name;

    private Channel(string name) => _name = name;

    /// <summary>Voice calls, inbound or outbound.</summary>
    public static Channel Phone { get; } = new("Phone");

    /// <summary>Email messages.</summary>
    public static Channel Email { get; } = new("Email");

    /// <summary>Live chat with a human agent.</summary>
    public static Channel Chat { get; } = new("Chat");

    /// <summary>An automated conversational agent.</summary>
    public static Channel Chatbot { get; } = new("Chatbot");

    /// <summary>Public or private messages on social networks.</summary>
    public static Channel SocialMedia { get; } = new("SocialMedia");

    /// <summary>The company's website (browsing, forms, checkout).</summary>
    public static Channel Website { get; } = new("Website");

    /// <summary>The company's mobile application.</summary>
    public static Channel MobileApp { get; } = new("MobileApp");

    /// <summary>A visit to a physical store or branch.</summary>
    public static Channel InStore { get; } = new("InStore");

    /// <summary>A technician or representative on site.</summary>
    public static Channel FieldService { get; } = new("FieldService");

    /// <summary>Postal mail.</summary>
    public static Channel Mail { get; } = new("Mail");

    /// <summary>Self-service help: FAQ, knowledge base, community, portal.</summary>
    public static Channel SelfService { get; } = new("SelfService");

    /// <summary>The well-known channels, in declaration order: Phone, Email, Chat, Chatbot, SocialMedia, Website, MobileApp, InStore, FieldService, Mail, SelfService.</summary>
    public static IReadOnlyList<Channel> WellKnown { get; } = Array.AsReadOnly(new[] { Phone, Email, Chat, Chatbot, SocialMedia, Website, MobileApp, InStore, FieldService, Mail, SelfService });

    /// <summary>The channel's name, as given; the empty string for <c>default(Channel)</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether this is <c>default(Channel)</c>, the unspecified channel.</summary>
    public bool IsEmpty => _name is null;

    /// <summary>Creates the channel named <paramref name="name"/>.</summary>
    /// <param name="name">The name; at least one non-white-space character.</param>
    /// <returns>The channel; equal to the well-known one of the same name, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only white space.</exception>
    public static Channel From(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Channel(name);
    }

    /// <summary>Parses a channel name: any text with at least one non-white-space character, kept exactly as given (as <see cref="From"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or only white space (the message shows it).</exception>
    /// <remarks><c>Parse(x.ToString())</c> equals <c>x</c> for every channel except <c>default</c>, whose text is empty.</remarks>
    public static Channel Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a channel name from characters (see <see cref="Parse(string)"/>).</summary>
    /// <param name="s">The characters.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or only white space (the message shows it).</exception>
    public static Channel Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out Channel result) ? result : throw Parsing.Blank(s, "channel name");

    /// <summary>Tries to parse a channel name (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The channel, or <c>default</c> when the text is <see langword="null"/>, empty or only white space.</param>
    /// <returns>Whether <paramref name="s"/> is a channel name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Channel result)
    {
        if (s is null || string.IsNullOrWhiteSpace(s))
        {
            result = default;
            return false;
        }

        result = new Channel(s);
        return true;
    }

    /// <summary>Tries to parse a channel name from characters (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The channel, or <c>default</c> when <paramref name="s"/> is empty or only white space.</param>
    /// <returns>Whether <paramref name="s"/> is a channel name.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Channel result)
    {
        if (s.IsWhiteSpace())
        {
            result = default;
            return false;
        }

        result = new Channel(s.ToString());
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    static Channel IParsable<Channel>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Channel)"/>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    /// <param name="result">The channel, or <c>default</c>.</param>
    static bool IParsable<Channel>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Channel result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    static Channel ISpanParsable<Channel>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Channel)"/>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    /// <param name="result">The channel, or <c>default</c>.</param>
    static bool ISpanParsable<Channel>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Channel result) => TryParse(s, out result);

    /// <summary>Indicates whether this channel has the same name as <paramref name="other"/>, ignoring case.</summary>
    /// <param name="other">The channel to compare with.</param>
    /// <returns><see langword="true"/> when the names are equal (ordinal, case-insensitive).</returns>
    public bool Equals(Channel other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Channel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>Returns the name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Indicates whether two channels have the same name, ignoring case.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when the names are equal (ordinal, case-insensitive).</returns>
    public static bool operator ==(Channel left, Channel right) => left.Equals(right);

    /// <summary>Indicates whether two channels have different names, ignoring case.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when the names differ (ordinal, case-insensitive).</returns>
    public static bool operator !=(Channel left, Channel right) => !left.Equals(right);
}
