using System;

namespace CxCore.Csv;

/// <summary>The settings every survey reader shares: how it treats errors and duplicate responses.</summary>
/// <remarks>Options are mutable; a reader validates them when it is created and again when a read starts.</remarks>
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

    private protected void ValidateCommon() =>
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRowBytes, 1024, nameof(MaxRowBytes));
}
