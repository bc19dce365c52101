using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace CxCore.Csv;

/// <summary>Finding and escaping bytes that are not valid UTF-8 (see <see cref="InvalidByteHandling"/>).</summary>
internal static class Utf8Text
{
    /// <summary>The index of the first byte of <paramref name="bytes"/> that is not part of valid UTF-8, or −1.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        int i = 0;
        while (Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed) == OperationStatus.Done)
        {
            i += consumed;
        }

        return i;
    }

    /// <summary>The text of <paramref name="bytes"/> with each invalid byte as <c>\xHH</c> and each backslash as <c>\\</c>.</summary>
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length + 8);
        Span<char> chars = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            OperationStatus status = Rune.DecodeFromUtf8(bytes, out Rune rune, out int consumed);
            if (status == OperationStatus.Done)
            {
                if (rune.Value == '\\')
                {
                    text.Append('\\', 2);
                }
                else
                {
                    text.Append(chars[..rune.EncodeToUtf16(chars)]);
                }
            }
            else
            {
                // An invalid (or truncated) sequence: every byte of it is escaped on its own.
                for (int k = 0; k < consumed; k++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\\x{bytes[k]:X2}");
                }
            }

            bytes = bytes[consumed..];
        }

        return text.ToString();
    }

    /// <summary>A guess at the encoding of a header row that holds NUL bytes (UTF-16 or UTF-32 without a byte order mark).</summary>
    public static string GuessWideEncoding(ReadOnlySpan<byte> header)
    {
        bool bigEndian = header.Length > 0 && header[0] == 0;
        bool utf32 = header.Length >= 4 && (bigEndian ? header[1] == 0 && header[2] == 0 : header[1] == 0 && header[2] == 0 && header[3] == 0);
        return (utf32, bigEndian) switch
        {
            (false, false) => "UTF-16 little-endian (Encoding.Unicode)",
            (false, true) => "UTF-16 big-endian (Encoding.BigEndianUnicode)",
            (true, false) => "UTF-32 little-endian (Encoding.UTF32)",
            (true, true) => "UTF-32 big-endian (new UTF32Encoding(bigEndian: true, byteOrderMark: false))",
        };
    }
}
