using BenchmarkDotNet.Attributes;
using CxCore.Lifecycle;
using MathNet.Numerics;

namespace CxCore.Benchmarks.Lifecycle;

/// <summary>
/// Fitting the BG/NBD model by maximum likelihood to customers observed in whole days (see
/// <see cref="LifecycleBenchmarkData"/>). CxCore: <see cref="BgNbdModel.Fit(ReadOnlySpan{int}, ReadOnlySpan{double}, ReadOnlySpan{double})"/>,
/// which groups equal (x, tₓ, T) triples and evaluates the x-only terms once per distinct x. Baseline: the likelihood
/// written per customer, as the papers and the Python and R packages state it (log-gamma and log-beta per customer on
/// every evaluation), minimised by the same optimiser with the same analytic gradient, so the ratio is the gain from
/// grouping alone.
/// </summary>
[MemoryDiagnoser]
public class BgNbdFitBenchmarks
{
    private int[] _x = [];
    private double[] _tx = [];
    private double[] _t = [];

    /// <summary>
    /// The number of customers: cache-sized and the one-million target. The per-customer baseline takes minutes per
    /// call at a million, so CXCORE_BGNBD_CUSTOMERS (for example 10000) runs one size only.
    /// </summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>CXCORE_BGNBD_CUSTOMERS when set, else 10 000 and 1 000 000; only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> Sizes =>
        int.TryParse(Environment.GetEnvironmentVariable("CXCORE_BGNBD_CUSTOMERS"), System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? [n]
            : BenchmarkSizes.Of(10_000, 1_000_000);

    /// <summary>Draws the summaries from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup() => (_x, _tx, _t) = LifecycleBenchmarkData.Summaries(N, 2005);

    /// <summary>The per-customer likelihood, minimised by the same optimiser.</summary>
    [Benchmark(Baseline = true)]
    public double PerCustomerLikelihood()
    {
        int[] x = _x;
        double[] tx = _tx, t = _t;
        double Objective(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
            double sum = 0, gr = 0, gal = 0, ga = 0, gb = 0;
            for (int i = 0; i < x.Length; i++)
            {
                int xi = x[i];
                double lnA = SpecialFunctions.GammaLn(r + xi) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha))
                    + SpecialFunctions.BetaLn(a, b + xi) - SpecialFunctions.BetaLn(a, b) - ((r + xi) * Math.Log(alpha + t[i]));
                double dr = SpecialFunctions.DiGamma(r + xi) - SpecialFunctions.DiGamma(r) + Math.Log(alpha) - Math.Log(alpha + t[i]);
                double dal = (r / alpha) - ((r + xi) / (alpha + t[i]));
                double da = SpecialFunctions.DiGamma(a + b) - SpecialFunctions.DiGamma(a + b + xi);
                double db = SpecialFunctions.DiGamma(b + xi) - SpecialFunctions.DiGamma(b) + da;
                if (xi > 0)
                {
                    double lnD = lnA - Math.Log(b + xi - 1) + Math.Log(a) + ((r + xi) * (Math.Log(alpha + t[i]) - Math.Log(alpha + tx[i])));
                    double m = Math.Max(lnA, lnD), w = Math.Exp(lnD - m) / (Math.Exp(lnA - m) + Math.Exp(lnD - m));
                    sum += m + Math.Log(Math.Exp(lnA - m) + Math.Exp(lnD - m));
                    dr += w * (Math.Log(alpha + t[i]) - Math.Log(alpha + tx[i]));
                    dal += w * (r + xi) * ((1 / (alpha + t[i])) - (1 / (alpha + tx[i])));
                    da += w / a;
                    db -= w / (b + xi - 1);
                }
                else
                {
                    sum += lnA;
                }

                gr += dr;
                gal += dal;
                ga += da;
                gb += db;
            }

            double scale = -1.0 / x.Length;
            gradient[0] = scale * gr * r;
            gradient[1] = scale * gal * alpha;
            gradient[2] = scale * ga * a;
            gradient[3] = scale * gb * b;
            return scale * sum;
        }

        double alpha0 = Math.Log(_t.Average() * _x.Length / Math.Max(1, _x.Sum()));
        return Optimizer.Minimize(Objective, [0, alpha0, 0, 0]).Point[0];
    }

    /// <summary>CxCore's grouped fit (with standard errors and diagnostics).</summary>
    [Benchmark]
    public double Fit() => BgNbdModel.Fit(_x, _tx, _t).R;
}
