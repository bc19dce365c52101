using System;
using System.Text;
using CsvHelper;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>The cells of the record a <see cref="CsvReader"/> is on, as text.</summary>
internal sealed class CsvCells : ImportCells
{
    public CsvReader? Reader { get; set; }

    public override string Text(int index) => Reader!.GetString(index);

    public override ReadOnlySpan<char> Chars(int index, Span<char> scratch)
    {
        ReadOnlySpan<byte> utf8 = Reader!.GetSpan(index);
        if (utf8.Length > scratch.Length)
        {
            return Reader.GetString(index);
        }

        // ASCII is the same text under any decoder; anything else is decoded by the reader, as GetString decodes it
        // (UTF-16 never needs more code units than UTF-8 has bytes, so it fits).
        if (Ascii.ToUtf16(utf8, scratch, out int written) == System.Buffers.OperationStatus.Done)
        {
            return scratch[..written];
        }

        return scratch[..Reader.GetChars(index, scratch)];
    }
}
