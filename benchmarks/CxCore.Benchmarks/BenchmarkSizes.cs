namespace CxCore.Benchmarks;

/// <summary>
/// The input sizes of the parameterised benchmarks. With the environment variable <c>CXCORE_BENCH_SMOKE=1</c> only
/// the smallest size of each benchmark runs: CI uses it (with a dry job run in process, see Program) to check that every benchmark
/// still runs, without spending minutes generating 100 million ratings or 20 million touchpoints. With
/// <c>CXCORE_BENCH_SIZES</c> (comma-separated, e.g. <c>100000000</c>) the given sizes replace those of every selected
/// benchmark: for one-off measurements at a size too slow for the full run (use it with a filter and a short job).
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>The environment variable that turns the smoke mode on.</summary>
    public const string SmokeVariable = "CXCORE_BENCH_SMOKE";

    /// <summary>Whether the smoke mode is on.</summary>
    public static bool Smoke =>
        string.Equals(Environment.GetEnvironmentVariable(SmokeVariable), "1", StringComparison.Ordinal);

    /// <summary>The environment variable whose sizes replace every benchmark's own.</summary>
    public const string SizesVariable = "CXCORE_BENCH_SIZES";

    /// <summary>The sizes to run: those of <see cref="SizesVariable"/> when set, else all of them, or only the smallest in smoke mode.</summary>
    /// <param name="sizes">The sizes, smallest first.</param>
    /// <returns>The sizes to run.</returns>
    /// <exception cref="FormatException"><see cref="SizesVariable"/> holds something other than positive integers.</exception>
    public static IEnumerable<int> Of(params int[] sizes)
    {
        if (Environment.GetEnvironmentVariable(SizesVariable) is { Length: > 0 } given)
        {
            return given.Split(',', StringSplitOptions.TrimEntries).Select(size =>
                int.TryParse(size, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0
                    ? n
                    : throw new FormatException($"{SizesVariable} must list positive integers separated by commas; '{size}' is not one.")).ToArray();
        }

        return Smoke ? [sizes.Min()] : sizes;
    }
}
