using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>
/// Reads a touchpoint table in CSV (one header row, one touchpoint per row) as a lazy stream of
/// <see cref="Touchpoint"/>s, filling an <see cref="ImportReport"/> with every rejected row: line, column, raw value and
/// reason.
/// </summary>
/// <remarks>
/// <para>
/// The columns are those of a <see cref="TouchpointMapping"/>, found by header name; a mapped column the header lacks
/// throws <see cref="InvalidDataException"/> (listing the header's columns) before any row is handed out. Rows are
/// checked as <see cref="TouchpointDbReader"/> checks database records, so a CSV export and a table of the same data
/// give the same touchpoints and the same errors.
/// </para>
/// <para>
/// Input: RFC 4180 CSV, UTF-8 unless a byte order mark says otherwise; quoted fields may hold separators, quotes and
/// line breaks. Blank rows are counted in <see cref="ImportReport.BlankRows"/>; a row with bad quoting is rejected as
/// <see cref="ImportErrorReason.MalformedRow"/>, one with a different number of fields than the header as
/// <see cref="ImportErrorReason.FieldCountMismatch"/>. Line numbers are physical lines, counting the header.
/// </para>
/// <para>
/// Reading is streaming, with memory that does not grow with the file (apart from the ids of the duplicate check and
/// the first <see cref="ImportReport.MaxErrorsKept"/> errors). The reader is immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class TouchpointCsvReader
{
    private readonly CsvTable<TouchpointRowMapper, TouchpointMapping, Touchpoint> _table;

    /// <summary>Creates a reader for CSV files laid out as <paramref name="mapping"/> says (validated and copied).</summary>
    /// <param name="mapping">The columns and time settings.</param>
    /// <param name="separator">The field separator; <c>','</c> by default; an ASCII character other than the quote, CR and LF.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required column is not set, or a pattern, model or prefix is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="separator"/> is not a usable separator.</exception>
    public TouchpointCsvReader(TouchpointMapping mapping, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(mapping);
        TouchpointMapping copy = mapping.Copy();
        SurveyReader.ValidateSeparator(separator, nameof(separator));
        _table = new(copy, separator);
    }

    /// <summary>Reads the table from <paramref name="text"/>, which is not disposed.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>Enumerating throws <see cref="InvalidDataException"/> for header problems (no header, a missing column, a malformed header).</remarks>
    public IEnumerable<Touchpoint> Read(TextReader text, ImportReport report) =>
        _table.Read(text, report);

    /// <summary>Reads the table from <paramref name="stream"/> (UTF-8, or as its byte order mark says), which is not disposed.</summary>
    /// <param name="stream">The CSV bytes, read from the current position.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>.</remarks>
    public IEnumerable<Touchpoint> Read(Stream stream, ImportReport report) =>
        _table.Read(stream, report);

    /// <summary>Reads the table in the file at <paramref name="path"/>; the file is opened when the enumeration starts and closed when it ends.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>; also the I/O exceptions of opening the file.</remarks>
    public IEnumerable<Touchpoint> ReadFile(string path, ImportReport report) =>
        _table.ReadFile(path, report);

    /// <summary>Reads the table from <paramref name="stream"/> asynchronously; the stream is not disposed.</summary>
    /// <param name="stream">The CSV bytes, read from the current position.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every row.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>; also <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<Touchpoint> ReadAsync(Stream stream, ImportReport report, CancellationToken cancellationToken = default) =>
        _table.ReadAsync(stream, report, cancellationToken);

    /// <summary>Reads the table in the file at <paramref name="path"/> asynchronously.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every row.</param>
    /// <returns>The accepted touchpoints, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>; also the I/O exceptions of opening the file and <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<Touchpoint> ReadFileAsync(string path, ImportReport report, CancellationToken cancellationToken = default) =>
        _table.ReadFileAsync(path, report, cancellationToken);
}
