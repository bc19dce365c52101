using System.Text.Json;
using CxCore.Charts;
using Xunit;

namespace CxCore.Tests.Charts;

// The specs' validity as Vega-Lite is checked by rendering them with the vega npm packages in CI
// (docs/charts/render.js over the charts docs/scripts write); these tests check structure and validation.
public class VegaLiteTests
{
    private static readonly ChartData Data = ChartData.FromRows(
    [
        new Dictionary<string, object?> { ["stage"] = "purchase", ["channel"] = "phone", ["value"] = 0.5, ["lo"] = 0.25, ["hi"] = 0.75, ["n"] = 10L },
        new Dictionary<string, object?> { ["stage"] = "onboarding", ["channel"] = "chat", ["value"] = -0.5, ["lo"] = -0.75, ["hi"] = -0.25, ["n"] = 4L },
    ]);

    private static JsonElement Root(ChartSpec spec) => JsonDocument.Parse(spec.Json).RootElement;

    [Fact]
    public void LineWithBand_WithBand_AreaLayerThenLineLayer()
    {
        ChartSpec spec = VegaLite.LineWithBand("trend", Data, "stage", FieldKind.Ordinal, "value", "lo", "hi",
            options: new ChartOptions { Title = "Signal", ValueMin = -1, ValueMax = 1 });

        JsonElement root = Root(spec);
        Assert.Equal(VegaLite.SchemaUrl, root.GetProperty("$schema").GetString());
        Assert.Equal("Signal", root.GetProperty("title").GetString());
        Assert.Equal(2, root.GetProperty("data").GetProperty("values").GetArrayLength());
        JsonElement layers = root.GetProperty("layer");
        Assert.Equal(2, layers.GetArrayLength());
        Assert.Equal("area", layers[0].GetProperty("mark").GetProperty("type").GetString());
        Assert.Equal("hi", layers[0].GetProperty("encoding").GetProperty("y2").GetProperty("field").GetString());
        Assert.Equal("line", layers[1].GetProperty("mark").GetProperty("type").GetString());
        JsonElement y = layers[1].GetProperty("encoding").GetProperty("y");
        Assert.Equal("value", y.GetProperty("field").GetString());
        Assert.Equal(-1, y.GetProperty("scale").GetProperty("domain")[0].GetDouble());
        // Ordinal x keeps data order (stages are not alphabetical).
        Assert.Equal(JsonValueKind.Null, layers[1].GetProperty("encoding").GetProperty("x").GetProperty("sort").ValueKind);
    }

    [Fact]
    public void LineWithBand_Step_InterpolatesStepAfter()
    {
        ChartSpec spec = VegaLite.LineWithBand("km", Data, "n", FieldKind.Quantitative, "value", step: true);

        JsonElement layers = Root(spec).GetProperty("layer");
        Assert.Equal(1, layers.GetArrayLength());
        Assert.Equal("step-after", layers[0].GetProperty("mark").GetProperty("interpolate").GetString());
    }

    [Fact]
    public void Heatmap_FixedDomainAroundZero_CentresColourOnZero()
    {
        ChartSpec spec = VegaLite.Heatmap("map", Data, "stage", "channel", "value", "n", new ChartOptions { ValueMin = -1, ValueMax = 1 });

        JsonElement enc = Root(spec).GetProperty("encoding");
        Assert.Equal(0, enc.GetProperty("color").GetProperty("scale").GetProperty("domainMid").GetDouble());
        Assert.Equal("n", enc.GetProperty("size").GetProperty("field").GetString());
    }

    [Fact]
    public void Heatmap_NoDomain_NoCentre()
    {
        ChartSpec spec = VegaLite.Heatmap("map", Data, "stage", "channel", "value");

        JsonElement scale = Root(spec).GetProperty("encoding").GetProperty("color").GetProperty("scale");
        Assert.False(scale.TryGetProperty("domainMid", out _));
    }

    [Fact]
    public void RankedBars_SortsByValueDescending_WithWhiskers()
    {
        ChartSpec spec = VegaLite.RankedBars("drivers", Data, "channel", "value", "lo", "hi");

        JsonElement layers = Root(spec).GetProperty("layer");
        Assert.Equal(2, layers.GetArrayLength());
        JsonElement sort = layers[0].GetProperty("encoding").GetProperty("y").GetProperty("sort");
        Assert.Equal("descending", sort.GetProperty("order").GetString());
        Assert.Equal("rule", layers[1].GetProperty("mark").GetProperty("type").GetString());
    }

    [Fact]
    public void Funnel_WithShare_AddsPercentLabels()
    {
        ChartSpec spec = VegaLite.Funnel("funnel", Data, "stage", "n", "value");

        JsonElement layers = Root(spec).GetProperty("layer");
        Assert.Equal(".1%", layers[1].GetProperty("encoding").GetProperty("text").GetProperty("format").GetString());
    }

    [Fact]
    public void Builders_SameInput_SameText()
    {
        Assert.Equal(VegaLite.Funnel("f", Data, "stage", "n"), VegaLite.Funnel("f", Data, "stage", "n"));
        Assert.NotEqual(VegaLite.Funnel("f", Data, "stage", "n"), VegaLite.Funnel("g", Data, "stage", "n"));
        Assert.True(VegaLite.Funnel("f", Data, "stage", "n") == VegaLite.Funnel("f", Data, "stage", "n"));
        Assert.True(VegaLite.Funnel("f", Data, "stage", "n") != VegaLite.Funnel("g", Data, "stage", "n"));
    }

    [Fact]
    public void Builders_MissingField_ThrowsNamingField()
    {
        var ex = Assert.Throws<ArgumentException>(() => VegaLite.RankedBars("b", Data, "channel", "missing"));

        Assert.Contains("'missing'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void Builders_OnlyOneBandField_Throws()
    {
        Assert.Throws<ArgumentException>(() => VegaLite.LineWithBand("t", Data, "stage", FieldKind.Ordinal, "value", lower: "lo"));
        Assert.Throws<ArgumentException>(() => VegaLite.RankedBars("t", Data, "stage", "value", upper: "hi"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("../escape")]
    [InlineData("a b")]
    public void Builders_BadName_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => VegaLite.Funnel(name, Data, "stage", "n"));
    }

    [Fact]
    public void WithName_KeepsJson_ChecksName()
    {
        ChartSpec spec = VegaLite.Funnel("funnel", Data, "stage", "n");

        ChartSpec renamed = spec.WithName("funnel-2026");

        Assert.Equal("funnel-2026", renamed.Name);
        Assert.Equal(spec.Json, renamed.Json);
        Assert.Throws<ArgumentException>(() => spec.WithName("../x"));
        Assert.Throws<ArgumentException>(() => spec.WithName(".."));
    }

    [Fact]
    public void Builders_BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VegaLite.Funnel("f", Data, "stage", "n", options: new ChartOptions { Width = 10 }));
        Assert.Throws<ArgumentException>(() => VegaLite.Funnel("f", Data, "stage", "n", options: new ChartOptions { ValueMin = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => VegaLite.Funnel("f", Data, "stage", "n", options: new ChartOptions { ValueMin = 1, ValueMax = 1 }));
        Assert.Throws<ArgumentNullException>(() => VegaLite.Funnel("f", null!, "stage", "n"));
    }

    [Fact]
    public void Save_WritesNamedFile_WithTheJson()
    {
        string dir = Path.Combine(Path.GetTempPath(), "cxcore-charts-" + Guid.NewGuid().ToString("N"));
        try
        {
            ChartSpec spec = VegaLite.Funnel("funnel", Data, "stage", "n");
            string path = spec.Save(dir);

            Assert.Equal(Path.Combine(dir, "funnel.vl.json"), path);
            Assert.Equal(spec.Json, File.ReadAllText(path));
            Assert.Equal(spec.Json, spec.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
