using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>
/// The shared loop of the table readers (touchpoints, tickets): one header row, then data rows; blank rows counted,
/// malformed rows and rows of the wrong width rejected, each accepted row mapped by the caller's mapper.
/// </summary>
/// <summary>
/// The shared reader of the CSV table importers (touchpoints, tickets): the entry points for a text reader, a stream and a
/// file, sync and async, and their one loop — one header row, then data rows; blank rows counted, malformed rows and rows
/// of the wrong width rejected, every other row mapped by <typeparamref name="TMapper"/>, bound to the header once per
/// read and called directly for each row.
/// </summary>
/// <remarks>Immutable and thread-safe, as the public readers that hold it; each read has its own state.</remarks>
internal sealed class CsvTable<TMapper, TMapping, TItem>
    where TMapper : class, IImportRowMapper<TMapper, TMapping, TItem>
    where TMapping : class
    where TItem : class
{
    private readonly TMapping _mapping;
    private readonly char _separator;

    /// <summary>Creates the reader of a validated, copied mapping and a validated separator.</summary>
    public CsvTable(TMapping mapping, char separator)
    {
        _mapping = mapping;
        _separator = separator;
    }

    public IEnumerable<TItem> Read(TextReader text, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(o => CsvReader.Create(text, o, leaveOpen: true), report);
    }

    public IEnumerable<TItem> Read(Stream stream, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(o => CsvReader.Create(stream, o, leaveOpen: true), report);
    }

    public IEnumerable<TItem> ReadFile(string path, ImportReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCore(o => CsvReader.FromFile(path, o, FileOptions.SequentialScan), report);
    }

    public IAsyncEnumerable<TItem> ReadAsync(Stream stream, ImportReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCoreAsync(o => CsvReader.Create(stream, o, leaveOpen: true), report, cancellationToken);
    }

    public IAsyncEnumerable<TItem> ReadFileAsync(string path, ImportReport report, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(report);
        return ReadCoreAsync(o => CsvReader.FromFile(path, o, FileOptions.SequentialScan | FileOptions.Asynchronous), report, cancellationToken);
    }
    private static CsvReaderOptions Options(char separator, Queue<(long Line, string Reason, string Raw)> malformed) => new()
    {
        HasHeader = false,
        Separator = separator,
        DetectSeparatorHint = false,
        TrackLineNumbers = true,
        SkipEmptyLines = false,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        OnMalformedRecord = record => malformed.Enqueue((record.LineNumber, record.Reason.ToString(), record.RawRecord.Length > ImportRowError.MaxValueLength ? record.RawRecord[..(ImportRowError.MaxValueLength + 1)] : record.RawRecord)),
    };

    private IEnumerable<TItem> ReadCore(Func<CsvReaderOptions, CsvReader> open, ImportReport report)
    {
        report.Start();
        var malformed = new Queue<(long Line, string Reason, string Raw)>();
        using CsvReader csv = open(Options(_separator, malformed));
        var state = new State(_mapping, report, malformed);
        while (Next(csv))
        {
            if (state.Process(csv) is { } item)
            {
                yield return item;
            }
        }

        state.Finish();
        report.Complete();
    }

    private async IAsyncEnumerable<TItem> ReadCoreAsync(Func<CsvReaderOptions, CsvReader> open, ImportReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        report.Start();
        var malformed = new Queue<(long Line, string Reason, string Raw)>();
        CsvReader csv = open(Options(_separator, malformed));
        var state = new State(_mapping, report, malformed);
        await using (csv.ConfigureAwait(false))
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool more;
                try
                {
                    more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (CsvFormatException e)
                {
                    throw TooLarge(e);
                }

                if (!more)
                {
                    break;
                }

                if (state.Process(csv) is { } item)
                {
                    yield return item;
                }
            }
        }

        state.Finish();
        report.Complete();
    }

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

    private static InvalidDataException TooLarge(CsvFormatException e) =>
        new($"The input cannot be read as CSV near line {e.LineNumber}: {e.Message} (a quote that is never closed makes the rest of the file one row).", e);

    /// <summary>The state of one read: the pending malformed records, the mapper once the header is read, the header's width.</summary>
    private sealed class State(TMapping mapping, ImportReport report, Queue<(long Line, string Reason, string Raw)> malformed)
    {
        private readonly List<ImportRowError> _errors = [];
        private readonly CsvCells _cells = new();
        private TMapper? _mapper;
        private int _width;

        /// <summary>Reads the header row, or maps a data row: the item, or null for the header, a blank or a rejected row.</summary>
        public TItem? Process(CsvReader csv)
        {
            long line = csv.LineNumber;
            Flush(line);
            if (_mapper is null)
            {
                string[] header = new string[csv.FieldCount];
                for (int i = 0; i < header.Length; i++)
                {
                    header[i] = csv.GetString(i);
                }

                if (header.Length > 0)
                {
                    header[0] = header[0].TrimStart('\uFEFF');
                }

                _width = header.Length;
                _mapper = TMapper.Create(mapping, header, report);
                return null;
            }

            bool blank = true;
            for (int i = 0; i < csv.FieldCount && blank; i++)
            {
                blank = csv.IsEmpty(i);
            }

            if (blank)
            {
                report.AddBlank();
                return null;
            }

            if (csv.FieldCount != _width)
            {
                Reject(ImportRowError.Create(line, null, null, null, ImportErrorReason.FieldCountMismatch, string.Create(CultureInfo.InvariantCulture, $"the row has {csv.FieldCount} fields but the header has {_width}.")));
                return null;
            }

            _cells.Reader = csv;
            return _mapper.Map(line, _cells);
        }

        public void Finish()
        {
            Flush(long.MaxValue);
            if (_mapper is null)
            {
                throw new InvalidDataException("The input is empty: it has no header row.");
            }
        }

        private void Flush(long beforeLine)
        {
            while (malformed.Count > 0 && malformed.Peek().Line < beforeLine)
            {
                (long line, string reason, string raw) = malformed.Dequeue();
                if (_mapper is null)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Line {line}, the header, is malformed CSV ({reason})."));
                }

                Reject(ImportRowError.Create(line, null, null, raw, ImportErrorReason.MalformedRow, $"the row is malformed CSV ({reason}) and cannot be read reliably."));
            }
        }

        private void Reject(ImportRowError error)
        {
            _errors.Clear();
            _errors.Add(error);
            report.Reject(_errors);
        }
    }
}
