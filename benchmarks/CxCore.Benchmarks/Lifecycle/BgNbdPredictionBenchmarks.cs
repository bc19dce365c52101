using BenchmarkDotNet.Attributes;
using CxCore.Lifecycle;

namespace CxCore.Benchmarks.Lifecycle;

/// <summary>
/// P(alive) and the expected number of transactions in the next 52 weeks for every customer (see
/// <see cref="LifecycleBenchmarkData"/>; CDNOW-scale parameters). CxCore: the span overloads of
/// <see cref="BgNbdModel.ProbabilityAlive(ReadOnlySpan{int}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/> and
/// <see cref="BgNbdModel.ConditionalExpectedTransactions(double, ReadOnlySpan{int}, ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/>
/// (Euler-transformed series, shared per distinct (x, T)). Baseline: the paper's equations transcribed per customer,
/// with the Gauss hypergeometric series ₂F₁(r + x, b + x; a + b + x − 1; z) summed directly.
/// </summary>
[MemoryDiagnoser]
public class BgNbdPredictionBenchmarks
{
    private const double R = 0.243, Alpha = 4.414, A = 0.793, B = 2.426, Horizon = 52;
    private readonly BgNbdModel _model = BgNbdModel.FromParameters(R, Alpha, A, B);
    private int[] _x = [];
    private double[] _tx = [];
    private double[] _t = [];
    private double[] _alive = [];
    private double[] _expected = [];

    /// <summary>The number of customers: cache-sized and the one-million target.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>10 000 and 1 000 000; only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Of(10_000, 1_000_000);

    /// <summary>Draws the summaries from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_x, _tx, _t) = LifecycleBenchmarkData.Summaries(N, 2005);
        _alive = new double[N];
        _expected = new double[N];
    }

    /// <summary>The paper's formulas per customer with a direct hypergeometric series.</summary>
    [Benchmark(Baseline = true)]
    public double Transcribed()
    {
        double total = 0;
        for (int i = 0; i < _x.Length; i++)
        {
            int x = _x[i];
            double t = _t[i];
            double alive = x == 0 ? 1 : 1 / (1 + (A / (B + x - 1) * Math.Pow((Alpha + t) / (Alpha + _tx[i]), R + x)));
            double z = Horizon / (Alpha + t + Horizon);
            double f = Hypergeometric(R + x, B + x, A + B + x - 1, z);
            double expected = (A + B + x - 1) / (A - 1) * (1 - (Math.Pow((Alpha + t) / (Alpha + t + Horizon), R + x) * f)) * alive;
            _alive[i] = alive;
            _expected[i] = expected;
            total += expected;
        }

        return total;
    }

    /// <summary>CxCore's bulk P(alive) and conditional expectation.</summary>
    [Benchmark]
    public double Bulk()
    {
        _model.ProbabilityAlive(_x, _tx, _t, _alive);
        _model.ConditionalExpectedTransactions(Horizon, _x, _tx, _t, _expected);
        return _expected[^1];
    }

    private static double Hypergeometric(double a, double b, double c, double z)
    {
        double term = 1, sum = 1;
        for (int k = 0; k < 100_000; k++)
        {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.Abs(term) < 1e-15 * Math.Abs(sum))
            {
                break;
            }
        }

        return sum;
    }
}
