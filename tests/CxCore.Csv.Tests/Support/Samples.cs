using CxCore.Csv;

namespace CxCore.Csv.Tests.Support;

/// <summary>The sample exports in Data/ and helpers to read them.</summary>
internal static class Samples
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static (List<ImportedRow> Rows, ImportReport Report) ReadAll(SurveyReader reader, string name, int maxErrorsKept = ImportReport.DefaultMaxErrorsKept)
    {
        var report = new ImportReport(maxErrorsKept);
        var rows = reader.ReadFile(Path(name), report).ToList();
        return (rows, report);
    }

    public static (List<ImportedRow> Rows, ImportReport Report) ReadText(SurveyReader reader, string text)
    {
        var report = new ImportReport();
        var rows = reader.Read(new StringReader(text), report).ToList();
        return (rows, report);
    }

    /// <summary>The invariant every read keeps.</summary>
    public static void AssertCountsAddUp(ImportReport report)
    {
        Assert.Equal(report.DataRows, report.AcceptedRows + report.RejectedRows);
    }
}
