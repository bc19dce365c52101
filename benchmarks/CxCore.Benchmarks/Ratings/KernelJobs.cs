using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// Runs the rating kernels twice: on every instruction set this machine has, and with AVX-512 switched off
/// (<c>DOTNET_EnableAVX512=0</c>, the .NET 10 name of the switch; .NET 8's <c>DOTNET_EnableAVX512F</c> no longer has an
/// effect), so that the AVX2 kernel is measured on the same machine in the same run. No jobs in the smoke run, which
/// supplies its own.
/// </summary>
public sealed class KernelJobs : ManualConfig
{
    /// <summary>Adds the two jobs, unless this is the smoke run.</summary>
    public KernelJobs()
    {
        if (BenchmarkSizes.Smoke)
        {
            return;
        }

        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithId("Widest"));
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_EnableAVX512", "0"))
            .WithId("Avx2Only"));
    }
}
