using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CxCore.Benchmarks;

/// <summary>Runs CxCore's benchmarks through <see cref="BenchmarkSwitcher"/>.</summary>
/// <remarks>
/// BenchmarkDotNet exits with 0 even when a benchmark fails to build, fails validation or throws, so this entry
/// point inspects every summary itself and returns 1 when anything went wrong or nothing ran.
/// Examples: <c>dotnet run -c Release -- --filter '*'</c>; in CI, <c>-- --filter '*' --job dry</c>.
/// </remarks>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/>.</summary>
    /// <returns>0 when every selected benchmark ran successfully; 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        if (args.Any(a => a is "--list" or "--help" or "-h" or "--info" or "--version"))
        {
            return 0;
        }

        return SummaryCheck.Failures(summaries) switch
        {
            [] => 0,
            var failures => Report(failures),
        };
    }

    private static int Report(IReadOnlyList<string> failures)
    {
        Console.Error.WriteLine($"Benchmark run FAILED ({failures.Count} problem(s)):");
        foreach (string failure in failures)
        {
            Console.Error.WriteLine("  - " + failure);
        }

        return 1;
    }
}
