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
