using System;
using System.Globalization;

namespace CxCore.Data;

/// <summary>One parameter value of a <see cref="SqlStatement"/>: a text (a time-zone id, a file path) or a 64-bit integer (an instant in microseconds since 1970-01-01T00:00Z).</summary>
/// <remarks>
/// <see cref="Name"/> is the name used in the statement's text by dialects with named parameters (<c>p1</c> for
/// BigQuery's <c>@p1</c>, Spark's <c>:p1</c> and ClickHouse's <c>{p1:Int64}</c>); it is <see langword="null"/> for
/// positional placeholders (<c>$1</c>, <c>?</c>), which bind in the order of <see cref="SqlStatement.Arguments"/>.
/// <c>default</c> has no name and a null value; statements never hold it. Immutable; equality compares name and value.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DataJsonConverterFactory))]
public readonly struct SqlArgument : IEquatable<SqlArgument>
{
    internal SqlArgument(string? name, object value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The parameter's name without its marker, or <see langword="null"/> for a positional parameter.</summary>
    public string? Name { get; }

    /// <summary>The value: a <see cref="string"/> or a <see cref="long"/>.</summary>
    public object? Value { get; }

    /// <summary>Whether two arguments have the same name and value.</summary>
    /// <param name="other">The other argument.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SqlArgument other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SqlArgument other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Formats the argument as <c>name = value</c> (or <c>? = value</c> when positional).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name ?? "?"} = {Value}");

    /// <summary>Whether two arguments are equal.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SqlArgument left, SqlArgument right) => left.Equals(right);

    /// <summary>Whether two arguments differ.</summary>
    /// <param name="left">The first argument.</param>
    /// <param name="right">The second argument.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SqlArgument left, SqlArgument right) => !left.Equals(right);
}
