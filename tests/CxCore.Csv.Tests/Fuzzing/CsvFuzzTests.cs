using System.Text;
using CxCore.Csv.Tests.Support;
using CxCore.Tests.Fuzzing;
using NodaTime;

namespace CxCore.Csv.Tests.Fuzzing;

/// <summary>
/// Mutated copies of the sample exports in Data/, read by every reader. Each read must end normally or with the one
/// documented exception (<see cref="InvalidDataException"/>, for the header and oversized rows); the report's counts
/// must add up and its errors stay within their documented size; and every accepted row must be what the input holds
/// at its line: the same row as the sample when its bytes are a sample row's (under an unchanged header), and otherwise
/// values that a reference RFC 4180 split of the mutated bytes gives in the mapped columns.
/// </summary>
public sealed class CsvFuzzTests
{
    private static readonly byte[] CsvSyntax = "\",,\r\n\n;\t \"\\x-+.0179ZT:"u8.ToArray().Concat(new byte[] { 0xFF, 0xC3, 0xA9, 0x00, 0xEF, 0xBB, 0xBF }).ToArray();

    /// <summary>A sample, its reader, and the columns the check compares (the first header row's names).</summary>
    public sealed record Sample(string File, Func<InvalidByteHandling, SurveyReader> Reader, int HeaderRows, string Id, string Customer, string[] Ratings, string? Comment);

    private static readonly Sample[] Samples =
    [
        new("generic.csv", GenericReader, 1, "response_id", "customer_id", ["score"], "comment"),
        new("qualtrics.csv", QualtricsReader, 3, "ResponseId", "ExternalReference", ["Recommend", "Q2", "Q3"], "Q4_TEXT"),
        new("surveymonkey.csv", SurveyMonkeyReader, 2, "Respondent ID", "Custom Data 1",
            ["How likely is it that you would recommend Acme to a friend or colleague?", "How satisfied are you with Acme?"], "What could we do better?"),
    ];

    public static TheoryData<string, InvalidByteHandling> Targets()
    {
        var data = new TheoryData<string, InvalidByteHandling>();
        foreach (Sample sample in Samples)
        {
            data.Add(sample.File, InvalidByteHandling.Reject);
            data.Add(sample.File, InvalidByteHandling.Escape);
        }

        return data;
    }

    private static SurveyReader GenericReader(InvalidByteHandling invalidBytes)
    {
        var options = new GenericSurveyOptions("response_id", "customer_id", "submitted_at", "score")
        {
            InstrumentColumn = "instrument",
            CommentColumn = "comment",
            TopicsColumn = "topics",
            TouchpointIdColumn = "touchpoint_id",
            InvalidBytes = invalidBytes,
            MaxRowBytes = 4096,
        };
        options.Instruments.Add("NPS", FeedbackInstrument.Nps);
        options.Instruments.Add("CSAT", FeedbackInstrument.Csat);
        options.Instruments.Add("CES", FeedbackInstrument.Ces);
        options.AttributeColumns.Add("region");
        options.AttributeColumns.Add("plan");
        return new GenericSurveyReader(options);
    }

    private static SurveyReader QualtricsReader(InvalidByteHandling invalidBytes)
    {
        var options = new QualtricsOptions { CommentImportId = "QID4_TEXT", InvalidBytes = invalidBytes, MaxRowBytes = 4096 };
        options.Questions.Add("QID1", FeedbackInstrument.Nps);
        options.Questions.Add("QID2", FeedbackInstrument.Csat);
        options.Questions.Add("QID3", FeedbackInstrument.Ces);
        options.Attributes.Add("segment", "Segment");
        return new QualtricsReader(options);
    }

    private static SurveyReader SurveyMonkeyReader(InvalidByteHandling invalidBytes)
    {
        var options = new SurveyMonkeyOptions("Custom Data 1", DateTimeZoneProviders.Tzdb["America/New_York"])
        {
            CommentColumn = "What could we do better?",
            InvalidBytes = invalidBytes,
            MaxRowBytes = 4096,
        };
        options.Questions.Add("How likely is it that you would recommend Acme to a friend or colleague?", FeedbackInstrument.Nps);
        options.Questions.Add("How satisfied are you with Acme?", FeedbackInstrument.Csat);
        options.Attributes.Add("email", "Email Address");
        return new SurveyMonkeyReader(options);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Read_MutatedExport_EndsAsDocumentedAndAcceptsOnlyWhatTheInputHolds(string file, InvalidByteHandling invalidBytes)
    {
        Sample sample = Samples.Single(s => s.File == file);
        byte[] valid = File.ReadAllBytes(Support.Samples.Path(file));
        SurveyReader reader = sample.Reader(invalidBytes);
        var original = new Baseline(sample, valid, reader, invalidBytes);

        Fuzz.Run($"{file} ({invalidBytes})", valid, CsvSyntax, (input, _) => Check(sample, original, reader, invalidBytes, input), Fuzz.Cases(400));
    }

    private static string? Check(Sample sample, Baseline original, SurveyReader reader, InvalidByteHandling invalidBytes, byte[] input)
    {
        var report = new ImportReport(maxErrorsKept: 50);
        var rows = new List<ImportedRow>();
        try
        {
            foreach (ImportedRow row in reader.Read(new MemoryStream(input), report))
            {
                rows.Add(row);
            }
        }
        catch (InvalidDataException)
        {
            // Documented: a header problem, or a row past MaxRowBytes.
        }

        if (report.DataRows != report.AcceptedRows + report.RejectedRows || report.AcceptedRows != rows.Count)
        {
            return $"the counts do not add up: read {report.DataRows}, accepted {report.AcceptedRows} ({rows.Count} rows), rejected {report.RejectedRows}";
        }

        if (report.ErrorCount < report.RejectedRows || report.Errors.Count > Math.Min(report.ErrorCount, 50))
        {
            return $"the errors do not add up: {report.ErrorCount} errors, {report.Errors.Count} kept, {report.RejectedRows} rejected rows";
        }

        foreach (ImportRowError error in report.Errors)
        {
            if (error.RawValue?.Length > ImportRowError.MaxValueLength || error.Message.Length > ImportRowError.MaxMessageLength || error.LineNumber < 1)
            {
                return $"an error is out of its bounds: {error}";
            }
        }

        bool sameHeader = input.AsSpan().StartsWith(original.HeaderBytes);
        Dictionary<long, RawRecord> records = RawRecord.Split(input).ToDictionary(r => (long)r.Line);
        foreach (ImportedRow row in rows)
        {
            if (!records.TryGetValue(row.LineNumber, out RawRecord? record))
            {
                return $"the row accepted at line {row.LineNumber} ('{row.ResponseId}') does not start a record of the input";
            }

            string? problem = sameHeader
                ? original.CheckRow(row, record, input, invalidBytes)
                : CheckLoosely(row, record, invalidBytes);
            if (problem is not null)
            {
                return $"line {row.LineNumber}: {problem}";
            }
        }

        return null;
    }

    /// <summary>With a changed header the columns may have moved: the id and the customer must still be cells of the record.</summary>
    private static string? CheckLoosely(ImportedRow row, RawRecord record, InvalidByteHandling invalidBytes)
    {
        string?[] cells = [.. record.Fields.Select(f => RawRecord.Text(f, invalidBytes))];
        if (!cells.Contains(row.ResponseId) || !cells.Contains(row.Customer.Value))
        {
            return $"the response id '{row.ResponseId}' or customer '{row.Customer}' is not a cell of the record ({string.Join(" | ", cells)})";
        }

        return null;
    }

    /// <summary>The sample read as it is: its header, its records and its accepted rows.</summary>
    private sealed class Baseline
    {
        private readonly Sample _sample;
        private readonly Dictionary<string, ImportedRow> _rowsByRecord = new(StringComparer.Ordinal);
        private readonly int _id, _customer, _comment;
        private readonly int[] _ratings;
        private readonly int _fieldCount;

        public Baseline(Sample sample, byte[] valid, SurveyReader reader, InvalidByteHandling invalidBytes)
        {
            _sample = sample;
            List<RawRecord> records = RawRecord.Split(valid);
            RawRecord lastHeader = records[sample.HeaderRows - 1];
            HeaderBytes = valid[..lastHeader.Next];
            string?[] names = [.. records[0].Fields.Select(f => RawRecord.Text(f, invalidBytes))];
            _fieldCount = names.Length;

            // SurveyMonkey headings name the first column of their span; the mapped ones here span one column.
            _id = Array.IndexOf(names, sample.Id);
            _customer = Array.IndexOf(names, sample.Customer);
            _ratings = [.. sample.Ratings.Select(r => Array.IndexOf(names, r))];
            _comment = sample.Comment is null ? -1 : Array.IndexOf(names, sample.Comment);
            Assert.True(_id >= 0 && _customer >= 0 && _ratings.All(r => r >= 0) && (sample.Comment is null || _comment >= 0), sample.File);

            var report = new ImportReport();
            foreach (ImportedRow row in reader.Read(new MemoryStream(valid), report))
            {
                RawRecord record = records.Single(r => r.Line == row.LineNumber);
                _rowsByRecord.Add(Convert.ToHexString(valid.AsSpan(record.Start, record.End - record.Start)), row);
            }

            Assert.True(_rowsByRecord.Count >= 3, $"{sample.File} has too few good rows to fuzz");
        }

        public byte[] HeaderBytes { get; }

        public string? CheckRow(ImportedRow row, RawRecord record, byte[] input, InvalidByteHandling invalidBytes)
        {
            // A record byte for byte the same as a sample row must read as that row, wherever it now is.
            if (_rowsByRecord.TryGetValue(Convert.ToHexString(input.AsSpan(record.Start, record.End - record.Start)), out ImportedRow? same))
            {
                return Same(row, same) ? null : $"the record is sample line {same.LineNumber} but reads differently ('{row.ResponseId}', {row.At}, {string.Join(", ", row.Feedback.Select(f => f.Rating))})";
            }

            // Otherwise the values must be the record's cells in the mapped columns.
            if (record.Fields.Count != _fieldCount)
            {
                return $"a record of {record.Fields.Count} fields was accepted under a header of {_fieldCount}";
            }

            string? Cell(int index) => RawRecord.Text(record.Fields[index], invalidBytes);
            if (Cell(_id) is not { } id || id != row.ResponseId)
            {
                return $"the response id is '{row.ResponseId}' but the cell holds {Describe(record.Fields[_id])}";
            }

            if (Cell(_customer) != row.Customer.Value)
            {
                return $"the customer is '{row.Customer}' but the cell holds {Describe(record.Fields[_customer])}";
            }

            int[] answered = [.. _ratings.Where(r => record.Fields[r].Length > 0).Select(r => int.Parse(Cell(r)!, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture))];
            if (!answered.SequenceEqual(row.Feedback.Select(f => f.Rating)))
            {
                return $"the ratings are {string.Join(", ", row.Feedback.Select(f => f.Rating))} but the cells hold {string.Join(", ", _ratings.Select(r => Describe(record.Fields[r])))}";
            }

            string? comment = _comment < 0 || record.Fields[_comment].Length == 0 ? null : Cell(_comment);
            if (row.Feedback.Any(f => f.Comment != comment))
            {
                return $"the comment is '{row.Feedback[0].Comment}' but the cell holds {Describe(record.Fields[_comment])}";
            }

            return null;
        }

        private static bool Same(ImportedRow a, ImportedRow b) =>
            a.ResponseId == b.ResponseId && a.Customer == b.Customer && a.At == b.At && a.Feedback.SequenceEqual(b.Feedback)
            && a.Attributes.Count == b.Attributes.Count && a.Attributes.All(p => b.Attributes.TryGetValue(p.Key, out string? v) && v == p.Value);

        private static string Describe(byte[] cell) => "'" + Fuzz.Show(cell) + "'";
    }
}

/// <summary>
/// A record of the input as RFC 4180 splits it, independently of CsvHelper: fields are separated by commas, a field
/// that starts with a quote runs to the matching quote (doubled quotes inside), and CR, LF or CRLF outside quotes ends
/// the record; lines are counted as CsvHelper counts them (CR, LF and CRLF each once, inside quotes too).
/// </summary>
public sealed record RawRecord(int Line, int Start, int End, int Next, List<byte[]> Fields)
{
    public static List<RawRecord> Split(byte[] input)
    {
        var records = new List<RawRecord>();
        int n = input.Length;
        int i = input.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        int line = 1;
        while (i < n)
        {
            int startLine = line, start = i, end = n;
            var fields = new List<byte[]>();
            var field = new List<byte>();
            bool inQuotes = false, fieldStart = true;
            while (i < n)
            {
                byte b = input[i];
                if (inQuotes)
                {
                    if (b == '"')
                    {
                        if (i + 1 < n && input[i + 1] == '"')
                        {
                            field.Add((byte)'"');
                            i += 2;
                        }
                        else
                        {
                            inQuotes = false;
                            i++;
                        }

                        continue;
                    }

                    if (b == '\n' || (b == '\r' && !(i + 1 < n && input[i + 1] == '\n')))
                    {
                        line++;
                    }

                    field.Add(b);
                    i++;
                    continue;
                }

                if (b == '"' && fieldStart)
                {
                    inQuotes = true;
                    fieldStart = false;
                    i++;
                    continue;
                }

                if (b == ',')
                {
                    fields.Add([.. field]);
                    field.Clear();
                    fieldStart = true;
                    i++;
                    continue;
                }

                if (b is (byte)'\r' or (byte)'\n')
                {
                    end = i;
                    i += b == '\r' && i + 1 < n && input[i + 1] == '\n' ? 2 : 1;
                    line++;
                    break;
                }

                field.Add(b);
                fieldStart = false;
                i++;
            }

            fields.Add([.. field]);
            records.Add(new RawRecord(startLine, start, end, i, fields));
        }

        return records;
    }

    /// <summary>A cell's text as the reader gives it: strict UTF-8 (null when it is not valid) or, when escaping, the escaped text.</summary>
    public static string? Text(byte[] cell, InvalidByteHandling invalidBytes)
    {
        if (invalidBytes == InvalidByteHandling.Escape)
        {
            return Utf8Text.Escape(cell);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(cell);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
