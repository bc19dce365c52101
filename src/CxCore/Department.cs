using System;
using System.Diagnostics.CodeAnalysis;
using CxCore.Utility;
using System.Collections.Generic;

namespace CxCore;

/// <summary>The part of the company responsible for a touchpoint: marketing, sales, billing, support and so on.</summary>
/// <remarks>
/// <para>
/// A department is identified by its <see cref="Name"/>, which is stored exactly as given and compared ordinally and
/// case-insensitively: <c>Department.From("marketing")</c> equals <see cref="Marketing"/>. Any other department can be created with <see cref="From"/>.
/// </para>
/// <para>
/// <c>default(Department)</c> is the unspecified department: its <see cref="Name"/> is the empty string and
/// <see cref="IsEmpty"/> is <see langword="true"/>; it is rejected wherever a real department is required. This type is an
/// immutable value and is safe to share between threads.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct Department : IEquatable<Department>, ISpanParsable<Department>
{
    private readonly string? _name;

    private Department(string name) => _name = name;

    /// <summary>Marketing: campaigns, advertising, content.</summary>
    public static Department Marketing { get; } = new("Marketing");

    /// <summary>Sales: quotes, negotiation, contracts.</summary>
    public static Department Sales { get; } = new("Sales");

    /// <summary>Product: the product or service itself, its features and quality of use.</summary>
    public static Department Product { get; } = new("Product");

    /// <summary>Customer service and support.</summary>
    public static Department CustomerService { get; } = new("CustomerService");

    /// <summary>Billing: invoices, payments, refunds.</summary>
    public static Department Billing { get; } = new("Billing");

    /// <summary>Field operations: delivery, installation, on-site repair.</summary>
    public static Department FieldOperations { get; } = new("FieldOperations");

    /// <summary>Quality: audits, complaints handling, follow-up.</summary>
    public static Department Quality { get; } = new("Quality");

    /// <summary>The well-known departments, in declaration order: Marketing, Sales, Product, CustomerService, Billing, FieldOperations, Quality.</summary>
    public static IReadOnlyList<Department> WellKnown { get; } = Array.AsReadOnly(new[] { Marketing, Sales, Product, CustomerService, Billing, FieldOperations, Quality });

    /// <summary>The department's name, as given; the empty string for <c>default(Department)</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether this is <c>default(Department)</c>, the unspecified department.</summary>
    public bool IsEmpty => _name is null;

    /// <summary>Creates the department named <paramref name="name"/>.</summary>
    /// <param name="name">The name; at least one non-white-space character.</param>
    /// <returns>The department; equal to the well-known one of the same name, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only white space.</exception>
    public static Department From(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Department(name);
    }

    /// <summary>Parses a department name: any text with at least one non-white-space character, kept exactly as given (as <see cref="From"/>).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or only white space (the message shows it).</exception>
    /// <remarks><c>Parse(x.ToString())</c> equals <c>x</c> for every department except <c>default</c>, whose text is empty.</remarks>
    public static Department Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a department name from characters (see <see cref="Parse(string)"/>).</summary>
    /// <param name="s">The characters.</param>
    /// <returns>The department.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or only white space (the message shows it).</exception>
    public static Department Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out Department result) ? result : throw Parsing.Blank(s, "department name");

    /// <summary>Tries to parse a department name (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The department, or <c>default</c> when the text is <see langword="null"/>, empty or only white space.</param>
    /// <returns>Whether <paramref name="s"/> is a department name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Department result)
    {
        if (s is null || string.IsNullOrWhiteSpace(s))
        {
            result = default;
            return false;
        }

        result = new Department(s);
        return true;
    }

    /// <summary>Tries to parse a department name from characters (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The characters.</param>
    /// <param name="result">The department, or <c>default</c> when <paramref name="s"/> is empty or only white space.</param>
    /// <returns>Whether <paramref name="s"/> is a department name.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Department result)
    {
        if (s.IsWhiteSpace())
        {
            result = default;
            return false;
        }

        result = new Department(s.ToString());
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    static Department IParsable<Department>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Department)"/>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    /// <param name="result">The department, or <c>default</c>.</param>
    static bool IParsable<Department>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Department result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    static Department ISpanParsable<Department>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Department)"/>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Not used: names do not depend on culture.</param>
    /// <param name="result">The department, or <c>default</c>.</param>
    static bool ISpanParsable<Department>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Department result) => TryParse(s, out result);

    /// <summary>Indicates whether this department has the same name as <paramref name="other"/>, ignoring case.</summary>
    /// <param name="other">The department to compare with.</param>
    /// <returns><see langword="true"/> when the names are equal (ordinal, case-insensitive).</returns>
    public bool Equals(Department other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Department other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>Returns the name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Indicates whether two departments have the same name, ignoring case.</summary>
    /// <param name="left">The first department.</param>
    /// <param name="right">The second department.</param>
    /// <returns><see langword="true"/> when the names are equal (ordinal, case-insensitive).</returns>
    public static bool operator ==(Department left, Department right) => left.Equals(right);

    /// <summary>Indicates whether two departments have different names, ignoring case.</summary>
    /// <param name="left">The first department.</param>
    /// <param name="right">The second department.</param>
    /// <returns><see langword="true"/> when the names differ (ordinal, case-insensitive).</returns>
    public static bool operator !=(Department left, Department right) => !left.Equals(right);
}
