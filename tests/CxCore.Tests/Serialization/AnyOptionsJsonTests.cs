using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Simulation;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace CxCore.Tests.Serialization;

/// <summary>An app's own source-generated context that knows CxCore types only through their attached converter.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NetPromoterScore))]
[JsonSerializable(typeof(ConfidenceInterval))]
[JsonSerializable(typeof(RatingCounts))]
[JsonSerializable(typeof(WeightedRatingCounts))]
[JsonSerializable(typeof(SatisfactionScore))]
[JsonSerializable(typeof(EffortScore))]
[JsonSerializable(typeof(ScoreComparison))]
[JsonSerializable(typeof(TrendResult))]
[JsonSerializable(typeof(Touchpoint))]
[JsonSerializable(typeof(JourneyMap))]
[JsonSerializable(typeof(ResultTable))]
[JsonSerializable(typeof(ChartSpec))]
[JsonSerializable(typeof(StoredScore))]
internal sealed partial class AppJsonContext : JsonSerializerContext;

/// <summary>An app's record holding CxCore values.</summary>
internal sealed record StoredScore(string Survey, Instant SavedAt, NetPromoterScore Nps, ConfidenceInterval Interval);

/// <summary>
/// Every way an app sets up System.Text.Json gives the same, complete JSON for CxCore values, and reads it back.
/// </summary>
public sealed class AnyOptionsJsonTests
{
    private static readonly (string Name, JsonSerializerOptions Options)[] Setups =
    [
        ("default options", new JsonSerializerOptions()),
        ("Web defaults", new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        ("Web defaults with NodaTime", new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)),
        ("source-generated context", AppJsonContext.Default.Options),
        ("CxJson.Options", CxJson.Options),
    ];

    // 10 ratings: 2 detractors (2, 6), 2 passives (7, 8), 6 promoters (three 9s, three 10s).
    private static RatingCounts NpsCounts() => RatingCounts.FromCounts(RatingScale.Nps, [0, 0, 1, 0, 0, 0, 1, 1, 1, 3, 3]);

    private static string SameTextEverywhere<T>(T value)
    {
        string expected = CxJson.Serialize(value);
        foreach ((string name, JsonSerializerOptions options) in Setups)
        {
            string json = options == AppJsonContext.Default.Options
                ? JsonSerializer.Serialize(value, (JsonTypeInfo<T>)AppJsonContext.Default.GetTypeInfo(typeof(T))!)
                : JsonSerializer.Serialize(value, options);
            Assert.True(expected == json, $"{name} wrote\n{json}\nbut CxJson wrote\n{expected}");
            Assert.DoesNotContain("{}", json, StringComparison.Ordinal);
        }

        return expected;
    }

    private static List<T> ReadEverywhere<T>(string json)
    {
        var values = new List<T>();
        foreach ((string _, JsonSerializerOptions options) in Setups)
        {
            T? value = options == AppJsonContext.Default.Options
                ? JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)AppJsonContext.Default.GetTypeInfo(typeof(T))!)
                : JsonSerializer.Deserialize<T>(json, options);
            Assert.NotNull(value);
            values.Add(value);
        }

        return values;
    }

    [Fact]
    public void Nps_WithInterval_RoundTripsUnderEveryOptions()
    {
        // 6 promoters (9, 10), 2 passives (7, 8), 2 detractors (0–6) of 10: NPS = 100 · (6 − 2) / 10 = 40.
        NetPromoterScore nps = NetPromoterScore.FromCounts(NpsCounts());
        Assert.Equal(40, nps.Value, 12);
        ConfidenceInterval interval = nps.Interval();
        string npsJson = SameTextEverywhere(nps);
        Assert.Equal("""{"detractors":2,"passives":2,"promoters":6,"value":40}""", npsJson);
        string intervalJson = SameTextEverywhere(interval);
        foreach (NetPromoterScore back in ReadEverywhere<NetPromoterScore>(npsJson))
        {
            Assert.Equal(nps, back);
            Assert.Equal(40, back.Value, 12);
            Assert.False(back.IsEmpty);
        }

        foreach (ConfidenceInterval back in ReadEverywhere<ConfidenceInterval>(intervalJson))
        {
            Assert.Equal(interval, back);
        }
    }

    [Fact]
    public void RatingCounts_KeepsEveryCount_UnderEveryOptions()
    {
        RatingCounts counts = NpsCounts();
        string json = SameTextEverywhere(counts);
        Assert.Equal(
            """{"scale":{"min":0,"max":10},"counts":{"0":0,"1":0,"2":1,"3":0,"4":0,"5":0,"6":1,"7":1,"8":1,"9":3,"10":3},"total":10}""",
            json);
        Assert.All(ReadEverywhere<RatingCounts>(json), back => Assert.Equal(counts, back));
    }

    [Fact]
    public void EmptyScores_AreWrittenWithNull_AndReadBackEmpty()
    {
        NetPromoterScore empty = NetPromoterScore.FromCounts(RatingCounts.Empty(RatingScale.Nps));
        string json = SameTextEverywhere(empty);
        Assert.Equal("""{"detractors":0,"passives":0,"promoters":0,"value":null}""", json);
        Assert.All(ReadEverywhere<NetPromoterScore>(json), back => Assert.True(back.IsEmpty && back == empty));

        ConfidenceInterval undefined = empty.Interval();
        string intervalJson = SameTextEverywhere(undefined);
        Assert.Equal("""{"lower":null,"upper":null,"level":0.95}""", intervalJson);
        Assert.All(ReadEverywhere<ConfidenceInterval>(intervalJson), back => Assert.Equal(undefined, back));

        SatisfactionScore csat = SatisfactionScore.FromCounts(RatingCounts.Empty(RatingScale.FivePoint));
        Assert.All(ReadEverywhere<SatisfactionScore>(SameTextEverywhere(csat)), back => Assert.Equal(csat, back));
        EffortScore ces = EffortScore.FromCounts(RatingCounts.Empty(RatingScale.SevenPoint));
        Assert.All(ReadEverywhere<EffortScore>(SameTextEverywhere(ces)), back => Assert.Equal(ces, back));
        Assert.All(ReadEverywhere<EffortScore>(SameTextEverywhere(default(EffortScore))), back => Assert.Equal(default, back));
    }

    [Fact]
    public void Scores_AndComparisons_RoundTripUnderEveryOptions()
    {
        RatingCounts five = RatingCounts.FromCounts(RatingScale.FivePoint, [1, 2, 3, 4, 5]);
        RatingCounts seven = RatingCounts.FromCounts(RatingScale.SevenPoint, [1, 0, 2, 3, 5, 8, 13]);
        WeightedRatingCounts weighted = WeightedRatingCounts.FromRatings(RatingScale.FivePoint, [1, 4, 5, 5], [0.5, 2, 1.25, 1]);
        Assert.All(ReadEverywhere<WeightedRatingCounts>(SameTextEverywhere(weighted)), back => Assert.Equal(weighted, back));
        SatisfactionScore csat = SatisfactionScore.FromCounts(weighted);
        Assert.All(ReadEverywhere<SatisfactionScore>(SameTextEverywhere(csat)), back => Assert.Equal(csat, back));
        EffortScore ces = EffortScore.FromCounts(seven);
        Assert.All(ReadEverywhere<EffortScore>(SameTextEverywhere(ces)), back => Assert.Equal(ces, back));

        // A CSAT comparison has infinite degrees of freedom (a z test): written as "Infinity".
        ScoreComparison change = SatisfactionScore.Compare(SatisfactionScore.FromCounts(five), csat);
        string json = SameTextEverywhere(change);
        Assert.Contains("\"degreesOfFreedom\":\"Infinity\"", json, StringComparison.Ordinal);
        Assert.All(ReadEverywhere<ScoreComparison>(json), back => Assert.Equal(change, back));
    }

    [Fact]
    public void Trend_RoundTripsUnderEveryOptions()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 3, Customers = 80 });
        TrendResult trend = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, DateTimeZoneProviders.Tzdb["Europe/Paris"], data.Start, data.End);
        string json = SameTextEverywhere(trend);
        Assert.Contains("\"zone\":\"Europe/Paris\"", json, StringComparison.Ordinal);
        foreach (TrendResult back in ReadEverywhere<TrendResult>(json))
        {
            Assert.Equal(json, CxJson.Serialize(back));
            Assert.Equal(trend.Points.Count, back.Points.Count);
            Assert.Equal(trend.Points.Select(p => p.Value), back.Points.Select(p => p.Value));
        }

        TrendResult rolling = trend.Rolling(2);
        Assert.All(ReadEverywhere<TrendResult>(SameTextEverywhere(rolling)), back => Assert.Equal(2, back.WindowPeriods));
        ResultTable table = trend.ToTable();
        string tableJson = SameTextEverywhere(table);
        Assert.All(ReadEverywhere<ResultTable>(tableJson), back => Assert.Equal(table.ToCsv(), back.ToCsv()));
    }

    [Fact]
    public void TrendRows_SerializeWithCxJsonOptions()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 3, Customers = 40 });
        TrendResult trend = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, DateTimeZone.Utc, data.Start, data.End);
        string json = JsonSerializer.Serialize(trend.ToRows(), CxJson.Options);
        Assert.StartsWith("[{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Touchpoint_AndJourneyMap_RoundTripUnderEveryOptions()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 5, Customers = 60 });
        Touchpoint touchpoint = data.Touchpoints[0];
        Assert.All(ReadEverywhere<Touchpoint>(SameTextEverywhere(touchpoint)), back => Assert.Equal(touchpoint, back));

        JourneyMap map = JourneyMap.Build(data.Journeys, new JourneyScorer());
        Assert.NotEmpty(map.StageChannelCells);
        string json = SameTextEverywhere(map);
        foreach (JourneyMap back in ReadEverywhere<JourneyMap>(json))
        {
            Assert.Equal(json, CxJson.Serialize(back));
            Assert.Equal(map.JourneyCount, back.JourneyCount);
            Assert.Equal(map.StageChannelCells.Select(c => c.Nps), back.StageChannelCells.Select(c => c.Nps));
        }
    }

    [Fact]
    public void Chart_RoundTripsUnderEveryOptions()
    {
        SyntheticCxData data = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 3, Customers = 40 });
        TrendResult trend = Trend.Build(data.Feedback, FeedbackInstrument.Nps, CalendarPeriod.Month, DateTimeZone.Utc, data.Start, data.End);
        ChartSpec chart = CxCharts.Trend(trend);
        Assert.All(ReadEverywhere<ChartSpec>(SameTextEverywhere(chart)), back => Assert.Equal(chart, back));
    }

    [Fact]
    public void AppRecord_WithNodaTimeOptions_WritesInstantsAsNodaTimeDoes()
    {
        // NodaTime.Serialization.SystemTextJson writes an Instant with InstantPattern.ExtendedIso; CxCore uses the same text.
        Instant at = Instant.FromUtc(2025, 3, 1, 9, 30, 15) + Duration.FromNanoseconds(120_000_000);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        string noda = JsonSerializer.Serialize(at, options);
        Assert.Equal("\"2025-03-01T09:30:15.12Z\"", noda);
        Assert.Equal(noda, CxJson.Serialize(at));
        Assert.Equal(JsonSerializer.Serialize(Duration.FromMinutes(1590) + Duration.FromMilliseconds(5), options), CxJson.Serialize(Duration.FromMinutes(1590) + Duration.FromMilliseconds(5)));
        Assert.Equal(JsonSerializer.Serialize(new LocalDate(2025, 2, 28), options), CxJson.Serialize(new LocalDate(2025, 2, 28)));
        Assert.Equal(JsonSerializer.Serialize(DateTimeZoneProviders.Tzdb["America/New_York"], options), CxJson.Serialize(DateTimeZoneProviders.Tzdb["America/New_York"]));

        Touchpoint touchpoint = SyntheticCx.Generate(new SyntheticCxOptions { Seed = 5, Customers = 10 }).Touchpoints[0];
        string json = JsonSerializer.Serialize(touchpoint, options);
        Assert.Contains($"\"at\":{JsonSerializer.Serialize(touchpoint.At, options)}", json, StringComparison.Ordinal);

        var stored = new StoredScore("Q1", at, NetPromoterScore.FromCounts(NpsCounts()), NetPromoterScore.FromCounts(NpsCounts()).Interval());
        string record = JsonSerializer.Serialize(stored, options);
        Assert.Equal(stored, JsonSerializer.Deserialize<StoredScore>(record, options));
        Assert.Contains("\"nps\":{\"detractors\":2,", record, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCxCore_ChainsTheResolverAfterTheAppsContext()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = AppJsonContext.Default }.AddCxCore();
        Assert.Same(CxJson.Resolver, options.TypeInfoResolverChain[^1]);
        // WeightedRatingCounts-free app context: CxCore's resolver answers for a CxCore type the app did not list.
        NpsBands bands = NpsBands.FromThresholds(RatingScale.Nps, 5, 9);
        string json = JsonSerializer.Serialize(bands, options);
        Assert.Equal("""{"scale":{"min":0,"max":10},"detractorsUpTo":5,"promotersFrom":9}""", json);
        Assert.Equal(bands, JsonSerializer.Deserialize<NpsBands>(json, options));
        Assert.Throws<InvalidOperationException>(() => options.AddCxCore());
    }
}
