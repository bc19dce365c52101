using BenchmarkDotNet.Attributes;
using CxCore.Analysis;
using MathNet.Numerics.LinearAlgebra;

namespace CxCore.Benchmarks.Analysis;

/// <summary>
/// The Shapley (LMG) decomposition of R² for p drivers and 500 rows: the naive code a user would write (a MathNet QR
/// regression on the raw data for every subset, twice per driver and subset) against
/// <see cref="KeyDriverAnalysis"/>.Compute, which computes each subset's R² once from the correlation matrix (all
/// measures, bootstrap off), and the full analysis with a 1000-resample bootstrap.
/// </summary>
[MemoryDiagnoser]
public class KeyDriverBenchmarks
{
    private const int Rows = 500;
    private double[] _outcome = [];
    private double[][] _drivers = [];
    private string[] _names = [];

    /// <summary>The number of drivers.</summary>
    [ParamsSource(nameof(PSizes))]
    public int P { get; set; }

    /// <summary>The sizes of <see cref="P"/> (6, 10); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> PSizes => BenchmarkSizes.Of(6, 10);

    /// <summary>Correlated random drivers and an outcome from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        double[] common = Enumerable.Range(0, Rows).Select(_ => random.NextDouble()).ToArray();
        _drivers = Enumerable.Range(0, P).Select(_ => common.Select(c => c + random.NextDouble()).ToArray()).ToArray();
        _outcome = Enumerable.Range(0, Rows).Select(i => _drivers.Sum(d => d[i]) + (3 * random.NextDouble())).ToArray();
        _names = Enumerable.Range(0, P).Select(j => "d" + j).ToArray();
    }

    /// <summary>Naive Shapley: for each driver and each subset without it, fit both regressions with MathNet QR.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveShapley()
    {
        double total = 0;
        for (int j = 0; j < P; j++)
        {
            for (int mask = 0; mask < 1 << P; mask++)
            {
                if ((mask & (1 << j)) != 0)
                {
                    continue;
                }

                int size = System.Numerics.BitOperations.PopCount((uint)mask);
                double weight = Factorial(size) * Factorial(P - size - 1) / Factorial(P);
                total += weight * (RSquared(mask | (1 << j)) - RSquared(mask));
            }
        }

        return total;
    }

    /// <summary>CxCore without the bootstrap: r, β, relative weights and exact Shapley values.</summary>
    [Benchmark]
    public double KeyDrivers() => KeyDriverAnalysis.Compute(_outcome, _drivers, _names).RSquared;

    /// <summary>CxCore with 1000 bootstrap resamples of the relative weights.</summary>
    [Benchmark]
    public double KeyDriversWithBootstrap() => KeyDriverAnalysis.Compute(_outcome, _drivers, _names, new KeyDriverOptions { BootstrapSamples = 1000 }).RSquared;

    private double RSquared(int mask)
    {
        if (mask == 0)
        {
            return 0;
        }

        int[] members = Enumerable.Range(0, P).Where(j => (mask & (1 << j)) != 0).ToArray();
        Matrix<double> x = Matrix<double>.Build.Dense(Rows, members.Length + 1, (i, c) => c == 0 ? 1 : _drivers[members[c - 1]][i]);
        Vector<double> y = Vector<double>.Build.Dense(_outcome);
        Vector<double> fitted = x * x.QR().Solve(y);
        double mean = _outcome.Average();
        double tss = _outcome.Sum(v => (v - mean) * (v - mean));
        double rss = (y - fitted).Sum(v => v * v);
        return 1 - (rss / tss);
    }

    private static double Factorial(int k) => Enumerable.Range(1, k).Aggregate(1.0, (a, b) => a * b);
}
