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
internal static class CsvTable
{
    public static CsvReaderOptions Options(char separator, Queue<(long Line, string Reason, string Raw)> malformed) => new()
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

    public static IEnumerable<T> Read<T>(Func<CsvReaderOptions, CsvReader> open, char separator, ImportReport report, Func<string[], Func<long, ImportCells, T?>> bind)
        where T : class
    {
        report.Start();
        var malformed = new Queue<(long Line, string Reason, string Raw)>();
        using CsvReader csv = open(Options(separator, malformed));
        var state = new State(report, malformed);
        while (Next(csv))
        {
            if (state.Process(csv, bind) is { } item)
            {
                yield return item;
            }
        }

        state.Finish();
        report.Complete();
    }

    public static async IAsyncEnumerable<T> ReadAsync<T>(Func<CsvReaderOptions, CsvReader> open, char separator, ImportReport report, Func<string[], Func<long, ImportCells, T?>> bind, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        report.Start();
        var malformed = new Queue<(long Line, string Reason, string Raw)>();
        CsvReader csv = open(Options(separator, malformed));
        var state = new State(report, malformed);
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

                if (state.Process(csv, bind) is { } item)
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

    private sealed class State(ImportReport report, Queue<(long Line, string Reason, string Raw)> malformed)
    {
        private readonly List<ImportRowError> _errors = [];
        private readonly CsvCells _cells = new();
        private object? _map;
        private int _width;

        public T? Process<T>(CsvReader csv, Func<string[], Func<long, ImportCells, T?>> bind)
            where T : class
        {
            long line = csv.LineNumber;
            Flush(line);
            if (_map is null)
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
                _map = bind(header);
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
            return ((Func<long, ImportCells, T?>)_map)(line, _cells);
        }

        public void Finish()
        {
            Flush(long.MaxValue);
            if (_map is null)
            {
                throw new InvalidDataException("The input is empty: it has no header row.");
            }
        }

        private void Flush(long beforeLine)
        {
            while (malformed.Count > 0 && malformed.Peek().Line < beforeLine)
            {
                (long line, string reason, string raw) = malformed.Dequeue();
                if (_map is null)
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
