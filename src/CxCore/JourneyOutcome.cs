using System;
using System.Collections.Generic;

namespace CxCore;

/// <summary>How a customer's journey ended, such as converted, renewed or churned.</summary>
/// <remarks>
/// <para>
/// A journey outcome is identified by its <see cref="Name"/>, which is stored exactly as given and compared ordinally and
/// case-insensitively: <c>JourneyOutcome.From("churned")</c> equals <see cref="Churned"/>. Any other outcome can be created with <see cref="From"/>.
/// </para>
/// <para>
/// <c>default(JourneyOutcome)</c> is the unspecified journey outcome: its <see cref="Name"/> is the empty string and
/// <see cref="IsEmpty"/> is <see langword="true"/>; it is rejected wherever a real journey outcome is required. This type is an
/// immutable value and is safe to share between threads.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct JourneyOutcome : IEquatable<JourneyOutcome>
{
    private readonly string? _name;

    private JourneyOutcome(string name) => _name = name;

    /// <summary>The customer bought (a first purchase or a new product).</summary>
    public static JourneyOutcome Converted { get; } = new("Converted");

    /// <summary>The customer renewed or extended an existing contract or subscription.</summary>
    public static JourneyOutcome Renewed { get; } = new("Renewed");

    /// <summary>The customer left: cancelled, did not renew, or stopped buying.</summary>
    public static JourneyOutcome Churned { get; } = new("Churned");

    /// <summary>The well-known journey outcomes, in declaration order: Converted, Renewed, Churned.</summary>
    public static IReadOnlyList<JourneyOutcome> WellKnown { get; } = Array.AsReadOnly(new[] { Converted, Renewed, Churned });

    /// <summary>The journey outcome's name, as given; the empty string for <c>default(JourneyOutcome)</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether this is <c>default(JourneyOutcome)</c>, the unspecified journey outcome.</summary>
    public bool IsEmpty => _name is null;

    /// <summary>Creates the journey outcome named <paramref name="name"/>.</summary>
    /// <param name="name">The name; at least one non-white-space character.</param>
    /// <returns>The journey outcome; equal to the well-known one of the same name, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only white space.</exception>
    public static JourneyOutcome From(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new JourneyOutcome(name);
    }

    /// <summary>Indicates whether this journey outcome has the same name as <paramref name="other"/>, ignoring case.</summary>
    /// <param name="other">The journey outcome to compare with.</param>
    /// <returns><see langword="true"/> when the names are equal (ordinal, case-insensitive).</returns>
    public bool Equals(JourneyOutcome other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JourneyOutcome other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>Returns the name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Indicates whether two journey outcomes have the same name, ignoring case.</summary>
    /// <param name="left">The first journey outcome.</param>
    /// <param name="right">The second journey outcome.</param>
    /// <returns><see langword="true"/> when the names are equal (ordinal, case-insensitive).</returns>
    public static bool operator ==(JourneyOutcome left, JourneyOutcome right) => left.Equals(right);

    /// <summary>Indicates whether two journey outcomes have different names, ignoring case.</summary>
    /// <param name="left">The first journey outcome.</param>
    /// <param name="right">The second journey outcome.</param>
    /// <returns><see langword="true"/> when the names differ (ordinal, case-insensitive).</returns>
    public static bool operator !=(JourneyOutcome left, JourneyOutcome right) => !left.Equals(right);
}
