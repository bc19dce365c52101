using System;
using System.Text;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>The settings every survey reader shares: how it treats errors, duplicate responses, row sizes and encodings.</summary>
/// <remarks>Options are mutable; a reader validates them when it is created and again when a read starts.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public abstract class SurveyImportOptions
{
    private protected SurveyImportOptions()
    {
    }

    /// <summary>Whether the read throws a <see cref="SurveyImportException"/> at the first rejected row instead of reporting it and going on.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool FailFast { get; set; }

    /// <summary>Whether a row whose response id was seen earlier in the same read is rejected (<see cref="ImportErrorReason.DuplicateResponseId"/>).</summary>
    /// <value>
    /// <see langword="true"/> by default. The check keeps every response id of the read in a set, so it is the one part
    /// of a read whose memory grows with the file (one string per row); turn it off for very large files whose ids are
    /// known to be unique.
    /// </value>
    public bool CheckDuplicateResponseIds { get; set; } = true;

    /// <summary>The default of <see cref="MaxRowBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxRowBytes = 16 * 1024 * 1024;

    /// <summary>The largest row, in bytes of UTF-8, that the reader buffers.</summary>
    /// <value>
    /// <see cref="DefaultMaxRowBytes"/> (16 MiB) by default; at least 1024. A quote that is never closed would otherwise
    /// make the rest of the file one row held in memory: a row that is still incomplete past this size stops the read
    /// with an <see cref="System.IO.InvalidDataException"/>. (A shorter unclosed quote at the end of a file is reported
    /// as a <see cref="ImportErrorReason.MalformedRow"/>.)
    /// </value>
    public int MaxRowBytes { get; set; } = DefaultMaxRowBytes;

    /// <summary>The encoding of stream and file input that has no byte order mark.</summary>
    /// <value>
    /// <see langword="null"/> by default: UTF-8, unless the input starts with a UTF-16 or UTF-32 byte order mark (a UTF-8
    /// one is skipped). Set it for files in another encoding: <see cref="Encoding.Latin1"/>, a Windows code page (such as
    /// 1252, after registering <c>CodePagesEncodingProvider</c>), or <see cref="Encoding.Unicode"/> for UTF-16 written
    /// without a byte order mark. A UTF-16 or UTF-32 byte order mark still wins. Input from a <see cref="System.IO.TextReader"/>
    /// is decoded by the reader and ignores this setting.
    /// </value>
    public Encoding? Encoding { get; set; }

    /// <summary>What the read does with bytes that are not valid UTF-8.</summary>
    /// <value>
    /// <see cref="InvalidByteHandling.Reject"/> by default: a data row that holds them is rejected
    /// (<see cref="ImportErrorReason.InvalidEncoding"/>, with the byte offset) and a header row stops the read with an
    /// <see cref="System.IO.InvalidDataException"/>. <see cref="InvalidByteHandling.Escape"/> reads them as <c>\xHH</c>
    /// escapes (and doubles every backslash, so that no two different cells read alike). Only UTF-8 input can hold
    /// invalid bytes: input decoded with <see cref="Encoding"/> or a byte order mark never does.
    /// </value>
    public InvalidByteHandling InvalidBytes { get; set; }

    private protected void ValidateCommon()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRowBytes, 1024, nameof(MaxRowBytes));
        if (InvalidBytes is not (InvalidByteHandling.Reject or InvalidByteHandling.Escape))
        {
            throw new ArgumentOutOfRangeException(nameof(InvalidBytes), InvalidBytes, "InvalidBytes must be Reject or Escape.");
        }
    }
}
