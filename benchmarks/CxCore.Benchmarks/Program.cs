using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CxCore.Benchmarks;

/// <summary>Runs CxCore's benchmarks through <see cref="BenchmarkSwitcher"/>.</summary>
/// <remarks>
/// BenchmarkDotNet exits with 0 even when a benchmark fails to build, fails validation or throws, so this entry
/// point inspects every summary itself and returns 1 when anything went wrong or nothing ran.
/// Examples: <c>dotnet run -c Release -- --filter '*'</c> (full measurements, each benchmark in its own generated
/// project). The smoke run of CI sets <c>CXCORE_BENCH_SMOKE=1</c> (or passes <c>--smoke</c>): each benchmark once, at its
/// smallest size, in a dry job run in this process by the in-process emit toolchain, so that no project is generated
/// and built per benchmark and a busy machine cannot fail it on a build timeout.
/// </remarks>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/>.</summary>
    /// <returns>0 when every selected benchmark ran successfully; 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        bool smoke = args.Contains("--smoke") || BenchmarkSizes.Smoke;
        if (smoke)
        {
            Environment.SetEnvironmentVariable(BenchmarkSizes.SmokeVariable, "1");
        }

        string[] switcherArgs = args.Where(a => a != "--smoke").ToArray();
        IConfig? config = smoke
            ? DefaultConfig.Instance.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("SmokeInProcess"))
            : null;
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs, config).ToArray();
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
