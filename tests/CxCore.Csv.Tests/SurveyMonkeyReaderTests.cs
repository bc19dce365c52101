using System.Text;
using CxCore.Csv.Tests.Support;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CxCore.Csv.Tests;

/// <summary>
/// Reads Data/surveymonkey.csv: UTF-8 without a byte order mark, CRLF, two header rows; dates without a zone read in
/// America/New_York, which is UTC-5 (EST) after 2026-11-01 02:00 and UTC-4 (EDT) before.
/// </summary>
public sealed class SurveyMonkeyReaderTests
{
    private const string Nps = "How likely is it that you would recommend Acme to a friend or colleague?";
    private const string Csat = "How satisfied are you with Acme?";

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static SurveyMonkeyOptions Options()
    {
        var options = new SurveyMonkeyOptions("Custom Data 1", NewYork) { CommentColumn = "What could we do better?" };
        options.Questions.Add(Nps, FeedbackInstrument.Nps);
        options.Questions.Add(Csat, FeedbackInstrument.Csat);
        options.Attributes.Add("email", "Email Address");
        return options;
    }

    private static (List<ImportedRow> Rows, ImportReport Report) ReadSample(SurveyMonkeyOptions? options = null) =>
        Samples.ReadAll(new SurveyMonkeyReader(options ?? Options()), "surveymonkey.csv");

    [Fact]
    public void Read_SampleExport_CountsEveryRow()
    {
        var (rows, report) = ReadSample();

        // Data rows on lines 3, 4 (to 5), 6..15: 12; good: ...801, ...802, ...803, ...811; line 16 is separators only.
        Assert.Equal(12, report.DataRows);
        Assert.Equal(4, report.AcceptedRows);
        Assert.Equal(8, report.RejectedRows);
        Assert.Equal(8, report.ErrorCount);
        Assert.Equal(1, report.BlankRows);
        Assert.Equal(1, report.UnansweredRatings); // ...803 skipped the CSAT question
        Assert.Equal(4, rows.Count);
        Samples.AssertCountsAddUp(report);
    }

    [Fact]
    public void Read_SampleExport_AcceptedRowsHaveHandComputedValues()
    {
        var (rows, _) = ReadSample();

        ImportedRow first = rows[0];
        Assert.Equal(3, first.LineNumber);
        Assert.Equal("114227592801", first.ResponseId);
        Assert.Equal(Instant.FromUtc(2026, 11, 22, 15, 15, 3), first.At); // 10:15:03 AM EST + 5 h
        Assert.Equal(
            [
                new Feedback("114227592801", CustomerId.From("C-2001"), first.At, FeedbackInstrument.Nps, 10, comment: "Nothing, keep it up"),
                new Feedback("114227592801", CustomerId.From("C-2001"), first.At, FeedbackInstrument.Csat, 5, comment: "Nothing, keep it up"),
            ],
            first.Feedback);
        Assert.Equal(new Dictionary<string, string> { ["email"] = "ann@example.com" }, first.Attributes);

        ImportedRow second = rows[1];
        Assert.Equal(Instant.FromUtc(2026, 11, 22, 18, 5, 0), second.At); // 1:05 PM EST
        Assert.Equal("Lower prices\r\nand faster shipping", second.Feedback[0].Comment);
        Assert.Equal([3, 2], second.Feedback.Select(f => f.Rating));

        ImportedRow third = rows[2];
        Assert.Equal(6, third.LineNumber);
        Assert.Equal(Instant.FromUtc(2026, 7, 4, 13, 0, 0), third.At); // 9:00 AM EDT + 4 h
        Assert.Equal("Très bien", Assert.Single(third.Feedback).Comment);

        ImportedRow last = rows[3];
        Assert.Equal(15, last.LineNumber);
        Assert.Equal(Instant.FromUtc(2027, 1, 1, 4, 59, 59), last.At); // 11:59:59 PM EST on 31 Dec
    }

    [Theory]
    [InlineData(7, ImportErrorReason.AmbiguousLocalTime, "End Date", "11/01/2026 1:30:00 AM")]
    [InlineData(8, ImportErrorReason.UnparseableTime, "End Date", "2026-11-22 10:15:03")]
    [InlineData(9, ImportErrorReason.UnparseableRating, Nps, "Extremely likely")]
    [InlineData(10, ImportErrorReason.MissingCustomerId, "Custom Data 1", "")]
    [InlineData(11, ImportErrorReason.DuplicateResponseId, "Respondent ID", "114227592801")]
    [InlineData(12, ImportErrorReason.RatingOutOfScale, Csat + " / Response", "6")]
    [InlineData(13, ImportErrorReason.FieldCountMismatch, null, null)]
    [InlineData(14, ImportErrorReason.MalformedRow, null, "114227592810,431,11/22/2026 10:10:41 AM,11/22/2026 10:25:00 AM,203.0.113.5,t@example.com,T,Lee,C-2010,9,4,,\"ok\"x")]
    public void Read_SampleExport_ReportsEveryBadRow(long line, ImportErrorReason reason, string? column, string? raw)
    {
        var (_, report) = ReadSample();

        ImportRowError error = Assert.Single(report.Errors, e => e.LineNumber == line);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(column, error.Column);
        Assert.Equal(raw, error.RawValue);
    }

    [Fact]
    public void Read_SampleExport_ErrorsAreInFileOrder()
    {
        var (_, report) = ReadSample();

        Assert.Equal([7L, 8, 9, 10, 11, 12, 13, 14], report.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public void Read_Utf16WithByteOrderMark_ReadsTheSame()
    {
        string text = File.ReadAllText(Samples.Path("surveymonkey.csv"), Encoding.UTF8);
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
        var report = new ImportReport();

        var rows = new SurveyMonkeyReader(Options()).Read(new MemoryStream(utf16), report).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal("Très bien", rows[2].Feedback[0].Comment);
        Assert.Equal((12L, 4L, 8L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_FindsTheFirstHeading()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Samples.Path("surveymonkey.csv"))];

        var rows = new SurveyMonkeyReader(Options()).Read(new MemoryStream(bytes), new ImportReport()).ToList();

        Assert.Equal("114227592801", rows[0].ResponseId);
    }

    [Fact]
    public void Read_TextWithByteOrderMarkBeforeQuotedHeading_FindsTheFirstHeading()
    {
        // A string that kept U+FEFF (read without BOM detection) before the quoted first heading.
        string text = "\uFEFF" + File.ReadAllText(Samples.Path("surveymonkey.csv"), new UTF8Encoding(false));

        var (rows, report) = Samples.ReadText(new SurveyMonkeyReader(Options()), text);

        Assert.Equal("114227592801", rows[0].ResponseId);
        Assert.Equal(12, report.DataRows);
    }

    [Fact]
    public void Read_LenientResolver_TakesTheEarlierOfTwoInstants()
    {
        SurveyMonkeyOptions options = Options();
        options.Resolver = Resolvers.LenientResolver;

        var (rows, _) = ReadSample(options);

        // 1:30 AM on 2026-11-01 in New York: first as EDT (UTC-4) -> 05:30Z.
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30, 0), rows.Single(r => r.ResponseId == "114227592804").At);
    }

    [Fact]
    public void Read_CustomTimePattern_IsUsed()
    {
        const string text =
            "Respondent ID,End Date,Custom Data 1,Q\r\n" +
            ",,,Response\r\n" +
            "1,2026-11-22 10:15:03,C-1,4\r\n";
        var options = new SurveyMonkeyOptions("Custom Data 1", DateTimeZone.Utc)
        {
            TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss"),
        };
        options.Questions.Add("Q", FeedbackInstrument.Csat);

        var (rows, _) = Samples.ReadText(new SurveyMonkeyReader(options), text);

        Assert.Equal(Instant.FromUtc(2026, 11, 22, 10, 15, 3), Assert.Single(rows).At);
    }

    [Fact]
    public void Read_HeadingWithoutResponseColumn_ThrowsInvalidData()
    {
        const string text =
            "Respondent ID,End Date,Custom Data 1,Q,\r\n" +
            ",,,Yes,No\r\n";
        var options = new SurveyMonkeyOptions("Custom Data 1", DateTimeZone.Utc);
        options.Questions.Add("Q", FeedbackInstrument.Csat);

        var ex = Assert.Throws<InvalidDataException>(() => Samples.ReadText(new SurveyMonkeyReader(options), text));

        Assert.Contains("none is labelled 'Response'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadingNotInExport_ThrowsInvalidData()
    {
        SurveyMonkeyOptions options = Options();
        options.Questions.Add("Would you buy again?", FeedbackInstrument.Csat);

        Assert.Throws<InvalidDataException>(() => ReadSample(options));
    }

    [Fact]
    public void Read_HeaderRowsOfDifferentLengths_ThrowsInvalidData()
    {
        const string text = "Respondent ID,End Date,Custom Data 1,Q\r\n,,\r\n";
        var options = new SurveyMonkeyOptions("Custom Data 1", DateTimeZone.Utc);
        options.Questions.Add("Q", FeedbackInstrument.Csat);

        Assert.Throws<InvalidDataException>(() => Samples.ReadText(new SurveyMonkeyReader(options), text));
    }

    [Fact]
    public void Read_MalformedHeader_ThrowsInvalidData()
    {
        const string text = "Respondent ID,\"End\"x,Custom Data 1,Q\r\n,,,Response\r\n1,2,3,4\r\n";
        var options = new SurveyMonkeyOptions("Custom Data 1", DateTimeZone.Utc);
        options.Questions.Add("Q", FeedbackInstrument.Csat);

        Assert.Throws<InvalidDataException>(() => Samples.ReadText(new SurveyMonkeyReader(options), text));
    }

    [Fact]
    public void Ctor_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new SurveyMonkeyReader(null!));
        Assert.Throws<ArgumentNullException>(() => new SurveyMonkeyOptions(null!, NewYork));
        Assert.Throws<ArgumentException>(() => new SurveyMonkeyOptions(" ", NewYork));
        Assert.Throws<ArgumentNullException>(() => new SurveyMonkeyOptions("Custom Data 1", null!));
        Assert.Throws<ArgumentException>(() => new SurveyMonkeyReader(new SurveyMonkeyOptions("Custom Data 1", NewYork)));

        SurveyMonkeyOptions blank = Options();
        blank.ResponseIdColumn = "";
        Assert.Throws<ArgumentException>(() => new SurveyMonkeyReader(blank));

        SurveyMonkeyOptions noPattern = Options();
        noPattern.TimePattern = null!;
        Assert.Throws<ArgumentNullException>(() => new SurveyMonkeyReader(noPattern));
    }
}
