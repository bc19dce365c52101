namespace CxCore.Csv.Tests;

public sealed class ImportReportTests
{
    [Fact]
    public void Ctor_Default_IsEmptyWithTheDocumentedCap()
    {
        var report = new ImportReport();

        Assert.Equal(1000, report.MaxErrorsKept);
        Assert.Equal(ImportReport.DefaultMaxErrorsKept, report.MaxErrorsKept);
        Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L), (report.Read, report.Accepted, report.Rejected, report.BlankRows, report.UnansweredRatings, report.ErrorCount));
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
