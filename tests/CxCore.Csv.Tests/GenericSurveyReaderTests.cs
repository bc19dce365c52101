using CxCore.Csv.Tests.Support;
using CxCore.Ratings;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Csv.Tests;

/// <summary>Reads Data/generic.csv: a Medallia-like export, UTF-8 without a byte order mark, LF, one header row, UTC times.</summary>
public sealed class GenericSurveyReaderTests
{
    private static GenericSurveyOptions Options()
    {
        var options = new GenericSurveyOptions("response_id", "customer_id", "submitted_at", "score")
        {
            InstrumentColumn = "instrument",
            CommentColumn = "comment",
            TopicsColumn = "topics",
            TouchpointIdColumn = "touchpoint_id",
        };
        options.Instruments.Add("NPS", FeedbackInstrument.Nps);
        options.Instruments.Add("CSAT", FeedbackInstrument.Csat);
        options.Instruments.Add("CES", FeedbackInstrument.Ces);
        options.AttributeColumns.Add("region");
        options.AttributeColumns.Add("plan");
        return options;
    }

    private static (List<ImportedRow> Rows, ImportReport Report) ReadSample(GenericSurveyOptions? options = null) =>
        Samples.ReadAll(new GenericSurveyReader(options ?? Options()), "generic.csv");

    [Fact]
    public void Read_SampleExport_CountsEveryRow()
    {
        var (rows, report) = ReadSample();

        // Data rows on lines 2, 3 (to 4), 5..16: 14; good: M-1, M-2, M-3, M-13; line 15 has three errors; line 17 is empty.
        Assert.Equal(14, report.DataRows);
        Assert.Equal(4, report.AcceptedRows);
        Assert.Equal(10, report.RejectedRows);
        Assert.Equal(12, report.ErrorCount);
        Assert.Equal(1, report.BlankRows);
        Assert.Equal(0, report.UnansweredRatings);
        Assert.Equal(["M-1", "M-2", "M-3", "M-13"], rows.Select(r => r.ResponseId));
        Samples.AssertCountsAddUp(report);
    }

    [Fact]
    public void Read_SampleExport_AcceptedRowsHaveHandComputedValues()
    {
        var (rows, _) = ReadSample();

        Assert.Equal(
            new Feedback("M-1", CustomerId.From("C-1"), Instant.FromUtc(2026, 11, 22, 10, 15, 3), FeedbackInstrument.Nps, 9, comment: "Great app", topics: ["billing", "speed"]),
            Assert.Single(rows[0].Feedback));
        Assert.Equal(new Dictionary<string, string> { ["region"] = "EMEA", ["plan"] = "Pro" }, rows[0].Attributes);

        Assert.Equal(
            new Feedback(
                "M-2",
                CustomerId.From("C-2"),
                Instant.FromUtc(2026, 11, 22, 11, 0, 0).PlusNanoseconds(500_000_000),
                FeedbackInstrument.Csat,
                2,
                touchpointId: "T-77",
                comment: "Slow refund,\nstill waiting",
                topics: ["refund", "support"]),
            Assert.Single(rows[1].Feedback));
        Assert.Equal(new Dictionary<string, string> { ["region"] = "NA" }, rows[1].Attributes);
        Assert.IsNotType<Dictionary<string, string>>(rows[1].Attributes);
        Assert.True(((ICollection<KeyValuePair<string, string>>)rows[1].Attributes).IsReadOnly);
        Assert.True(((ICollection<Feedback>)rows[1].Feedback).IsReadOnly);
        Assert.True(rows[1].Feedback[0].IsTransactional);

        Assert.Equal(5, rows[2].LineNumber);
        Feedback ces = Assert.Single(rows[2].Feedback);
        Assert.Equal((FeedbackInstrument.Ces, 7), (ces.Instrument, ces.Rating));
        Assert.Null(ces.Comment);
        Assert.Empty(ces.Topics);
        Assert.Null(ces.TouchpointId);

        Assert.Equal(16, rows[3].LineNumber);
        Assert.Equal(0, rows[3].Feedback[0].Rating);
    }

    [Theory]
    [InlineData(6, ImportErrorReason.RatingOutOfScale, "score", "-1")]
    [InlineData(7, ImportErrorReason.UnparseableTime, "submitted_at", "22/11/2026")]
    [InlineData(8, ImportErrorReason.UnknownInstrument, "instrument", "Effort")]
    [InlineData(9, ImportErrorReason.MissingRating, "score", "")]
    [InlineData(10, ImportErrorReason.UnparseableRating, "score", "7.0")]
    [InlineData(11, ImportErrorReason.MissingCustomerId, "customer_id", "")]
    [InlineData(12, ImportErrorReason.MissingResponseId, "response_id", " ")]
    [InlineData(13, ImportErrorReason.DuplicateResponseId, "response_id", "M-1")]
    [InlineData(14, ImportErrorReason.UnparseableTime, "submitted_at", "2026-11-22T13:00:00+01:00")]
    public void Read_SampleExport_ReportsEveryBadRow(long line, ImportErrorReason reason, string column, string raw)
    {
        var (_, report) = ReadSample();

        ImportRowError error = Assert.Single(report.Errors, e => e.LineNumber == line);
        Assert.Equal((reason, column, raw), (error.Reason, error.Column, error.RawValue));
    }

    [Fact]
    public void Read_RowWithThreeProblems_ReportsAllThree()
    {
        var (_, report) = ReadSample();

        Assert.Equal(
            [
                (ImportErrorReason.MissingCustomerId, "customer_id", ""),
                (ImportErrorReason.UnparseableTime, "submitted_at", "not-a-time"),
                (ImportErrorReason.RatingOutOfScale, "score", "12"),
            ],
            report.Errors.Where(e => e.LineNumber == 15).Select(e => (e.Reason, e.Column!, e.RawValue!)));
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("10", 10)]
    [InlineData("0", 0)]
    public void Read_FixedInstrument_RatesEveryRowOnIt(string score, int expected)
    {
        string text = "id,customer,at,score\nR1,C1,2026-01-01T00:00:00Z," + score + "\n";
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps };

        var (rows, _) = Samples.ReadText(new GenericSurveyReader(options), text);

        Assert.Equal(expected, Assert.Single(Assert.Single(rows).Feedback).Rating);
    }

    [Theory]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("5.0")]
    [InlineData("1e1")]
    [InlineData("-")]
    [InlineData("1234567890")]
    [InlineData("５")]
    public void Read_RatingThatIsNotAPlainInteger_IsRejectedNotCoerced(string score)
    {
        string text = "id,customer,at,score\nR1,C1,2026-01-01T00:00:00Z,\"" + score + "\"\n";
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps };

        var (rows, report) = Samples.ReadText(new GenericSurveyReader(options), text);

        Assert.Empty(rows);
        ImportRowError error = Assert.Single(report.Errors);
        Assert.Equal((ImportErrorReason.UnparseableRating, score), (error.Reason, error.RawValue));
    }

    [Fact]
    public void Read_CustomScaleAndSemicolons_Reads()
    {
        const string text = "id;customer;at;score\nR1;C1;2026-01-01T00:00:00Z;3\nR2;C2;2026-01-01T00:00:00Z;4\n";
        var instrument = FeedbackInstrument.Custom("Ease", RatingScale.FromRange(1, 3));
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = instrument, Separator = ';' };

        var (rows, report) = Samples.ReadText(new GenericSurveyReader(options), text);

        Assert.Equal(3, Assert.Single(rows).Feedback[0].Rating);
        Assert.Same(instrument, rows[0].Feedback[0].Instrument);
        Assert.Equal(ImportErrorReason.RatingOutOfScale, Assert.Single(report.Errors).Reason);
    }

    [Fact]
    public void Read_OffsetPattern_ConvertsToInstant()
    {
        const string text = "id,customer,at,score\nR1,C1,2026-11-22T13:00:00+01:00,4\n";
        var options = new GenericSurveyOptions("id", "customer", "at", "score")
        {
            Instrument = FeedbackInstrument.Csat,
            TimeFormat = SurveyTimeFormat.FromOffsetPattern(OffsetDateTimePattern.ExtendedIso),
        };

        var (rows, _) = Samples.ReadText(new GenericSurveyReader(options), text);

        Assert.Equal(Instant.FromUtc(2026, 11, 22, 12, 0, 0), Assert.Single(rows).At);
    }

    [Fact]
    public void Read_LocalPatternInZone_ConvertsToInstant()
    {
        // 22.11.2026 14:30 in Europe/Berlin (CET, UTC+1) = 13:30Z.
        const string text = "id,customer,at,score\nR1,C1,22.11.2026 14:30,4\n";
        var options = new GenericSurveyOptions("id", "customer", "at", "score")
        {
            Instrument = FeedbackInstrument.Csat,
            TimeFormat = SurveyTimeFormat.FromLocalPattern(
                LocalDateTimePattern.CreateWithInvariantCulture("dd'.'MM'.'uuuu HH':'mm"),
                DateTimeZoneProviders.Tzdb["Europe/Berlin"]),
        };

        var (rows, _) = Samples.ReadText(new GenericSurveyReader(options), text);

        Assert.Equal(Instant.FromUtc(2026, 11, 22, 13, 30, 0), Assert.Single(rows).At);
    }

    [Fact]
    public void Read_ColumnNotInHeader_ThrowsInvalidData()
    {
        GenericSurveyOptions options = Options();
        options.AttributeColumns.Add("country");

        var ex = Assert.Throws<InvalidDataException>(() => ReadSample(options));

        Assert.Contains("'country'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyInput_ThrowsInvalidData()
    {
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps };

        var ex = Assert.Throws<InvalidDataException>(() => Samples.ReadText(new GenericSurveyReader(options), ""));

        Assert.Contains("0 of the 1 header rows", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_ReadsNothingAndCompletes()
    {
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps };

        var (rows, report) = Samples.ReadText(new GenericSurveyReader(options), "id,customer,at,score\r\n\r\n");

        Assert.Empty(rows);
        Assert.Equal((0L, 0L, 0L, 1L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.BlankRows));
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Read_UnterminatedQuote_IsOneMalformedRow()
    {
        const string text = "id,customer,at,score,comment\nR1,C1,2026-01-01T00:00:00Z,5,ok\nR2,C2,2026-01-01T00:00:00Z,5,\"never closed\nR3,C3,2026-01-01T00:00:00Z,5,ok\n";
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Csat, CommentColumn = "comment" };

        var (rows, report) = Samples.ReadText(new GenericSurveyReader(options), text);

        Assert.Equal("R1", Assert.Single(rows).ResponseId);
        ImportRowError error = Assert.Single(report.Errors);
        Assert.Equal((ImportErrorReason.MalformedRow, 3L), (error.Reason, error.LineNumber));
        Assert.Equal((2L, 1L, 1L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
    }

    [Fact]
    public void Read_UnclosedQuoteInLargeFile_StopsAtMaxRowBytesInsteadOfBufferingTheRest()
    {
        var text = new System.Text.StringBuilder("id,customer,at,score,comment\nR0,C0,2026-01-01T00:00:00Z,5,\"never closed\n");
        for (int i = 1; i <= 20_000; i++)
        {
            text.Append("R").Append(i).Append(",C1,2026-01-01T00:00:00Z,5,fine\n");
        }

        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Csat, CommentColumn = "comment", MaxRowBytes = 4096 };

        var ex = Assert.Throws<InvalidDataException>(() => Samples.ReadText(new GenericSurveyReader(options), text.ToString()));

        Assert.Contains("MaxRowBytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_MaxRowBytesBelow1024_Throws()
    {
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Csat, MaxRowBytes = 1023 };

        Assert.Throws<ArgumentOutOfRangeException>(() => new GenericSurveyReader(options));
    }

    [Fact]
    public void Read_ReportPassedToTwoReads_AddsThemUp()
    {
        var reader = new GenericSurveyReader(Options());
        var report = new ImportReport();

        _ = reader.ReadFile(Samples.Path("generic.csv"), report).Count();
        _ = reader.ReadFile(Samples.Path("generic.csv"), report).Count();

        Assert.Equal((28L, 8L, 20L, 24L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.ErrorCount));
    }

    [Fact]
    public void Read_EnumerationStoppedEarly_ReportIsNotComplete()
    {
        var report = new ImportReport();

        ImportedRow first = new GenericSurveyReader(Options()).ReadFile(Samples.Path("generic.csv"), report).First();

        Assert.Equal("M-1", first.ResponseId);
        Assert.Equal(1, report.DataRows);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Ctor_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new GenericSurveyReader(null!));
        Assert.Throws<ArgumentNullException>(() => new GenericSurveyOptions(null!, "c", "t", "r"));
        Assert.Throws<ArgumentException>(() => new GenericSurveyOptions("i", " ", "t", "r"));
        Assert.Throws<ArgumentException>(() => new GenericSurveyOptions("i", "c", "", "r"));
        Assert.Throws<ArgumentException>(() => new GenericSurveyOptions("i", "c", "t", "\t"));

        // Neither, or both, of Instrument and InstrumentColumn.
        Assert.Throws<ArgumentException>(() => new GenericSurveyReader(new GenericSurveyOptions("i", "c", "t", "r")));
        Assert.Throws<ArgumentException>(() => new GenericSurveyReader(
            new GenericSurveyOptions("i", "c", "t", "r") { Instrument = FeedbackInstrument.Nps, InstrumentColumn = "x" }));

        // An instrument column with no instruments.
        Assert.Throws<ArgumentException>(() => new GenericSurveyReader(new GenericSurveyOptions("i", "c", "t", "r") { InstrumentColumn = "x" }));

        Assert.Throws<ArgumentOutOfRangeException>(() => new GenericSurveyReader(
            new GenericSurveyOptions("i", "c", "t", "r") { Instrument = FeedbackInstrument.Nps, Separator = '"' }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GenericSurveyReader(
            new GenericSurveyOptions("i", "c", "t", "r") { Instrument = FeedbackInstrument.Nps, TopicSeparator = '\n' }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GenericSurveyReader(
            new GenericSurveyOptions("i", "c", "t", "r") { Instrument = FeedbackInstrument.Nps, Separator = '€' }));
        Assert.Throws<ArgumentNullException>(() => new GenericSurveyReader(
            new GenericSurveyOptions("i", "c", "t", "r") { Instrument = FeedbackInstrument.Nps, TimeFormat = null! }));

        var blankAttribute = new GenericSurveyOptions("i", "c", "t", "r") { Instrument = FeedbackInstrument.Nps };
        blankAttribute.AttributeColumns.Add(" ");
        Assert.Throws<ArgumentException>(() => new GenericSurveyReader(blankAttribute));
    }

    [Fact]
    public void Options_Defaults_AreAsDocumented()
    {
        var options = new GenericSurveyOptions("i", "c", "t", "r");

        Assert.Same(SurveyTimeFormat.ExtendedIso, options.TimeFormat);
        Assert.Equal((',', ';'), (options.Separator, options.TopicSeparator));
        Assert.False(options.FailFast);
        Assert.True(options.CheckDuplicateResponseIds);
        Assert.Equal(16 * 1024 * 1024, options.MaxRowBytes);
        Assert.Null(options.Instrument);
        Assert.Null(options.InstrumentColumn);
        Assert.Null(options.CommentColumn);
        Assert.Null(options.TopicsColumn);
        Assert.Null(options.TouchpointIdColumn);
        Assert.Empty(options.AttributeColumns);
        Assert.Empty(options.Instruments);
    }
}
