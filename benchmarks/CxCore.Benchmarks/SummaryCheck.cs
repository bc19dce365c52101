using BenchmarkDotNet.Reports;

namespace CxCore.Benchmarks;

/// <summary>Finds what went wrong in a set of BenchmarkDotNet summaries.</summary>
public static class SummaryCheck
{
    /// <summary>Lists every failure: no benchmark selected, validation errors, failed builds or runs.</summary>
    public static IReadOnlyList<string> Failures(IReadOnlyCollection<Summary> summaries)
    {
        var failures = new List<string>();
        if (summaries.Count == 0 || summaries.All(s => s.BenchmarksCases.Length == 0))
        {
            failures.Add("no benchmark was selected or run (check --filter)");
        }

        foreach (Summary summary in summaries)
        {
            foreach (var error in summary.ValidationErrors.Where(e => e.IsCritical))
            {
                failures.Add($"{summary.Title}: validation error: {error.Message}");
            }

            foreach (BenchmarkReport report in summary.Reports)
            {
                if (!report.BuildResult.IsBuildSuccess)
                {
                    failures.Add($"{report.BenchmarkCase.DisplayInfo}: build failed: {report.BuildResult.ErrorMessage}");
                }
                else if (!report.Success || report.ExecuteResults.Any(r => !r.IsSuccess))
                {
                    failures.Add($"{report.BenchmarkCase.DisplayInfo}: run failed");
                }
            }

            // A case with no report at all never ran.
            int missing = summary.BenchmarksCases.Length - summary.Reports.Length;
            if (missing > 0)
            {
                failures.Add($"{summary.Title}: {missing} benchmark case(s) produced no report");
            }
        }

        return failures;
    }
}
