using System.Globalization;
using System.Text;
using NodaTime;

namespace CxCore.Csv.Tests;

/// <summary>A mapped column named twice in the header, and how soon a cancelled read stops.</summary>
public sealed class HeaderAndCancellationTests
{
    private static GenericSurveyReader Generic() =>
        new(new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps });

    [Fact]
    public void Read_MappedColumnNamedTwice_ThrowsListingTheColumns()
    {
        // Before, the first 'score' was read and the second silently ignored.
        const string text = "id,customer,score,at,score\nR1,C1,9,2026-11-22T10:15:03Z,3\n";

        var ex = Assert.Throws<InvalidDataException>(() => Generic().Read(new StringReader(text), new ImportReport()).ToList());

        Assert.Contains("2 columns for the rating 'score' (columns 3, 5)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnmappedColumnNamedTwice_IsFine()
    {
        const string text = "id,customer,at,score,note,note\nR1,C1,2026-11-22T10:15:03Z,9,a,b\n";

        Assert.Single(Generic().Read(new StringReader(text), new ImportReport()));
    }

    [Fact]
    public void Read_QualtricsImportIdTwice_ThrowsListingTheColumns()
    {
        var options = new QualtricsOptions();
        options.Questions.Add("QID1", FeedbackInstrument.Nps);
        const string text =
            "RecordedDate,ResponseId,ExternalReference,Q1,Q1b\n" +
            "a,b,c,d,e\n" +
            "\"{\"\"ImportId\"\":\"\"recordedDate\"\",\"\"timeZone\"\":\"\"UTC\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"externalDataReference\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\n" +
            "2026-11-22 10:15:03,R1,C1,9,3\n";

        var ex = Assert.Throws<InvalidDataException>(() => new QualtricsReader(options).Read(new StringReader(text), new ImportReport()).ToList());

        Assert.Contains("2 columns for the question (ImportId) 'QID1' (columns 4, 5)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SurveyMonkeyHeadingInTwoPlaces_ThrowsButASpanningHeadingIsFine()
    {
        var options = new SurveyMonkeyOptions("Custom Data 1", DateTimeZone.Utc);
        options.Questions.Add("Q", FeedbackInstrument.Nps);
        const string spanning =
            "Respondent ID,End Date,Custom Data 1,Q,\n" +
            ",,,Response,Other (please specify)\n" +
            "1,11/22/2026 10:15:03 AM,C1,9,\n";
        const string twice =
            "Respondent ID,End Date,Custom Data 1,Q,Other,Q\n" +
            ",,,Response,Response,Response\n" +
            "1,11/22/2026 10:15:03 AM,C1,9,1,3\n";

        Assert.Single(new SurveyMonkeyReader(options).Read(new StringReader(spanning), new ImportReport()));
        var ex = Assert.Throws<InvalidDataException>(() => new SurveyMonkeyReader(options).Read(new StringReader(twice), new ImportReport()).ToList());
        Assert.Contains("2 columns for the question 'Q' (columns 4, 6)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CancelledMidRead_HandsOutNoFurtherRow()
    {
        // 20,000 short rows fit in a few buffers: before, CsvHelper handed out the rest of its buffer (about 1,800 rows)
        // before it looked at the token again.
        var text = new StringBuilder("id,customer,at,score\n");
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"R{i},C{i},2026-11-22T10:15:03Z,{i % 11}\n");
        }

        using var cancellation = new CancellationTokenSource();
        var report = new ImportReport();
        int afterCancel = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ImportedRow row in Generic().ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), report, cancellation.Token))
            {
                if (cancellation.IsCancellationRequested)
                {
                    afterCancel++;
                }
                else if (row.LineNumber == 100)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(0, afterCancel);
        Assert.Equal(99, report.AcceptedRows);
        Assert.False(report.IsComplete);
        Assert.Equal(report.DataRows, report.AcceptedRows + report.RejectedRows);
    }
}
