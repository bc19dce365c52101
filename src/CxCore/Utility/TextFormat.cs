using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;

namespace CxCore.Utility;

/// <summary>
/// The one place where CxCore formats p-values for reading, and the span writer and string helper behind the
/// <see cref="ISpanFormattable"/> results (scores, intervals, comparisons).
/// </summary>
/// <remarks>
/// A p-value below 0.0001 is written <c>&lt; 0.0001</c> (never 0 or an exponent: a test gives no evidence for more
/// digits than that); any other p-value with four significant digits and no trailing zeros (R's
/// <c>format(signif(p, 4), scientific = FALSE, drop0trailing = TRUE)</c>), for example <c>0.04999</c>, <c>0.002346</c>,
/// <c>0.5</c>, <c>1</c>; NaN as <c>NaN</c>. Inline, after a <c>p</c>: <c>p &lt; 0.0001</c>, <c>p = 0.04999</c>,
/// <c>p = NaN</c>.
/// </remarks>
internal static class TextFormat
{
    /// <summary>The smallest p-value written as a number; smaller ones are written <c>&lt; 0.0001</c>.</summary>
    internal const double SmallestPValue = 0.0001;

    /// <summary>Formats a p-value as a table cell: <c>&lt; 0.0001</c>, <c>0.04999</c> or <c>NaN</c>.</summary>
    internal static string PValue(double p, IFormatProvider? provider = null)
    {
        Span<char> buffer = stackalloc char[32];
        var writer = new SpanWriter(buffer, provider);
        writer.PValueCell(p);
        bool ok = writer.TryFinish(out int written);
        Debug.Assert(ok, "a p-value fits in 32 characters");
        return new string(buffer[..written]);
    }

    /// <summary>Formats a p-value after a <c>p</c>: <c>p &lt; 0.0001</c>, <c>p = 0.04999</c> or <c>p = NaN</c>.</summary>
    internal static string InlinePValue(double p, IFormatProvider? provider = null)
    {
        Span<char> buffer = stackalloc char[40];
        var writer = new SpanWriter(buffer, provider);
        writer.PValue(p);
        bool ok = writer.TryFinish(out int written);
        Debug.Assert(ok, "a p-value fits in 40 characters");
        return new string(buffer[..written]);
    }

    /// <summary>
    /// <see cref="IFormattable.ToString(string?, IFormatProvider?)"/> of a span-formattable result: formats into a
    /// stack buffer, and into larger pooled buffers when the text does not fit.
    /// </summary>
    internal static string ToString<T>(in T value, string? format, IFormatProvider? provider)
        where T : ISpanFormattable
    {
        Span<char> stack = stackalloc char[256];
        if (value.TryFormat(stack, out int written, format, provider))
        {
            return new string(stack[..written]);
        }

        for (int size = 1024; ; size *= 4)
        {
            char[] rented = ArrayPool<char>.Shared.Rent(size);
            try
            {
                if (value.TryFormat(rented, out written, format, provider))
                {
                    return new string(rented, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The number format to use: <paramref name="format"/> when given, else <paramref name="fallback"/>.</summary>
    internal static ReadOnlySpan<char> Or(ReadOnlySpan<char> format, string fallback) => format.IsEmpty ? fallback : format;
}
