using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CxCore.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Benchmarks.Serialization;

/// <summary>
/// A list of touchpoints to JSON text and back: CxJson (source-generated context and hand-written converters) against
/// what a user would write without it — map each touchpoint to a string DTO with LINQ and let reflection-based
/// System.Text.Json do the rest, then parse the strings back and call the constructor.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CxJsonBenchmarks
{
    private static readonly JsonSerializerOptions Reflection = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private IReadOnlyList<Touchpoint> _touchpoints = [];
    private string _cxJson = string.Empty;
    private string _dtoJson = string.Empty;

    /// <summary>The number of touchpoints in the list.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (1_000, 100_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(1_000, 100_000);

    /// <summary>Touchpoints with random instants, stages and optional fields, from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var list = new List<Touchpoint>(N);
        Instant start = Instant.FromUtc(2024, 1, 1, 0, 0);
        for (int i = 0; i < N; i++)
        {
            list.Add(new Touchpoint(
                $"T-{i}",
                CustomerId.From($"C-{random.Next(10_000)}"),
                start + Duration.FromNanoseconds(random.NextInt64(0, 365L * 86_400 * 1_000_000_000)),
                Channel.WellKnown[random.Next(Channel.WellKnown.Count)],
                LifecycleModel.Default.Stages[random.Next(8)],
                Department.WellKnown[random.Next(Department.WellKnown.Count)],
                (Initiator)random.Next(2),
                (TouchpointOutcome)random.Next(4),
                random.Next(2) == 0 ? null : Duration.FromSeconds(random.Next(3_600)),
                random.Next(2) == 0 ? null : Duration.FromSeconds(random.Next(600)),
                random.Next(3) == 0 ? "billing error" : null,
                random.Next(4) == 0 ? new Dictionary<string, string> { ["queue"] = "tier1" } : null));
        }

        _touchpoints = list;
        _cxJson = CxJson.Serialize(_touchpoints);
        _dtoJson = NaiveSerialize();
    }

    /// <summary>The naive writer: LINQ to string DTOs, then reflection-based JsonSerializer.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Serialize")]
    public string NaiveSerialize() => JsonSerializer.Serialize(
        _touchpoints.Select(t => new TouchpointDto(
            t.Id, t.Customer.Value, InstantPattern.ExtendedIso.Format(t.At), t.Channel.Name, t.Stage.Name, t.Stage.Model.Name,
            t.Department.Name, t.Initiator.ToString(), t.Outcome.ToString(),
            t.HandleTime is { } h ? DurationPattern.JsonRoundtrip.Format(h) : null,
            t.WaitTime is { } w ? DurationPattern.JsonRoundtrip.Format(w) : null,
            t.Topic, t.Attributes.Count == 0 ? null : t.Attributes.ToDictionary())).ToList(),
        Reflection);

    /// <summary>CxJson.Serialize over the source-generated context.</summary>
    [Benchmark, BenchmarkCategory("Serialize")]
    public string CxJsonSerialize() => CxJson.Serialize(_touchpoints);

    /// <summary>The naive reader: reflection-based JsonSerializer to string DTOs, then LINQ back to touchpoints.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Deserialize")]
    public int NaiveDeserialize() => JsonSerializer.Deserialize<List<TouchpointDto>>(_dtoJson, Reflection)!
        .Select(d => new Touchpoint(
            d.Id, CustomerId.From(d.Customer), InstantPattern.ExtendedIso.Parse(d.At).Value, Channel.From(d.Channel),
            LifecycleModel.Default.GetStage(d.Stage), Department.From(d.Department), Enum.Parse<Initiator>(d.Initiator),
            Enum.Parse<TouchpointOutcome>(d.Outcome),
            d.HandleTime is null ? null : DurationPattern.JsonRoundtrip.Parse(d.HandleTime).Value,
            d.WaitTime is null ? null : DurationPattern.JsonRoundtrip.Parse(d.WaitTime).Value,
            d.Topic, d.Attributes))
        .Count();

    /// <summary>CxJson.Deserialize with path tracking and model validation.</summary>
    [Benchmark, BenchmarkCategory("Deserialize")]
    public int CxJsonDeserialize() => CxJson.Deserialize<IReadOnlyList<Touchpoint>>(_cxJson)!.Count;

    /// <summary>The flat string record a user would define to serialise touchpoints by reflection.</summary>
    public sealed record TouchpointDto(
        string Id, string Customer, string At, string Channel, string Stage, string Model, string Department, string Initiator,
        string Outcome, string? HandleTime, string? WaitTime, string? Topic, Dictionary<string, string>? Attributes);
}
