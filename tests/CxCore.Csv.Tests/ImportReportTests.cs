namespace CxCore.Csv.Tests;

public sealed class ImportReportTests
{
    [Fact]
    public void Ctor_Default_IsEmptyWithTheDocumentedCap()
    {
        var report = new ImportReport();

        Assert.Equal(1000, report.MaxErrorsKept);
        Assert.Equal(ImportReport.DefaultMaxErrorsKept, report.MaxErrorsKept);
        Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L), (report.DataRows, report.AcceptedRows, report.RejectedRows, report.BlankRows, report.UnansweredRatings, report.ErrorCount));
        Assert.Empty(report.Errors);
        Assert.False(report.ErrorsTruncated);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void Ctor_NegativeCap_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportReport(-1));
    }

    [Fact]
    public void Ctor_ZeroCap_KeepsNoErrorButCountsThem()
    {
        var report = new ImportReport(0);
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps };

        _ = new GenericSurveyReader(options).Read(new StringReader("id,customer,at,score\nR1,C1,x,5\n"), report).ToList();

        Assert.Empty(report.Errors);
        Assert.Equal(1, report.ErrorCount);
        Assert.True(report.ErrorsTruncated);
    }

    [Fact]
    public void RowsAndErrors_AreCountedApart()
    {
        // Line 2 has an unparseable time and a rating off the 0–10 scale (two errors, one row); line 3 is good;
        // line 4 has a missing customer id (one error).
        var report = new ImportReport();
        var options = new GenericSurveyOptions("id", "customer", "at", "score") { Instrument = FeedbackInstrument.Nps };
        const string Text = "id,customer,at,score\nR1,C1,x,15\nR2,C2,2026-01-01T00:00:00Z,9\nR3,,2026-01-01T00:00:00Z,7\n";

        _ = new GenericSurveyReader(options).Read(new StringReader(Text), report).ToList();

        Assert.Equal((3L, 1L, 2L), (report.DataRows, report.AcceptedRows, report.RejectedRows));
        Assert.Equal(3, report.ErrorCount);
        Assert.Equal([2L, 2L, 4L], report.Errors.Select(e => e.LineNumber));
        Assert.Equal(report.RejectedRows, report.Errors.Select(e => e.LineNumber).Distinct().Count());
    }

    [Fact]
    public void Errors_IsReadOnly()
    {
        var report = new ImportReport();

        Assert.False(report.Errors is List<ImportRowError>);
        Assert.True(((ICollection<ImportRowError>)report.Errors).IsReadOnly);
    }

    [Fact]
    public void SurveyImportException_NullError_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new SurveyImportException((ImportRowError)null!));
    }
}
