using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using CsvHelper;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>The state of one read: the header rows, the plan, the ids seen and the malformed records not yet reported.</summary>
internal sealed class ImportSession
{
    private readonly SurveyReader _reader;
    private readonly ImportReport _report;
    private readonly bool _failFast;
    private readonly bool _escape;
    private readonly ResponseIdSet? _seen;
    private readonly List<string[]> _headers = [];
    private readonly Queue<Malformed> _malformed = new();
    private readonly List<ImportRowError> _errors = [];
    private RowPlan? _plan;
    private bool _rowValid = true;

    /// <summary>Starts a read with the options as they are now (later changes to the options do not affect it).</summary>
    public ImportSession(SurveyReader reader, ImportReport report, SurveyImportOptions options)
    {
        _reader = reader;
        _report = report;
        _failFast = options.FailFast;
        _escape = options.InvalidBytes == InvalidByteHandling.Escape;
        _seen = options.CheckDuplicateResponseIds ? new ResponseIdSet() : null;
        CsvOptions = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = reader.Separator,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = Enqueue,
            MaxRecordSize = options.MaxRowBytes,
            Encoding = options.Encoding,
        };
    }

    public CsvReaderOptions CsvOptions { get; }

    // The queue holds a record only until the next Process call; its text is cut at once (one more character than an
    // error keeps, so that the error still says it was cut) so that a run of huge malformed rows cannot pile up.
    private void Enqueue(CsvMalformedRecord record) =>
        _malformed.Enqueue(new Malformed(
            record.LineNumber,
            record.Reason,
            record.RawRecord.Length > ImportRowError.MaxValueLength ? record.RawRecord[..(ImportRowError.MaxValueLength + 1)] : record.RawRecord));

    /// <summary>Handles the record the reader is on; returns the accepted row, or null for a header, blank or rejected row.</summary>
    public ImportedRow? Process(CsvReader csv)
    {
        long line = csv.LineNumber;
        FlushMalformed(line);
        if (_plan is null)
        {
            CheckHeaderEncoding(csv, line);
            string[] header = new string[csv.FieldCount];
            for (int i = 0; i < header.Length; i++)
            {
                header[i] = Text(csv, i);
            }

            if (_headers.Count == 0 && header.Length > 0)
            {
                header[0] = header[0].TrimStart('\uFEFF');
            }

            _headers.Add(header);
            if (_headers.Count == _reader.HeaderRowCount)
            {
                _plan = _reader.Bind(_headers);
            }

            return null;
        }

        if (IsBlank(csv))
        {
            _report.AddBlank();
            return null;
        }

        _rowValid = System.Text.Unicode.Utf8.IsValid(csv.RawRecord);
        if (!_rowValid && !_escape)
        {
            RejectInvalidBytes(csv, line);
            return null;
        }

        return Map(csv, _plan, line);
    }

    /// <summary>
    /// Stops the read when a header row is not UTF-8: NUL bytes (UTF-16 or UTF-32 without a byte order mark, which would
    /// otherwise show up as a missing column) or, unless invalid bytes are escaped, bytes that are not valid UTF-8.
    /// </summary>
    private void CheckHeaderEncoding(CsvReader csv, long line)
    {
        ReadOnlySpan<byte> raw = csv.RawRecord;
        _rowValid = System.Text.Unicode.Utf8.IsValid(raw);
        if (raw.IndexOf((byte)0) is int nul and >= 0)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"Line {line} of the {_reader.FormatName} header holds a NUL byte at byte offset {csv.ByteOffset + nul}: the input looks like {Utf8Text.GuessWideEncoding(raw)} without a byte order mark. Set SurveyImportOptions.Encoding to that encoding (or, for a TextReader, decode with it), or save the file as UTF-8."));
        }

        if (!_rowValid && !_escape)
        {
            int bad = Utf8Text.FirstInvalid(raw);
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"Line {line} of the {_reader.FormatName} header is not valid UTF-8: byte 0x{raw[bad]:X2} at byte offset {csv.ByteOffset + bad}. {OtherEncodingHint}"));
        }
    }

    private const string OtherEncodingHint =
        "The file may be in another encoding, such as Windows-1252 or Latin-1: set SurveyImportOptions.Encoding to read it, or InvalidBytes = InvalidByteHandling.Escape to read the bytes as \\xHH escapes.";

    /// <summary>Rejects a row that holds bytes that are not UTF-8, naming the first such byte, its offset and its column.</summary>
    private void RejectInvalidBytes(CsvReader csv, long line)
    {
        ReadOnlySpan<byte> raw = csv.RawRecord;
        int bad = Utf8Text.FirstInvalid(raw);
        string? column = null;
        string? cell = null;
        for (int i = 0; i < csv.FieldCount; i++)
        {
            ReadOnlySpan<byte> field = csv.GetRawSpan(i);
            if (!System.Text.Unicode.Utf8.IsValid(field))
            {
                column = i < _headers[0].Length ? _headers[0][i] : string.Create(CultureInfo.InvariantCulture, $"#{i + 1}");
                cell = Utf8Text.Escape(csv.GetSpan(i));
                break;
            }
        }

        // The response id, when its own bytes are valid, tells the user which response it was.
        ReadOnlySpan<byte> idBytes = _plan!.ResponseId.Index < csv.FieldCount ? csv.GetSpan(_plan.ResponseId.Index) : default;
        string? id = !idBytes.IsEmpty && System.Text.Unicode.Utf8.IsValid(idBytes) ? csv.GetString(_plan.ResponseId.Index) : null;
        _errors.Clear();
        _errors.Add(ImportRowError.Create(
            line,
            id,
            column,
            cell ?? Utf8Text.Escape(raw),
            ImportErrorReason.InvalidEncoding,
            string.Create(
                CultureInfo.InvariantCulture,
                $"byte 0x{raw[bad]:X2} at byte offset {csv.ByteOffset + bad} is not valid UTF-8 (the cell reads {ImportRowError.Quote(cell)} with the bad bytes as \\xHH). {OtherEncodingHint}")));
        Reject();
    }

    /// <summary>
    /// The text of a field: as CsvHelper decodes it, or with backslash escapes (<see cref="InvalidByteHandling.Escape"/>)
    /// when the read escapes and the field holds a backslash or the row invalid bytes.
    /// </summary>
    private string Text(CsvReader csv, int index)
    {
        if (!_escape)
        {
            return csv.GetString(index);
        }

        ReadOnlySpan<byte> cell = csv.GetSpan(index);
        return _rowValid && cell.IndexOf((byte)'\\') < 0 ? csv.GetString(index) : Utf8Text.Escape(cell);
    }

    /// <summary>Reports the malformed records left and checks that the header was complete.</summary>
    public void Finish()
    {
        FlushMalformed(long.MaxValue);
        if (_plan is null)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"The input ends after {_headers.Count} of the {_reader.HeaderRowCount} header rows of a {_reader.FormatName} export."));
        }
    }

    private void FlushMalformed(long beforeLine)
    {
        while (_malformed.Count > 0 && _malformed.Peek().LineNumber < beforeLine)
        {
            Malformed record = _malformed.Dequeue();
            if (_plan is null)
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Line {record.LineNumber} of the {_reader.FormatName} header is malformed CSV ({record.Reason})."));
            }

            _errors.Clear();
            _errors.Add(ImportRowError.Create(
                record.LineNumber,
                null,
                null,
                record.RawRecord,
                ImportErrorReason.MalformedRow,
                $"the row is malformed CSV ({record.Reason}) and cannot be read reliably."));
            Reject();
        }
    }

    private static bool IsBlank(CsvReader csv)
    {
        for (int i = 0; i < csv.FieldCount; i++)
        {
            if (!csv.IsEmpty(i))
            {
                return false;
            }
        }

        return true;
    }

    private ImportedRow? Map(CsvReader csv, RowPlan plan, long line)
    {
        _errors.Clear();
        if (csv.FieldCount != plan.FieldCount)
        {
            _errors.Add(ImportRowError.Create(
                line,
                null,
                null,
                null,
                ImportErrorReason.FieldCountMismatch,
                string.Create(CultureInfo.InvariantCulture, $"the row has {csv.FieldCount} fields but the header has {plan.FieldCount}.")));
            Reject();
            return null;
        }

        string responseId = Text(csv, plan.ResponseId.Index);
        string? id = responseId;
        if (string.IsNullOrWhiteSpace(responseId))
        {
            id = null;
            Add(line, null, plan.ResponseId, responseId, ImportErrorReason.MissingResponseId, "the response id is empty.");
        }
        else if (_seen is not null && !_seen.Add(csv.GetSpan(plan.ResponseId.Index)))
        {
            Add(line, id, plan.ResponseId, responseId, ImportErrorReason.DuplicateResponseId, $"the response id {ImportRowError.Quote(responseId)} appears on an earlier row.");
        }

        string customerText = Text(csv, plan.Customer.Index);
        if (string.IsNullOrWhiteSpace(customerText))
        {
            Add(line, id, plan.Customer, customerText, ImportErrorReason.MissingCustomerId, "the customer id is empty.");
        }

        string timeText = Text(csv, plan.Time.Index);
        if (!plan.TimeFormat.TryParse(timeText, out NodaTime.Instant at, out ImportErrorReason timeReason, out string timeDetail))
        {
            Add(line, id, plan.Time, timeText, timeReason, timeDetail);
        }

        FeedbackInstrument? rowInstrument = null;
        if (plan.Instrument is ColumnRef instrumentColumn)
        {
            string name = Text(csv, instrumentColumn.Index);
            if (!plan.Instruments!.TryGetValue(name, out rowInstrument))
            {
                Add(line, id, instrumentColumn, name, ImportErrorReason.UnknownInstrument, $"{ImportRowError.Quote(name)} names no instrument of the mapping.");
            }
        }

        // Ratings: parsed from the UTF-8 bytes; kept in a small stack buffer (surveys have few rating questions).
        Span<int> ratings = plan.Ratings.Length <= 32 ? stackalloc int[plan.Ratings.Length] : new int[plan.Ratings.Length];
        int answered = 0;
        for (int k = 0; k < plan.Ratings.Length; k++)
        {
            RatingColumn column = plan.Ratings[k];
            ratings[k] = int.MinValue;
            ReadOnlySpan<byte> cell = csv.GetSpan(column.Column.Index);
            int groupExpected = 0;
            if (cell.Length > 0)
            {
                if (!TryParseInteger(cell, out int rating))
                {
                    string raw = Text(csv, column.Column.Index);
                    Add(line, id, column.Column, raw, ImportErrorReason.UnparseableRating, $"{ImportRowError.Quote(raw)} is not a plain integer rating.");
                    continue;
                }

                FeedbackInstrument? instrument = column.Instrument ?? rowInstrument;
                if (instrument is not null && !instrument.Scale.Contains(rating))
                {
                    Add(
                        line,
                        id,
                        column.Column,
                        Text(csv, column.Column.Index),
                        ImportErrorReason.RatingOutOfScale,
                        string.Create(CultureInfo.InvariantCulture, $"the rating {rating} is outside the scale {instrument.Scale} of {ImportRowError.Quote(instrument.Name)}."));
                    continue;
                }

                ratings[k] = rating;
                answered++;
                groupExpected = rating <= 6 ? 1 : rating <= 8 ? 2 : 3;
            }

            if (column.NpsGroup is ColumnRef group)
            {
                CheckNpsGroup(csv, line, id, group, groupExpected);
            }
        }

        if (answered == 0 && _errors.Count == 0)
        {
            ColumnRef first = plan.Ratings[0].Column;
            Add(line, id, first, string.Empty, ImportErrorReason.MissingRating, "no rating question of the row is answered.");
        }

        if (_errors.Count > 0)
        {
            Reject();
            return null;
        }

        var customer = CustomerId.From(customerText);
        string? comment = plan.Comment is ColumnRef c ? Text(csv, c.Index) : null;
        if (comment is { Length: 0 })
        {
            comment = null;
        }

        string? touchpoint = plan.Touchpoint is ColumnRef t ? Text(csv, t.Index) : null;
        if (string.IsNullOrWhiteSpace(touchpoint))
        {
            touchpoint = null;
        }

        IReadOnlyList<string>? topics = plan.Topics is ColumnRef tc ? SplitTopics(Text(csv, tc.Index), plan.TopicSeparator) : null;
        var feedback = new Feedback[answered];
        int n = 0;
        for (int k = 0; k < plan.Ratings.Length; k++)
        {
            if (ratings[k] != int.MinValue)
            {
                FeedbackInstrument instrument = plan.Ratings[k].Instrument ?? rowInstrument!;
                feedback[n++] = new Feedback(responseId, customer, at, instrument, ratings[k], touchpoint, comment, 1.0, topics);
            }
        }

        IReadOnlyDictionary<string, string> attributes = ReadOnlyDictionary<string, string>.Empty;
        if (plan.Attributes.Length > 0)
        {
            Dictionary<string, string>? map = null;
            foreach (KeyValuePair<string, ColumnRef> attribute in plan.Attributes)
            {
                if (!csv.IsEmpty(attribute.Value.Index))
                {
                    map ??= new Dictionary<string, string>(plan.Attributes.Length, StringComparer.Ordinal);
                    map[attribute.Key] = Text(csv, attribute.Value.Index);
                }
            }

            if (map is not null)
            {
                attributes = new ReadOnlyDictionary<string, string>(map);
            }
        }

        _report.Accept(plan.Ratings.Length - answered);
        return new ImportedRow(line, responseId, customer, at, Array.AsReadOnly(feedback), attributes);
    }

    private void CheckNpsGroup(CsvReader csv, long line, string? id, ColumnRef group, int expected)
    {
        ReadOnlySpan<byte> cell = csv.GetSpan(group.Index);
        int actual;
        if (cell.Length == 0)
        {
            actual = 0;
        }
        else if (cell.Length == 1 && cell[0] is (byte)'1' or (byte)'2' or (byte)'3')
        {
            actual = cell[0] - '0';
        }
        else
        {
            string raw = Text(csv, group.Index);
            Add(line, id, group, raw, ImportErrorReason.InvalidNpsGroup, $"{ImportRowError.Quote(raw)} is not an NPS group (1 detractor, 2 passive, 3 promoter).");
            return;
        }

        if (actual != expected)
        {
            string raw = Text(csv, group.Index);
            string detail = expected == 0
                ? $"the NPS group is {ImportRowError.Quote(raw)} but the rating is empty."
                : string.Create(CultureInfo.InvariantCulture, $"the NPS group is {ImportRowError.Quote(raw)} but the rating is in group {expected} (1 detractor 0-6, 2 passive 7-8, 3 promoter 9-10).");
            Add(line, id, group, raw, ImportErrorReason.NpsGroupMismatch, detail);
        }
    }

    private void Add(long line, string? id, ColumnRef column, string raw, ImportErrorReason reason, string detail) =>
        _errors.Add(ImportRowError.Create(line, id, column.Name, raw, reason, detail));

    /// <summary>A plain integer: an optional minus sign and 1 to 9 ASCII digits, nothing else (no sign '+', spaces, decimals).</summary>
    internal static bool TryParseInteger(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        bool negative = text.Length > 0 && text[0] == (byte)'-';
        ReadOnlySpan<byte> digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 9)
        {
            return false;
        }

        int result = 0;
        foreach (byte b in digits)
        {
            uint d = unchecked((uint)(b - '0')); // a byte below '0' wraps above 9
            if (d > 9)
            {
                return false;
            }

            result = (result * 10) + (int)d;
        }

        value = negative ? -result : result;
        return true;
    }

    private readonly record struct Malformed(long LineNumber, CsvMalformedReason Reason, string RawRecord);

    private static IReadOnlyList<string>? SplitTopics(string text, char separator)
    {
        if (text.Length == 0)
        {
            return null;
        }

        string[] parts = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts;
    }

    private void Reject()
    {
        _report.Reject(_errors);
        if (_failFast)
        {
            throw new SurveyImportException(_errors[0]);
        }
    }
}
