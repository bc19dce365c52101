using System.Text.Json;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Ratings;
using Xunit;

namespace CxCore.Tests.Charts;

public class CxChartsTests
{
    [Fact]
    public void DriverImportance_OneBarPerDriver_WithoutTheRSquaredRow()
    {
        // y = x1 + 0.5·x2 + noise; three drivers, bootstrap on.
        var random = new Random(3);
        double[] x1 = new double[80], x2 = new double[80], x3 = new double[80], y = new double[80];
        for (int i = 0; i < y.Length; i++)
        {
            x1[i] = random.NextDouble();
            x2[i] = random.NextDouble();
            x3[i] = random.NextDouble();
            y[i] = x1[i] + (0.5 * x2[i]) + (0.3 * random.NextDouble());
        }

        KeyDriverResult result = KeyDriverAnalysis.Compute(y, [x1, x2, x3], ["a", "b", "c"], new KeyDriverOptions { BootstrapSamples = 50 });

        ChartSpec spec = CxCharts.DriverImportance(result);

        JsonElement root = JsonDocument.Parse(spec.Json).RootElement;
        Assert.Equal("driver-importance", spec.Name);
        JsonElement values = root.GetProperty("data").GetProperty("values");
        Assert.Equal(["a", "b", "c"], values.EnumerateArray().Select(v => v.GetProperty("driver").GetString()));
        Assert.Equal(result.Drivers[0].RelativeWeight, values[0].GetProperty("relative_weight").GetDouble());
        Assert.Equal("rule", root.GetProperty("layer")[1].GetProperty("mark").GetProperty("type").GetString());
        Assert.Contains("R²", root.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SegmentScores_OneBarPerSegment_EmptySegmentIntervalIsMissing()
    {
        var segments = new Dictionary<string, RatingCounts>
        {
            ["gold"] = RatingCounts.FromCounts(RatingScale.Nps, [1, 0, 0, 0, 0, 0, 1, 2, 2, 3, 5]),
            ["basic"] = RatingCounts.FromCounts(RatingScale.Nps, [2, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1]),
            ["new"] = RatingCounts.Empty(RatingScale.Nps),
        };
        SegmentComparisonResult result = SegmentComparison.Compare(segments, RatingMetric.Nps);

        ChartSpec spec = CxCharts.SegmentScores(result);

        JsonElement values = JsonDocument.Parse(spec.Json).RootElement.GetProperty("data").GetProperty("values");
        Assert.Equal(3, values.GetArrayLength());
        JsonElement empty = values.EnumerateArray().Single(v => v.GetProperty("segment").GetString() == "new");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("lower").ValueKind);
    }

    [Fact]
    public void ResultCharts_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CxCharts.DriverImportance(null!));
        Assert.Throws<ArgumentNullException>(() => CxCharts.SegmentScores(null!));
    }
}

public class CxChartsResultTests
{
    private static JsonElement Values(ChartSpec spec) => JsonDocument.Parse(spec.Json).RootElement.GetProperty("data").GetProperty("values");

    [Fact]
    public void ResolutionCurve_StartsAtOneThenFollowsTheSteps()
    {
        // Resolved after 2 h and 4 h, one case open (censored) at 3 h: S(2) = 2/3, S(4) = 2/3 · 0 = 0 (one at risk at 4 h).
        var curve = CxCore.Service.ResolutionCurve.FromObservations(
        [
            (NodaTime.Duration.FromHours(2), true),
            (NodaTime.Duration.FromHours(3), false),
            (NodaTime.Duration.FromHours(4), true),
        ]);

        ChartSpec spec = CxCharts.ResolutionCurve(curve);

        JsonElement values = Values(spec);
        Assert.Equal(0.0, values[0].GetProperty("hours").GetDouble());
        Assert.Equal(1.0, values[0].GetProperty("unresolved").GetDouble());
        JsonElement atTwo = values.EnumerateArray().Single(v => v.GetProperty("hours").GetDouble() == 2.0);
        Assert.Equal(2.0 / 3.0, atTwo.GetProperty("unresolved").GetDouble(), 12);
        JsonElement atFour = values.EnumerateArray().Single(v => v.GetProperty("hours").GetDouble() == 4.0);
        Assert.Equal(0.0, atFour.GetProperty("unresolved").GetDouble());
        Assert.Equal(JsonValueKind.Null, atFour.GetProperty("lower").ValueKind);
        Assert.Equal("step-after", JsonDocument.Parse(spec.Json).RootElement.GetProperty("layer")[1].GetProperty("mark").GetProperty("interpolate").GetString());
    }

    [Fact]
    public void Funnel_OneBarPerStep_InFunnelOrder()
    {
        // Closed funnel a → b → c: 3 paths start at a, 2 of them reach b, 1 reaches c.
        var funnel = CxCore.Journeys.Funnel.Build(
        [
            CxCore.Journeys.ConversionPath.Single(["a", "b", "c"], true),
            CxCore.Journeys.ConversionPath.Single(["a", "b"], false),
            CxCore.Journeys.ConversionPath.Single(["a"], false),
        ], ["a", "b", "c"]);

        JsonElement values = Values(CxCharts.Funnel(funnel));

        Assert.Equal(["a", "b", "c"], values.EnumerateArray().Select(v => v.GetProperty("step").GetString()));
        Assert.Equal([3L, 2L, 1L], values.EnumerateArray().Select(v => v.GetProperty("reached").GetInt64()));
        Assert.Equal(1.0 / 3.0, values[2].GetProperty("share").GetDouble(), 12);
    }

    [Fact]
    public void Trend_EmptyMonth_IsAGapNotAZero()
    {
        // January: a promoter and a detractor (NPS 0); February: nothing; March: one promoter (NPS 100).
        var c = CustomerId.From("c1");
        Feedback[] answers =
        [
            new("f1", c, NodaTime.Instant.FromUtc(2026, 1, 5, 12, 0), FeedbackInstrument.Nps, 10),
            new("f2", c, NodaTime.Instant.FromUtc(2026, 1, 20, 12, 0), FeedbackInstrument.Nps, 3),
            new("f3", c, NodaTime.Instant.FromUtc(2026, 3, 2, 12, 0), FeedbackInstrument.Nps, 9),
        ];
        TrendResult trend = CxCore.Analysis.Trend.Build(answers, FeedbackInstrument.Nps, CalendarPeriod.Month, NodaTime.DateTimeZone.Utc,
            NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0), NodaTime.Instant.FromUtc(2026, 4, 1, 0, 0));

        ChartSpec spec = CxCharts.Trend(trend);

        Assert.Equal("nps-trend", spec.Name);
        JsonElement values = Values(spec);
        Assert.Equal(["2026-01-01", "2026-02-01", "2026-03-01"], values.EnumerateArray().Select(v => v.GetProperty("start").GetString()));
        Assert.Equal(0.0, values[0].GetProperty("score").GetDouble());
        Assert.Equal(JsonValueKind.Null, values[1].GetProperty("score").ValueKind);
        Assert.Equal(0, values[1].GetProperty("n").GetInt64());
        Assert.Equal(100.0, values[2].GetProperty("score").GetDouble());
    }

    [Fact]
    public void Charts_NullResults_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CxCharts.Trend(null!));
        Assert.Throws<ArgumentNullException>(() => CxCharts.ResolutionCurve(null!));
        Assert.Throws<ArgumentNullException>(() => CxCharts.JourneyMap(null!));
        Assert.Throws<ArgumentNullException>(() => CxCharts.Funnel(null!));
    }
}
