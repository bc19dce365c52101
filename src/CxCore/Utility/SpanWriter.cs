using System;
using System.Diagnostics;
using System.Globalization;

namespace CxCore.Utility;

/// <summary>
/// Writes text and numbers into a span without allocating; after the first piece that does not fit, every later
/// write is skipped and <see cref="TryFinish"/> returns <see langword="false"/>. A <see langword="null"/> provider is
/// the invariant culture.
/// </summary>
internal ref struct SpanWriter
{
    private readonly Span<char> _destination;
    private readonly IFormatProvider _provider;
    private int _position;
    private bool _failed;

    public SpanWriter(Span<char> destination, IFormatProvider? provider)
    {
        _destination = destination;
        _provider = provider ?? CultureInfo.InvariantCulture;
        _position = 0;
        _failed = false;
    }

    /// <summary>
    /// The separator between two numbers of a list (the bounds of an interval): <c>", "</c>, or <c>"; "</c> when the
    /// culture's decimal separator is a comma (<c>[29,8; 39,7]</c>, not <c>[29,8, 39,7]</c>).
    /// </summary>
    public readonly string ListSeparator => NumberFormatInfo.GetInstance(_provider).NumberDecimalSeparator == "," ? "; " : ", ";

    /// <summary>Appends literal text.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        if (_failed)
        {
            return;
        }

        if (text.TryCopyTo(_destination[_position..]))
        {
            _position += text.Length;
        }
        else
        {
            _failed = true;
        }
    }

    /// <summary>Appends a number with a numeric format string (culture from the provider).</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public void Number(double value, ReadOnlySpan<char> format)
    {
        if (_failed)
        {
            return;
        }

        if (value.TryFormat(_destination[_position..], out int written, format, _provider))
        {
            _position += written;
        }
        else
        {
            _failed = true;
        }
    }

    /// <summary>Appends an integer.</summary>
    public void Integer(long value)
    {
        if (_failed)
        {
            return;
        }

        if (value.TryFormat(_destination[_position..], out int written, default, _provider))
        {
            _position += written;
        }
        else
        {
            _failed = true;
        }
    }

    /// <summary>Appends a p-value as a cell: <c>&lt; 0.0001</c>, four significant digits, or <c>NaN</c> (see <see cref="TextFormat"/>).</summary>
    public void PValueCell(double p)
    {
        Debug.Assert(double.IsNaN(p) || p >= 0, "a p-value is not negative");
        if (p < TextFormat.SmallestPValue)
        {
            Text("< ");
            Number(TextFormat.SmallestPValue, "0.0###");
        }
        else
        {
            // G4 is fixed-point down to 1e-5, so every p ≥ 0.0001 has no exponent; G drops trailing zeros.
            Number(p, "G4");
        }
    }

    /// <summary>Appends <c>p &lt; 0.0001</c>, <c>p = 0.04999</c> or <c>p = NaN</c>.</summary>
    public void PValue(double p)
    {
        Text(p < TextFormat.SmallestPValue ? "p " : "p = ");
        PValueCell(p);
    }

    /// <summary>Whether everything fitted; <paramref name="written"/> is the number of characters written (0 when not).</summary>
    public readonly bool TryFinish(out int written)
    {
        written = _failed ? 0 : _position;
        return !_failed;
    }
}
