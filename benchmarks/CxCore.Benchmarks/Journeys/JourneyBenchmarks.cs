using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CxCore.Journeys;
using NodaTime;

namespace CxCore.Benchmarks.Journeys;

/// <summary>
/// Building and scoring journeys from an unordered stream of about 20 touchpoints per journey (one journey per
/// customer, 10 % of touchpoints rated). Category BuildAndScore: the naive LINQ a user would write (GroupBy customer,
/// OrderBy instant, Journey.Create, Score) against JourneyBuilder + the allocation-free ScoreValue. Category Score:
/// scoring prebuilt journeys with the full Score (contributions and pain points) against ScoreValue and the journey map
/// (which scores every journey fully, then aggregates).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class JourneyBenchmarks
{
    private static readonly Channel[] Channels = [Channel.Website, Channel.Phone, Channel.Email, Channel.Chat, Channel.MobileApp];
    private static readonly Department[] Departments = [Department.Marketing, Department.Sales, Department.Product, Department.CustomerService, Department.Billing];
    private static readonly string[] Topics = ["billing", "login", "delivery", "setup"];

    private readonly JourneyBuilder _builder = new();
    private readonly JourneyScorer _scorer = new();
    private Touchpoint[] _touchpoints = [];
    private Feedback[] _feedback = [];
    private Journey[] _journeys = [];

    /// <summary>
    /// The number of journeys (customers); about 20 touchpoints each. 100 000 (2 million touchpoints) and 1 000 000
    /// (20 million); set CXCORE_JOURNEYS (for example to 100000) to run one size only.
    /// </summary>
    [ParamsSource(nameof(JourneyCounts))]
    public int Journeys { get; set; }

    /// <summary>The sizes to run: CXCORE_JOURNEYS when set, else 100 000 and 1 000 000 (1 000 with CXCORE_BENCH_SMOKE=1).</summary>
    public static IEnumerable<int> JourneyCounts =>
        int.TryParse(Environment.GetEnvironmentVariable("CXCORE_JOURNEYS"), System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? [n]
            : BenchmarkSizes.Smoke ? [1_000] : [100_000, 1_000_000];

    /// <summary>The total number of touchpoints (for touchpoints/second).</summary>
    public int TouchpointCount => _touchpoints.Length;

    /// <summary>Generates the shuffled input from a fixed seed and prebuilds the journeys for the Score category.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251129);
        var points = new List<Touchpoint>(Journeys * 20);
        var answers = new List<Feedback>(Journeys * 2);
        Instant origin = Instant.FromUtc(2025, 1, 1, 0, 0);
        IReadOnlyList<LifecycleStage> stages = LifecycleModel.Default.Stages;
        for (int c = 0; c < Journeys; c++)
        {
            var customer = CustomerId.From("c" + c.ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
            int n = random.Next(15, 26);
            Instant at = origin + Duration.FromMinutes(random.Next(0, 60 * 24 * 300));
            int stage = 0;
            for (int i = 0; i < n; i++)
            {
                at += Duration.FromMinutes(random.Next(5, 60 * 24));
                if (random.Next(4) == 0 && stage < stages.Count - 1)
                {
                    stage++;
                }

                var initiator = random.Next(2) == 0 ? Initiator.Customer : Initiator.Company;
                string id = customer.Value + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                points.Add(new Touchpoint(
                    id, customer, at, Channels[random.Next(Channels.Length)], stages[stage], Departments[random.Next(Departments.Length)],
                    initiator, (TouchpointOutcome)random.Next(4),
                    waitTime: random.Next(3) == 0 ? Duration.FromSeconds(random.Next(0, 900)) : null,
                    topic: initiator == Initiator.Customer ? Topics[random.Next(Topics.Length)] : null));
                if (random.Next(10) == 0)
                {
                    answers.Add(new Feedback(id + "-f", customer, at + Duration.FromHours(1), FeedbackInstrument.Csat, random.Next(1, 6), id));
                }
            }
        }

        _touchpoints = [.. points];
        _feedback = [.. answers];
        random.Shuffle(_touchpoints);
        random.Shuffle(_feedback);
        _journeys = [.. _builder.Build(_touchpoints, _feedback).Journeys];
        Console.WriteLine($"// {Journeys} journeys, {_touchpoints.Length} touchpoints, {_feedback.Length} feedback");
    }

    /// <summary>The naive pipeline: GroupBy customer, OrderBy instant, one journey per customer, full Score.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("BuildAndScore")]
    public double NaiveLinqBuildAndScore()
    {
        ILookup<CustomerId, Feedback> feedback = _feedback.ToLookup(f => f.Customer);
        return _touchpoints
            .GroupBy(t => t.Customer)
            .Select(g => Journey.Create(g.Key, g.OrderBy(t => t.At).ThenBy(t => t.Id, StringComparer.Ordinal), feedback[g.Key]))
            .Select(j => _scorer.Score(j).Value)
            .Sum();
    }

    /// <summary>JourneyBuilder (dedup, sessionising, feedback placement, issues) then the allocation-free ScoreValue.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark]
    [BenchmarkCategory("BuildAndScore")]
    public double BuilderAndScoreValue()
    {
        double sum = 0;
        foreach (Journey journey in _builder.Build(_touchpoints, _feedback).Journeys)
        {
            sum += _scorer.ScoreValue(journey);
        }

        return sum;
    }

    /// <summary>The full score of every prebuilt journey: contributions and pain points allocated.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Score")]
    public double FullScore()
    {
        double sum = 0;
        foreach (Journey journey in _journeys)
        {
            sum += _scorer.Score(journey).Value;
        }

        return sum;
    }

    /// <summary>
    /// The journey map of every prebuilt journey: full scores, then stage × channel and stage × department cells with the
    /// linked ratings (through the scorer's feedback links), pain points and departments.
    /// </summary>
    /// <returns>The number of touchpoints mapped.</returns>
    [Benchmark]
    [BenchmarkCategory("Score")]
    public long Map() => JourneyMap.Build(_journeys, _scorer).TouchpointCount;

    /// <summary>Only the value of every prebuilt journey: no allocation.</summary>
    /// <returns>The sum of the scores.</returns>
    [Benchmark]
    [BenchmarkCategory("Score")]
    public double ScoreValue()
    {
        double sum = 0;
        foreach (Journey journey in _journeys)
        {
            sum += _scorer.ScoreValue(journey);
        }

        return sum;
    }
}
