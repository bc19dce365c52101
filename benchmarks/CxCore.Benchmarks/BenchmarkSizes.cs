namespace CxCore.Benchmarks;

/// <summary>
/// The input sizes of the parameterised benchmarks. With the environment variable <c>CXCORE_BENCH_SMOKE=1</c> only
/// the smallest size of each benchmark runs: CI uses it (with a dry job run in process, see Program) to check that every benchmark
/// still runs, without spending minutes generating 100 million ratings or 20 million touchpoints.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that turns the smoke mode on.</summary>
    public const string SmokeVariable = "CXCORE_BENCH_SMOKE";

    /// <summary>Whether the smoke mode is on.</summary>
    public static bool Smoke =>
        string.Equals(Environment.GetEnvironmentVariable(SmokeVariable), "1", StringComparison.Ordinal);

    /// <summary>The sizes to run: all of them, or only the smallest in smoke mode.</summary>
    /// <param name="sizes">The sizes, smallest first.</param>
    /// <returns>The sizes to run.</returns>
    public static IEnumerable<int> Of(params int[] sizes) => Smoke ? [sizes.Min()] : sizes;
}
