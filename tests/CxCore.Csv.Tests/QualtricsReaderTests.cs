using CxCore.Csv.Tests.Support;
using CxCore.Ratings;
using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Csv.Tests;

/// <summary>
/// Reads Data/qualtrics.csv: UTF-8 with a byte order mark, CRLF, three header rows, the NPS question QID1 exported under
/// the renamed tag "Recommend", dates in America/Denver. Expected instants by hand: Denver is UTC-7 (MST) after
/// 2026-11-01 02:00 and UTC-6 (MDT) from 2026-03-08 02:00 to then.
/// </summary>
public sealed class QualtricsReaderTests
{
    private static QualtricsOptions Options()
    {
        var options = new QualtricsOptions { CommentImportId = "QID4_TEXT" };
        options.Questions.Add("QID1", FeedbackInstrument.Nps);
        options.Questions.Add("QID2", FeedbackInstrument.Csat);
        options.Questions.Add("QID3", FeedbackInstrument.Ces);
        options.Attributes.Add("segment", "Segment");
        return options;
    }

    private static (List<ImportedRow> Rows, ImportReport Report) ReadSample(QualtricsOptions? options = null, int maxErrorsKept = 1000) =>
        Samples.ReadAll(new QualtricsReader(options ?? Options()), "qualtrics.csv", maxErrorsKept);

    [Fact]
    public void Read_SampleExport_CountsEveryRow()
    {
        var (rows, report) = ReadSample();

        // Data rows on lines 4, 5 (to 6), 7..19: 15; good: R_good1..4; blank: line 20 (separators) and line 21 (empty).
        Assert.Equal(15, report.DataRows);
        Assert.Equal(4, report.AcceptedRows);
        Assert.Equal(11, report.RejectedRows);
        Assert.Equal(11, report.ErrorCount);
        Assert.Equal(2, report.BlankRows);
        Assert.Equal(2, report.UnansweredRatings); // R_good2 skipped Q2, R_good3 skipped Q3
        Assert.True(report.IsComplete);
        Assert.False(report.ErrorsTruncated);
        Assert.Equal(4, rows.Count);
        Samples.AssertCountsAddUp(report);
    }

    [Fact]
    public void Read_SampleExport_AcceptedRowsHaveHandComputedValues()
    {
        var (rows, _) = ReadSample();

        ImportedRow good1 = rows[0];
        Assert.Equal(4, good1.LineNumber);
        Assert.Equal("R_good1", good1.ResponseId);
        Assert.Equal(CustomerId.From("C-1001"), good1.Customer);
        Assert.Equal(Instant.FromUtc(2026, 11, 22, 17, 15, 3), good1.At); // 10:15:03 MST + 7 h
        Assert.Equal(
            [
                new Feedback("R_good1", CustomerId.From("C-1001"), good1.At, FeedbackInstrument.Nps, 9, comment: "Fast delivery, friendly support"),
                new Feedback("R_good1", CustomerId.From("C-1001"), good1.At, FeedbackInstrument.Csat, 5, comment: "Fast delivery, friendly support"),
                new Feedback("R_good1", CustomerId.From("C-1001"), good1.At, FeedbackInstrument.Ces, 6, comment: "Fast delivery, friendly support"),
            ],
            good1.Feedback);
        Assert.Equal(new Dictionary<string, string> { ["segment"] = "Enterprise" }, good1.Attributes);

        ImportedRow good2 = rows[1];
        Assert.Equal(5, good2.LineNumber);
        Assert.Equal(Instant.FromUtc(2026, 11, 22, 18, 0, 0), good2.At);
        Assert.Equal([(RatingMetric.Nps, 6), (RatingMetric.Ces, 2)], good2.Feedback.Select(f => (f.Instrument.Metric, f.Rating)));
        Assert.Equal("Order arrived late.\r\nSupport was slow.", good2.Feedback[0].Comment);

        ImportedRow good3 = rows[2];
        Assert.Equal(7, good3.LineNumber); // the quoted line break of R_good2 takes line 6
        Assert.Equal(Instant.FromUtc(2026, 7, 4, 15, 30, 0), good3.At); // 09:30 MDT + 6 h
        Assert.Equal([(RatingMetric.Nps, 7), (RatingMetric.Csat, 4)], good3.Feedback.Select(f => (f.Instrument.Metric, f.Rating)));
        Assert.Null(good3.Feedback[0].Comment);
        Assert.Empty(good3.Attributes);

        ImportedRow good4 = rows[3];
        Assert.Equal(19, good4.LineNumber);
        Assert.Equal(Instant.FromUtc(2026, 11, 23, 15, 0, 0), good4.At);
        Assert.Equal("He said \"great\", really", good4.Feedback[2].Comment);
        Assert.Equal(10, good4.Feedback[0].Rating);
    }

    [Theory]
    [InlineData(8, ImportErrorReason.RatingOutOfScale, "Recommend", "11")]
    [InlineData(9, ImportErrorReason.NpsGroupMismatch, "Recommend_NPS_GROUP", "3")]
    [InlineData(10, ImportErrorReason.UnparseableTime, "RecordedDate", "2026-11-31 10:00:00")]
    [InlineData(11, ImportErrorReason.DuplicateResponseId, "ResponseId", "R_good1")]
    [InlineData(12, ImportErrorReason.MissingResponseId, "ResponseId", "")]
    [InlineData(13, ImportErrorReason.MissingCustomerId, "ExternalReference", "")]
    [InlineData(14, ImportErrorReason.UnparseableRating, "Q2", "4.0")]
    [InlineData(15, ImportErrorReason.MissingRating, "Recommend", "")]
    [InlineData(16, ImportErrorReason.AmbiguousLocalTime, "RecordedDate", "2026-11-01 01:30:00")]
    [InlineData(17, ImportErrorReason.SkippedLocalTime, "RecordedDate", "2026-03-08 02:30:00")]
    [InlineData(18, ImportErrorReason.InvalidNpsGroup, "Recommend_NPS_GROUP", "P")]
    public void Read_SampleExport_ReportsEveryBadRow(long line, ImportErrorReason reason, string column, string raw)
    {
        var (_, report) = ReadSample();

        ImportRowError error = Assert.Single(report.Errors, e => e.LineNumber == line);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(column, error.Column);
        Assert.Equal(raw, error.RawValue);
        Assert.Contains($"Line {line}, column '{column}'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"line {line}: {reason}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ErrorOfRowWithId_CarriesResponseId()
    {
        var (_, report) = ReadSample();

        Assert.Equal("R_bad_scale", report.Errors[0].ResponseId);
        Assert.Null(report.Errors.Single(e => e.Reason == ImportErrorReason.MissingResponseId).ResponseId);
    }

    [Fact]
    public void Read_LenientResolver_AcceptsAmbiguousAndSkippedTimes()
    {
        QualtricsOptions options = Options();
        options.Resolver = Resolvers.LenientResolver;

        var (rows, report) = ReadSample(options);

        // 01:30 on 2026-11-01 in Denver: the earlier mapping is MDT (UTC-6) -> 07:30Z.
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 7, 30, 0), rows.Single(r => r.ResponseId == "R_ambiguous").At);
        // 02:30 on 2026-03-08 does not exist; lenient shifts it forward by the 1 h gap: 03:30 MDT = 09:30Z.
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 9, 30, 0), rows.Single(r => r.ResponseId == "R_skipped").At);
        Assert.Equal(6, report.AcceptedRows);
        Samples.AssertCountsAddUp(report);
    }

    [Fact]
    public void Read_StrictResolverGiven_RejectsLikeTheDefault()
    {
        QualtricsOptions options = Options();
        options.Resolver = Resolvers.StrictResolver;

        var (_, report) = ReadSample(options);

        Assert.Contains(report.Errors, e => e.Reason == ImportErrorReason.AmbiguousLocalTime && e.LineNumber == 16);
        Assert.Contains(report.Errors, e => e.Reason == ImportErrorReason.SkippedLocalTime && e.LineNumber == 17);
    }

    [Fact]
    public void Read_TimeZoneOverride_ReadsDatesInThatZone()
    {
        QualtricsOptions options = Options();
        options.TimeZone = DateTimeZone.Utc;

        var (rows, _) = ReadSample(options);

        Assert.Equal(Instant.FromUtc(2026, 11, 22, 10, 15, 3), rows[0].At);
    }

    [Fact]
    public void Read_FailFast_ThrowsAtFirstBadRowWithCountsThatAddUp()
    {
        QualtricsOptions options = Options();
        options.FailFast = true;
        var report = new ImportReport();
        var seen = new List<string>();

        var ex = Assert.Throws<SurveyImportException>(() =>
        {
            foreach (ImportedRow row in new QualtricsReader(options).ReadFile(Samples.Path("qualtrics.csv"), report))
            {
                seen.Add(row.ResponseId);
            }
        });

        Assert.NotNull(ex.Error);
        Assert.Equal(ImportErrorReason.RatingOutOfScale, ex.Error.Reason);
        Assert.Equal(8, ex.Error.LineNumber);
        Assert.Equal(ex.Error.Message, ex.Message);
        Assert.Equal(["R_good1", "R_good2", "R_good3"], seen);
        Assert.Equal(4, report.DataRows);
        Assert.Equal(3, report.AcceptedRows);
        Assert.Equal(1, report.RejectedRows);
        Assert.Same(ex.Error, Assert.Single(report.Errors));
        Assert.False(report.IsComplete);
    }

    [Fact]
    public async Task ReadFileAsync_SampleExport_GivesTheRowsAndReportOfReadFile()
    {
        var expectedReport = new ImportReport();
        string[] expected = new QualtricsReader(Options()).ReadFile(Samples.Path("qualtrics.csv"), expectedReport).Select(r => r.ResponseId).ToArray();
        var report = new ImportReport();
        var seen = new List<string>();

        await foreach (ImportedRow row in new QualtricsReader(Options()).ReadFileAsync(Samples.Path("qualtrics.csv"), report))
        {
            seen.Add(row.ResponseId);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen);
        Assert.Equal((expectedReport.DataRows, expectedReport.AcceptedRows, expectedReport.RejectedRows), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public async Task ReadFileAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ImportedRow row in new QualtricsReader(Options()).ReadFileAsync(Samples.Path("qualtrics.csv"), new ImportReport(), cancelled.Token))
            {
                Assert.Fail($"no row is read after cancellation, got {row.ResponseId}");
            }
        });
    }

    [Fact]
    public void ReadFileAsync_NullOrEmptyPath_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new QualtricsReader(Options()).ReadFileAsync(null!, new ImportReport()));
        Assert.Throws<ArgumentException>(() => new QualtricsReader(Options()).ReadFileAsync("", new ImportReport()));
        Assert.Throws<ArgumentNullException>(() => new QualtricsReader(Options()).ReadFileAsync("x.csv", null!));
    }

    [Fact]
    public void SurveyImportException_HasTheStandardConstructors()
    {
        var inner = new FormatException("inner");

        Assert.Null(new SurveyImportException().Error);
        Assert.Equal("m", new SurveyImportException("m").Message);
        Assert.Same(inner, new SurveyImportException("m", inner).InnerException);
        Assert.Throws<ArgumentNullException>(() => new SurveyImportException((ImportRowError)null!));
    }

    [Fact]
    public void Read_MaxErrorsKept_KeepsTheFirstAndCountsAll()
    {
        var (_, report) = ReadSample(maxErrorsKept: 3);

        Assert.Equal([8L, 9L, 10L], report.Errors.Select(e => e.LineNumber));
        Assert.Equal(11, report.ErrorCount);
        Assert.True(report.ErrorsTruncated);
        Assert.Equal(11, report.RejectedRows);
    }

    [Fact]
    public void Read_DuplicateCheckOff_AcceptsRepeatedId()
    {
        QualtricsOptions options = Options();
        options.CheckDuplicateResponseIds = false;

        var (rows, report) = ReadSample(options);

        Assert.Equal(2, rows.Count(r => r.ResponseId == "R_good1"));
        Assert.DoesNotContain(report.Errors, e => e.Reason == ImportErrorReason.DuplicateResponseId);
    }

    [Fact]
    public async Task ReadAsync_Stream_GivesTheSameRowsAndReport()
    {
        var (syncRows, syncReport) = ReadSample();
        await using FileStream stream = File.OpenRead(Samples.Path("qualtrics.csv"));
        var report = new ImportReport();
        var rows = new List<ImportedRow>();

        await foreach (ImportedRow row in new QualtricsReader(Options()).ReadAsync(stream, report))
        {
            rows.Add(row);
        }

        Assert.Equal(syncRows.SelectMany(r => r.Feedback), rows.SelectMany(r => r.Feedback));
        Assert.Equal(syncReport.Errors.Select(e => e.ToString()), report.Errors.Select(e => e.ToString()));
        Assert.Equal((syncReport.DataRows, syncReport.AcceptedRows, syncReport.RejectedRows), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Read_QuestionNotInExport_ThrowsInvalidData()
    {
        QualtricsOptions options = Options();
        options.Questions.Add("QID9", FeedbackInstrument.Csat);

        var ex = Assert.Throws<InvalidDataException>(() => ReadSample(options));

        Assert.Contains("QID9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoHeaderRowsOnly_ThrowsInvalidData()
    {
        const string text = "ResponseId,Q1\r\nResponse ID,Recommend?\r\n";

        var ex = Assert.Throws<InvalidDataException>(() => Samples.ReadText(new QualtricsReader(Options()), text));

        Assert.Contains("2 of the 3 header rows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThirdHeaderRowNotJson_ThrowsInvalidData()
    {
        const string text = "ResponseId,Q1\r\nResponse ID,Recommend?\r\n_recordId,QID1\r\n";

        var ex = Assert.Throws<InvalidDataException>(() => Samples.ReadText(new QualtricsReader(Options()), text));

        Assert.Contains("ImportId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderRowsOfDifferentLengths_ThrowsInvalidData()
    {
        const string text = "ResponseId,Q1\r\nResponse ID\r\n\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\r\n";

        Assert.Throws<InvalidDataException>(() => Samples.ReadText(new QualtricsReader(Options()), text));
    }

    [Theory]
    [InlineData("{\"\"ImportId\"\":\"\"recordedDate\"\"}", "names no time zone")]
    [InlineData("{\"\"ImportId\"\":\"\"recordedDate\"\",\"\"timeZone\"\":\"\"Mars/Olympus\"\"}", "not a TZDB zone")]
    public void Read_TimeZoneMissingOrUnknown_ThrowsInvalidData(string timeImportId, string expected)
    {
        string text =
            "ResponseId,ExternalReference,RecordedDate,Q1\r\n" +
            "Response ID,External Data Reference,Recorded Date,Recommend?\r\n" +
            $"\"{{\"\"ImportId\"\":\"\"_recordId\"\"}}\",\"{{\"\"ImportId\"\":\"\"externalDataReference\"\"}}\",\"{timeImportId}\",\"{{\"\"ImportId\"\":\"\"QID1\"\"}}\"\r\n";
        var options = new QualtricsOptions();
        options.Questions.Add("QID1", FeedbackInstrument.Nps);

        var ex = Assert.Throws<InvalidDataException>(() => Samples.ReadText(new QualtricsReader(options), text));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmbeddedDataCustomerIdAndNoGroupColumn_Reads()
    {
        // An embedded-data field as the customer id; no _NPS_GROUP column, so no group check.
        const string text =
            "ResponseId,RecordedDate,Q1,CustomerId\r\n" +
            "Response ID,Recorded Date,Recommend?,CustomerId\r\n" +
            "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\",\"\"timeZone\"\":\"\"UTC\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"CustomerId\"\"}\"\r\n" +
            "R_1,2026-01-02 03:04:05,8,C-9\r\n";
        var options = new QualtricsOptions { CustomerIdImportId = "CustomerId" };
        options.Questions.Add("QID1", FeedbackInstrument.Nps);

        var (rows, report) = Samples.ReadText(new QualtricsReader(options), text);

        ImportedRow row = Assert.Single(rows);
        Assert.Equal(new Feedback("R_1", CustomerId.From("C-9"), Instant.FromUtc(2026, 1, 2, 3, 4, 5), FeedbackInstrument.Nps, 8), Assert.Single(row.Feedback));
        Assert.Equal(1, report.DataRows);
    }

    [Fact]
    public void Ctor_NoQuestions_Throws()
    {
        Assert.Throws<ArgumentException>(() => new QualtricsReader(new QualtricsOptions()));
    }

    [Fact]
    public void Ctor_BlankImportId_Throws()
    {
        QualtricsOptions options = Options();
        options.TimeImportId = " ";

        Assert.Throws<ArgumentException>(() => new QualtricsReader(options));
    }

    [Fact]
    public void Ctor_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new QualtricsReader(null!));
    }

    [Fact]
    public void Read_OptionsBrokenAfterConstruction_ThrowsWhenEnumerated()
    {
        QualtricsOptions options = Options();
        var reader = new QualtricsReader(options);
        options.Questions.Clear();

        IEnumerable<ImportedRow> rows = reader.ReadFile(Samples.Path("qualtrics.csv"), new ImportReport());

        Assert.Throws<ArgumentException>(() => rows.ToList());
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        var reader = new QualtricsReader(Options());
        var report = new ImportReport();

        Assert.Throws<ArgumentNullException>(() => reader.Read((TextReader)null!, report));
        Assert.Throws<ArgumentNullException>(() => reader.Read((Stream)null!, report));
        Assert.Throws<ArgumentNullException>(() => reader.Read(new StringReader(""), null!));
        Assert.Throws<ArgumentNullException>(() => reader.ReadFile(null!, report));
        Assert.Throws<ArgumentException>(() => reader.ReadFile("", report));
        Assert.Throws<ArgumentNullException>(() => reader.ReadAsync((Stream)null!, report));
        Assert.Throws<ArgumentNullException>(() => reader.ReadAsync((TextReader)null!, report));
        Assert.Throws<ArgumentNullException>(() => reader.ReadAsync(new StringReader(""), null!));
    }
}
