using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>
/// Reads a helpdesk ticket table in CSV (one header row, one ticket per row; <see cref="ServiceCaseMapping.Zendesk"/>
/// for Zendesk's export) as a lazy stream of <see cref="ImportedCase"/>s, filling an <see cref="ImportReport"/> with
/// every rejected row: line, column, raw value and reason.
/// </summary>
/// <remarks>
/// <para>
/// Rows are checked and turned into cases as <see cref="ServiceCaseDbReader"/> does (see <see cref="ServiceCaseMapping"/>
/// for how a row becomes events). A mapped column the header lacks throws <see cref="InvalidDataException"/> listing the
/// header's columns. Blank rows are counted in <see cref="ImportReport.BlankRows"/>; malformed rows and rows of the
/// wrong width are rejected. Streaming, with memory that does not grow with the file apart from the ids of the
/// duplicate check and the kept errors. The reader is immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class ServiceCaseCsvReader
{
    private readonly CsvTable<ServiceCaseRowMapper, ServiceCaseMapping, ImportedCase> _table;

    /// <summary>Creates a reader for CSV files laid out as <paramref name="mapping"/> says (validated and copied).</summary>
    /// <param name="mapping">The columns and time settings.</param>
    /// <param name="separator">The field separator; <c>','</c> by default; an ASCII character other than the quote, CR and LF.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A required column is not set, or a pattern is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="separator"/> is not a usable separator.</exception>
    public ServiceCaseCsvReader(ServiceCaseMapping mapping, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(mapping);
        SurveyReader.ValidateSeparator(separator, nameof(separator));
        _table = new(mapping.Copy(), separator);
    }

    /// <summary>Reads the table from <paramref name="text"/>, which is not disposed.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>Enumerating throws <see cref="InvalidDataException"/> for header problems (no header, a missing column, a malformed header).</remarks>
    public IEnumerable<ImportedCase> Read(TextReader text, ImportReport report) =>
        _table.Read(text, report);

    /// <summary>Reads the table from <paramref name="stream"/> (UTF-8, or as its byte order mark says), which is not disposed.</summary>
    /// <param name="stream">The CSV bytes, read from the current position.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>.</remarks>
    public IEnumerable<ImportedCase> Read(Stream stream, ImportReport report) =>
        _table.Read(stream, report);

    /// <summary>Reads the table in the file at <paramref name="path"/>; the file is opened when the enumeration starts and closed when it ends.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>; also the I/O exceptions of opening the file.</remarks>
    public IEnumerable<ImportedCase> ReadFile(string path, ImportReport report) =>
        _table.ReadFile(path, report);

    /// <summary>Reads the table from <paramref name="stream"/> asynchronously; the stream is not disposed.</summary>
    /// <param name="stream">The CSV bytes, read from the current position.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every row.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>; also <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<ImportedCase> ReadAsync(Stream stream, ImportReport report, CancellationToken cancellationToken = default) =>
        _table.ReadAsync(stream, report, cancellationToken);

    /// <summary>Reads the table in the file at <paramref name="path"/> asynchronously.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read; checked before every row.</param>
    /// <returns>The accepted cases, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/>; also the I/O exceptions of opening the file and <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<ImportedCase> ReadFileAsync(string path, ImportReport report, CancellationToken cancellationToken = default) =>
        _table.ReadFileAsync(path, report, cancellationToken);
}
