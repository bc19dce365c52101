using BenchmarkDotNet.Attributes;
using CxCore.Simulation;
using NodaTime;

namespace CxCore.Benchmarks.Simulation;

/// <summary>
/// Generating synthetic CX data: the full <see cref="SyntheticCx.Generate"/> (customers, touchpoints, feedback, service
/// cases, journeys and ground truth) against a naive LINQ loop a user might write that only creates touchpoints with
/// random instants, channels and outcomes, sorted per customer (no feedback, no cases, no journeys, no time zones).
/// </summary>
/// <remarks>10 touchpoints per customer on average, so 100,000 customers give about one million touchpoints.</remarks>
[MemoryDiagnoser]
public class SyntheticCxBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>The number of customers: about 10,000 and 1,000,000 touchpoints.</summary>
    [ParamsSource(nameof(CustomersSizes))]
    public int Customers { get; set; }

    /// <summary>The sizes of <see cref="Customers"/> (1_000, 100_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> CustomersSizes => BenchmarkSizes.Of(1_000, 100_000);

    /// <summary>The naive variant: LINQ over customers and touchpoints with <see cref="Random"/>, touchpoints only.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveTouchpointsOnly()
    {
        var random = new Random(42);
        Channel[] channels = [.. Channel.WellKnown];
        Department[] departments = [.. Department.WellKnown];
        var stages = LifecycleModel.Default.Stages;
        List<Touchpoint> touchpoints = Enumerable.Range(0, Customers)
            .SelectMany(c =>
            {
                var customer = CustomerId.From($"C{c:D6}");
                return Enumerable.Range(0, 3 + random.Next(15))
                    .Select(k => new Touchpoint(
                        $"C{c:D6}-T{k:D3}",
                        customer,
                        Start + Duration.FromSeconds(random.Next(365 * 86_400)),
                        channels[random.Next(channels.Length)],
                        stages[random.Next(stages.Count)],
                        departments[random.Next(departments.Length)],
                        random.Next(2) == 0 ? Initiator.Customer : Initiator.Company,
                        random.NextDouble() < 0.1 ? TouchpointOutcome.Failed : TouchpointOutcome.Succeeded))
                    .OrderBy(t => t.At)
                    .ToList();
            })
            .ToList();
        return touchpoints.Count;
    }

    /// <summary>The full generator with default options.</summary>
    [Benchmark]
    public int Generate() => SyntheticCx.Generate(new SyntheticCxOptions { Customers = Customers }).Touchpoints.Count;
}
