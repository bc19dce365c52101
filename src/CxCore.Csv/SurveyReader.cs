using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>
/// Reads a survey export as a lazy stream of <see cref="ImportedRow"/>s, filling an <see cref="ImportReport"/> with the
/// rows it rejects. The base of <see cref="QualtricsReader"/>, <see cref="SurveyMonkeyReader"/> and
/// <see cref="GenericSurveyReader"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reading is streaming: one row is parsed, checked and handed out at a time, and nothing is kept per row except the
/// response id for the duplicate check (<see cref="SurveyImportOptions.CheckDuplicateResponseIds"/>) and the first
/// <see cref="ImportReport.MaxErrorsKept"/> errors. Every enumeration reads the input from where it is; enumerate a
/// result once.
/// </para>
/// <para>
/// Input: RFC 4180 CSV; quoted fields may hold separators, quotes (doubled) and line breaks. Stream and file input is
/// UTF-8 unless it starts with a UTF-16 or UTF-32 byte order mark (a UTF-8 byte order mark is skipped) or
/// <see cref="SurveyImportOptions.Encoding"/> names another encoding. Bytes that are not valid UTF-8 are never replaced
/// silently: the row is rejected as <see cref="ImportErrorReason.InvalidEncoding"/> with the byte offset, or read with
/// escapes (<see cref="SurveyImportOptions.InvalidBytes"/>); a header with NUL bytes (UTF-16 or UTF-32 without a byte
/// order mark) stops the read with a message that names the likely encoding. Text-reader input is decoded by the
/// reader. Blank rows (empty lines, or separators only) anywhere after the header are not responses:
/// they are counted in <see cref="ImportReport.BlankRows"/> only. A row with bad quoting is rejected as
/// <see cref="ImportErrorReason.MalformedRow"/> rather than repaired.
/// </para>
/// <para>
/// Header problems (too few header rows, a mapped column the header does not have, malformed header rows) throw an
/// <see cref="InvalidDataException"/> when the enumeration reaches them, before any row is handed out; so does a row
/// still incomplete past <see cref="SurveyImportOptions.MaxRowBytes"/> (a quote never closed in a large file). Readers are
/// immutable after construction apart from their options object, and can run several reads at once, each with its own
/// report.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public abstract class SurveyReader
{
    private protected SurveyReader(SurveyImportOptions options)
    {
        Options = options;
    }

    /// <summary>The options the reader was created with.</summary>
    public SurveyImportOptions Options { get; }

    internal abstract int HeaderRowCount { get; }

    internal abstract string FormatName { get; }

    internal abstract char Separator { get; }

    /// <summary>Reads the export from <paramref name="text"/>, which is not disposed.</summary>
    /// <param name="text">The export.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted rows, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Enumerating can throw <see cref="InvalidDataException"/> (header problems), <see cref="SurveyImportException"/>
    /// (with <see cref="SurveyImportOptions.FailFast"/>) and the exceptions of the options' validation
    /// (<see cref="ArgumentException"/>).
    /// </remarks>
    public IEnumerable<ImportedRow> Read(TextReader text, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(options => CsvReader.Create(text, options, leaveOpen: true), report);
    }

    /// <summary>Reads the export from <paramref name="stream"/> (UTF-8, or as its byte order mark says), which is not disposed.</summary>
    /// <param name="stream">The export, read from its current position; it need not be seekable.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted rows, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/> for what enumerating can throw.</remarks>
    public IEnumerable<ImportedRow> Read(Stream stream, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(options => CsvReader.Create(stream, options, leaveOpen: true), report);
    }

    /// <summary>Reads the export in the file at <paramref name="path"/> (UTF-8, or as its byte order mark says); the file is opened when the enumeration starts and closed when it ends.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <returns>The accepted rows, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/> for what enumerating can throw, and also the I/O exceptions of opening the file.</remarks>
    public IEnumerable<ImportedRow> ReadFile(string path, ImportReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(options => CsvReader.FromFile(path, options, FileOptions.SequentialScan), report);
    }

    /// <summary>Reads the export from <paramref name="stream"/> asynchronously; the stream is not disposed.</summary>
    /// <param name="stream">The export, read from its current position.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The accepted rows, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/> for what enumerating can throw, and also <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<ImportedRow> ReadAsync(Stream stream, ImportReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCoreAsync(options => CsvReader.Create(stream, options, leaveOpen: true), report, cancellationToken);
    }

    /// <summary>Reads the export from <paramref name="text"/> asynchronously; the reader is not disposed.</summary>
    /// <param name="text">The export.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The accepted rows, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/> for what enumerating can throw, and also <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<ImportedRow> ReadAsync(TextReader text, ImportReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCoreAsync(options => CsvReader.Create(text, options, leaveOpen: true), report, cancellationToken);
    }

    /// <summary>Reads the export in the file at <paramref name="path"/> asynchronously (UTF-8, or as its byte order mark says); the file is opened when the enumeration starts and closed when it ends.</summary>
    /// <param name="path">The path of the file.</param>
    /// <param name="report">The report that receives the counts and the errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The accepted rows, read lazily as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>See <see cref="Read(TextReader, ImportReport)"/> for what enumerating can throw, and also the I/O exceptions of opening the file and <see cref="OperationCanceledException"/>.</remarks>
    public IAsyncEnumerable<ImportedRow> ReadFileAsync(string path, ImportReport report, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCoreAsync(options => CsvReader.FromFile(path, options, FileOptions.SequentialScan | FileOptions.Asynchronous), report, cancellationToken);
    }

    internal abstract void ValidateOptions();

    internal abstract RowPlan Bind(IReadOnlyList<string[]> headers);

    internal static void ValidateSeparator(char separator, string name)
    {
        if (separator > 127 || separator is '"' or '\r' or '\n')
        {
            throw new ArgumentOutOfRangeException(name, separator, "The separator must be an ASCII character other than the quote, CR and LF.");
        }
    }

    /// <summary>
    /// The index of the one column whose key is <paramref name="key"/>, or an <see cref="InvalidDataException"/> that
    /// names it: none, or several (the mapping could not tell which to read).
    /// </summary>
    internal static int Find(IReadOnlyList<string> keys, string key, string what)
    {
        int found = FindFirst(keys, key, what);
        ThrowIfRepeated(keys, key, what, found, found + 1);
        return found;
    }

    /// <summary>The index of the first column whose key is <paramref name="key"/>, or an <see cref="InvalidDataException"/> that names it.</summary>
    internal static int FindFirst(IReadOnlyList<string> keys, string key, string what)
    {
        int found = FindFrom(keys, key, 0);
        return found >= 0 ? found : throw new InvalidDataException($"The header has no column for {what} {ImportRowError.Quote(key)}.");
    }

    /// <summary>Throws when <paramref name="key"/> occurs again at or after <paramref name="from"/>, listing every column (1-based) that has it.</summary>
    internal static void ThrowIfRepeated(IReadOnlyList<string> keys, string key, string what, int first, int from)
    {
        if (FindFrom(keys, key, from) < 0)
        {
            return;
        }

        var columns = new List<int> { first + 1 };
        for (int i = from; (i = FindFrom(keys, key, i)) >= 0; i++)
        {
            columns.Add(i + 1);
        }

        throw new InvalidDataException(
            $"The header has {columns.Count} columns for {what} {ImportRowError.Quote(key)} (columns {string.Join(", ", columns)}); rename or remove the duplicates so that the mapping reads the right one.");
    }

    private static int FindFrom(IReadOnlyList<string> keys, string key, int from)
    {
        for (int i = from; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // CsvHelper throws CsvFormatException only for a row past MaxRecordSize (malformed rows are skipped and reported).
    private static bool Next(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw TooLarge(e);
        }
    }

    private static async ValueTask<bool> NextAsync(CsvReader csv, CancellationToken cancellationToken)
    {
        // CsvHelper looks at the token only when it reads from the source, once per buffer of rows: check it per row.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException e)
        {
            throw TooLarge(e);
        }
    }

    private static InvalidDataException TooLarge(CsvFormatException e) =>
        new($"The input cannot be read as CSV near line {e.LineNumber}: {e.Message} (a quote that is never closed makes the rest of the file one row; see SurveyImportOptions.MaxRowBytes).", e);

    private ImportSession StartSession(ImportReport report)
    {
        ValidateOptions();
        report.Start();
        return new ImportSession(this, report, Options);
    }

    private IEnumerable<ImportedRow> ReadCore(Func<CsvReaderOptions, CsvReader> open, ImportReport report)
    {
        ImportSession session = StartSession(report);
        using CsvReader csv = open(session.CsvOptions);
        while (Next(csv))
        {
            if (session.Process(csv) is { } row)
            {
                yield return row;
            }
        }

        session.Finish();
        report.Complete();
    }

    private async IAsyncEnumerable<ImportedRow> ReadCoreAsync(
        Func<CsvReaderOptions, CsvReader> open,
        ImportReport report,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ImportSession session = StartSession(report);
        CsvReader csv = open(session.CsvOptions);
        await using (csv.ConfigureAwait(false))
        {
            while (await NextAsync(csv, cancellationToken).ConfigureAwait(false))
            {
                if (session.Process(csv) is { } row)
                {
                    yield return row;
                }
            }
        }

        session.Finish();
        report.Complete();
    }
}
