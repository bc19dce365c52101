using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// Runs the rating kernels twice: on every instruction set this machine has, and with AVX-512 switched off
/// (<c>DOTNET_EnableAVX512=0</c>, the .NET 10 name of the switch; .NET 8's <c>DOTNET_EnableAVX512F</c> no longer has an
/// effect), so that the AVX2 kernel is measured on the same machine in the same run. No jobs in the smoke run, which
/// supplies its own, nor with <c>CXCORE_BENCH_SAME_PROCESS=1</c>: then the command line's job applies (for example
/// <c>--inProcess</c>, so that every method reads the same buffer in one process; set <c>DOTNET_EnableAVX512=0</c> in the
/// environment of that run for the AVX2 kernel).
/// </summary>
public sealed class KernelJobs : ManualConfig
{
    /// <summary>Adds the two jobs, unless this is the smoke run.</summary>
    public KernelJobs()
    {
        if (BenchmarkSizes.Smoke || Environment.GetEnvironmentVariable("CXCORE_BENCH_SAME_PROCESS") == "1")
        {
            return;
        }

        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Widest"));
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX512", "0"))
            .WithId("Avx2Only"));
    }
}
