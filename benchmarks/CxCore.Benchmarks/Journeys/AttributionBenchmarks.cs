using BenchmarkDotNet.Attributes;
using CxCore.Journeys;
using MathNet.Numerics.LinearAlgebra;

namespace CxCore.Benchmarks.Journeys;

/// <summary>
/// First-order Markov attribution of one-journey paths over 20 channels (lengths 1–39, about 20 steps on average):
/// the LINQ and Dictionary&lt;string, …&gt; code a user would write and solve with MathNet (baseline), CxCore from raw
/// paths (interning included), CxCore from an already interned <see cref="PathCollection"/>, the interning alone, and
/// order 2 for scale.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private const string Start = "(start)", Conversion = "(conversion)", Null = "(null)";
    private ConversionPath[] _paths = [];
    private PathCollection _collection = PathCollection.From([]);

    /// <summary>The number of paths (each one journey): cache-sized and memory-sized.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (10_000, 1_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(10_000, 1_000_000);

    /// <summary>Seeded random paths; channels later in the list convert more often when they come last.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260601);
        string[] channels = [.. Enumerable.Range(1, 20).Select(i => "channel-" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];
        _paths = new ConversionPath[N];
        for (int p = 0; p < N; p++)
        {
            var steps = new string[random.Next(1, 40)];
            for (int i = 0; i < steps.Length; i++)
            {
                steps[i] = channels[random.Next(channels.Length)];
            }

            double conversionChance = 0.02 + (0.01 * Array.IndexOf(channels, steps[^1]));
            _paths[p] = ConversionPath.Single(steps, random.NextDouble() < conversionChance);
        }

        _collection = PathCollection.From(_paths);
    }

    /// <summary>The naive code: transitions as string tuples grouped with LINQ, probabilities in dictionaries, one MathNet solve per channel.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveLinq()
    {
        var counts = _paths
            .SelectMany(p => new[] { Start }.Concat(p.Steps)
                .Zip(p.Steps.Append(p.Conversions > 0 ? Conversion : Null), (from, to) => (From: from, To: to)))
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => (double)g.LongCount());
        var rowTotals = counts.GroupBy(c => c.Key.From).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var channels = counts.Keys.Select(k => k.From).Where(s => s != Start).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        var transient = new List<string> { Start };
        transient.AddRange(channels);

        double ConversionProbability(string? removed)
        {
            var q = Matrix<double>.Build.Dense(transient.Count, transient.Count);
            var r = Vector<double>.Build.Dense(transient.Count);
            for (int i = 0; i < transient.Count; i++)
            {
                q[i, i] = 1;
                if (transient[i] == removed)
                {
                    continue;
                }

                for (int j = 0; j < transient.Count; j++)
                {
                    if (transient[j] != removed && counts.TryGetValue((transient[i], transient[j]), out double c))
                    {
                        q[i, j] -= c / rowTotals[transient[i]];
                    }
                }

                r[i] = counts.TryGetValue((transient[i], Conversion), out double conv) ? conv / rowTotals[transient[i]] : 0;
            }

            return q.Solve(r)[0];
        }

        double total = ConversionProbability(null);
        var effects = channels.ToDictionary(c => c, c => 1 - (ConversionProbability(c) / total));
        double sum = effects.Values.Sum();
        return effects[channels[0]] / sum;
    }

    /// <summary>CxCore from the raw paths: interning plus the exact order-1 model.</summary>
    [Benchmark]
    public double Markov() => MarkovAttribution.Compute(_paths).Channels[0].Share;

    /// <summary>CxCore from paths interned once beforehand (the cost of the model alone).</summary>
    [Benchmark]
    public double MarkovInterned() => MarkovAttribution.Compute(_collection).Channels[0].Share;

    /// <summary>Interning the step names alone.</summary>
    [Benchmark]
    public int Intern() => PathCollection.From(_paths).StepNames.Count;

    /// <summary>CxCore's order-2 model from interned paths (420 states, iterative solver).</summary>
    [Benchmark]
    public double MarkovOrder2Interned() => MarkovAttribution.Compute(_collection, 2).Channels[0].Share;
}
