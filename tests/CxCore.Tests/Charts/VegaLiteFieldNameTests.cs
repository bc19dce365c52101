using System.Text.Json;
using CxCore.Charts;
using CxCore.Tests.Support;

namespace CxCore.Tests.Charts;

/// <summary>
/// Field names that Vega-Lite would read as nested paths (<c>a.b</c>, <c>a[0]</c>) are escaped in field references.
/// Before, <c>nps.mean</c> was read as field <c>mean</c> of field <c>nps</c>: every value was missing and the vega
/// renderer of CI warned "Infinite extent for field nps.mean". The specs these tests build are also written to
/// artifacts/test-charts/, which CI renders with docs/charts/render.js (failing on any warning).
/// </summary>
public sealed class VegaLiteFieldNameTests
{
    private static readonly string[] Awkward = ["month.name", "nps[mean]", "lo.w.er", "p]q", "it's", ".lead", "a..b"];

    private static ChartData Data()
    {
        string[] months = ["Jan", "Feb", "Mar"];
        return ChartData.FromRows(months.Select((month, i) => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["month.name"] = month,
            ["nps[mean]"] = 10.0 + i,
            ["lo.w.er"] = 5.0 + i,
            ["p]q"] = 15.0 + i,
            ["it's"] = 1.0 + i,
            [".lead"] = 2.0 + i,
            ["a..b"] = "seg",
        }));
    }

    private static ChartSpec[] Specs() =>
    [
        VegaLite.LineWithBand("field-names-line", Data(), "month.name", FieldKind.Ordinal, "nps[mean]", "lo.w.er", "p]q", "a..b"),
        VegaLite.RankedBars("field-names-bars", Data(), "month.name", "nps[mean]", "lo.w.er", "p]q"),
        VegaLite.Heatmap("field-names-heatmap", Data(), "month.name", "a..b", "it's", ".lead"),
        VegaLite.Funnel("field-names-funnel", Data(), "month.name", "nps[mean]", "it's"),
    ];

    private static IEnumerable<JsonElement> FieldReferences(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (property.Name == "field")
                {
                    yield return property.Value;
                }
                else if (property.Name != "data")
                {
                    foreach (JsonElement inner in FieldReferences(property.Value))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonElement inner in FieldReferences(item))
                {
                    yield return inner;
                }
            }
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("nps.mean", "nps\\.mean")]
    [InlineData("a[0]", "a\\[0\\]")]
    [InlineData("it's", "it\\'s")]
    [InlineData("a..b", "a\\.\\.b")]
    public void FieldReference_HandExamples(string name, string expected) => Assert.Equal(expected, VegaLite.FieldReference(name));

    [Fact]
    public void Specs_AwkwardFieldNames_ReferenceTheFlatFieldsAndKeepTheDataKeys()
    {
        foreach (ChartSpec spec in Specs())
        {
            using var document = JsonDocument.Parse(spec.Json);
            JsonElement root = document.RootElement;
            string[] references = FieldReferences(root).Select(f => f.GetString()!).ToArray();
            Assert.NotEmpty(references);

            // Every reference, read back the way Vega-Lite splits access paths (a backslash escapes the next character),
            // is exactly one of the data's field names.
            foreach (string reference in references)
            {
                Assert.Contains(Unescape(reference), Awkward);
            }

            Assert.Contains("month.name", root.GetProperty("data").GetProperty("values")[0].EnumerateObject().Select(p => p.Name));

            // The build's render check (.ci/run) draws these with the vega packages.
            string directory = RepositoryRoot.File("artifacts/test-charts");
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, spec.Name + ".vl.json"), spec.Json);
        }
    }

    [Theory]
    [InlineData("back\\slash")]
    [InlineData("say \"hi\"")]
    public void LineWithBand_FieldNameVegaLiteCannotReference_Throws(string name)
    {
        var data = ChartData.FromRows([new Dictionary<string, object?> { ["x"] = "a", [name] = 1.0 }]);

        var ex = Assert.Throws<ArgumentException>("y", () => VegaLite.LineWithBand("bad", data, "x", FieldKind.Nominal, name));

        Assert.Contains("backslash or a double quote", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A field reference as vega-util's splitAccessPath reads it when it has no unescaped '.', '[' or ']' (null otherwise).</summary>
    private static string? Unescape(string reference)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < reference.Length; i++)
        {
            char c = reference[i];
            if (c == '\\')
            {
                text.Append(reference[++i]);
            }
            else if (c is '.' or '[' or ']' || (i == 0 && c is '\'' or '"'))
            {
                return null; // a nested path
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
