using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CxCore.Utility;

/// <summary>
/// An interpolated-string handler for <see cref="Preconditions"/>: the message is formatted (in the invariant culture)
/// only when the checked condition is false, so a passing check costs no formatting and no allocation.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    /// <summary>Starts a message that is built only when <paramref name="condition"/> is false.</summary>
    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    /// <summary>Appends a value.</summary>
    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    /// <summary>Appends a value with a format.</summary>
    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>Appends a value with an alignment.</summary>
    public void AppendFormatted<T>(T value, int alignment) => _text.AppendFormatted(value, alignment);

    /// <summary>Appends a value with an alignment and a format.</summary>
    public void AppendFormatted<T>(T value, int alignment, string? format) => _text.AppendFormatted(value, alignment, format);

    /// <summary>Appends text.</summary>
    public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    /// <summary>Appends text.</summary>
    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    /// <summary>The message (call once, when the condition was false).</summary>
    internal string ToStringAndClear() => _text.ToStringAndClear();
}
