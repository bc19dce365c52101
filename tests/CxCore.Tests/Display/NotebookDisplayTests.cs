using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CxCore.Import;
using CxCore.Charts;
using CxCore.Csv;
using CxCore.Ratings;

namespace CxCore.Tests.Display;

/// <summary>
/// What a notebook kernel shows for CxCore values, checked without Jupyter: <see cref="KernelConvention"/> finds and
/// calls the formatters the way the .NET Interactive kernel does.
/// </summary>
public partial class NotebookDisplayTests
{
    private const string Html = "text/html", Text = "text/plain", VegaLite = "application/vnd.vegalite.v5+json";
    private const int Limit = 50 * 1024;

    private static readonly Assembly[] Packages = [typeof(ResultTable).Assembly, typeof(SurveyReader).Assembly];

    // The values that are not results with a ToTable() but display as a summary, a chart or a table.
    private static readonly Type[] OtherDisplayedTypes =
    [
        typeof(ResultTable), typeof(ChartSpec), typeof(RatingCounts), typeof(WeightedRatingCounts), typeof(NetPromoterScore),
        typeof(SatisfactionScore), typeof(EffortScore), typeof(ScoreComparison), typeof(ConfidenceInterval), typeof(ImportReport),
    ];

    /// <summary>
    /// Every public type with a public <c>ToTable()</c> or <c>ToTables()</c> (the results), plus the scores, counts,
    /// intervals, charts and tables: found by reflection over both packages, so a result type added later is in it.
    /// </summary>
    public static TheoryData<string> DisplayedTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in DisplayedTypeList())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    private static IEnumerable<Type> DisplayedTypeList() =>
        Packages.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name is "ToTable" or "ToTables" && m.GetParameters().Length == 0)
                        || OtherDisplayedTypes.Contains(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void DisplayedTypes_FoundByReflection_IncludeEveryKnownResult()
    {
        // A floor, so that a broken reflection query cannot pass by finding nothing: the 16 result types with ToTable()
        // in the core package, ImportReport, and the nine other displayed types.
        string[] names = DisplayedTypeList().Select(t => t.Name).ToArray();
        Assert.True(names.Length >= 26, $"only {names.Length} displayed types found: {string.Join(", ", names)}");
        Assert.Contains("TrendResult", names);
        Assert.Contains("JourneyMap", names);
        Assert.Contains("ImportReport", names);
    }

    [Theory]
    [MemberData(nameof(DisplayedTypes))]
    public void Display_EveryPublicResultType_HtmlTableOrChartUnder50KiB(string typeName)
    {
        Type type = Packages.Select(a => a.GetType(typeName)).Single(t => t is not null)!;
        object[] samples = DisplaySamples.All.Where(s => s.GetType() == type).ToArray();
        Assert.True(samples.Length > 0, $"DisplaySamples has no instance of {typeName}: add one, so that its notebook display is tested.");
        foreach (object sample in samples)
        {
            IReadOnlyList<(string MimeType, string Output)> outputs = KernelConvention.Display(sample);
            Assert.Contains(outputs, o => o.MimeType == Text && o.Output.Length > 0);
            Assert.True(outputs.Any(o => o.MimeType == Html) || outputs.Any(o => o.MimeType == VegaLite), $"{typeName} shows neither HTML nor Vega-Lite.");
            foreach ((string mime, string output) in outputs)
            {
                int bytes = Encoding.UTF8.GetByteCount(output);
                Assert.True(bytes < Limit, $"{typeName} as {mime}: {bytes} bytes, over the 50 KiB limit.");
                if (mime == Html)
                {
                    Assert.Contains("<table", output, StringComparison.Ordinal);
                    AssertNoMarkupFromData(output);
                }
                else if (mime == VegaLite)
                {
                    using JsonDocument spec = JsonDocument.Parse(output);
                    Assert.Contains("vega-lite/v5", spec.RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void ResearchersGuide_DisplayTable_NamesEveryDisplayedType()
    {
        // docs/guide-researchers.md tells what each value displays: a type added later must be added there too.
        string guide = File.ReadAllText(CxCore.Tests.Support.RepositoryRoot.File("docs/guide-researchers.md"));
        int table = guide.IndexOf("### What each result displays", StringComparison.Ordinal);
        Assert.True(table >= 0, "docs/guide-researchers.md has no \"What each result displays\" section");

        string[] missing = DisplayedTypeList().Select(t => t.Name).Where(name => !guide[table..].Contains($"`{name}`", StringComparison.Ordinal)).ToArray();

        Assert.True(missing.Length == 0, $"docs/guide-researchers.md does not say what these display as: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Display_ChartSpec_IsVegaLiteThenText()
    {
        ChartSpec chart = DisplaySamples.All.OfType<ChartSpec>().First();

        IReadOnlyList<(string MimeType, string Output)> outputs = KernelConvention.Display(chart);

        Assert.Equal([VegaLite, Text], outputs.Select(o => o.MimeType));
        Assert.Equal(chart.Json, outputs[0].Output);
        Assert.StartsWith($"Vega-Lite chart '{chart.Name}'", outputs[1].Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_ChartOverTheLimit_ShowsAChartThatSaysSo()
    {
        var chart = new ChartSpec("big", "{\"data\": {\"values\": [" + string.Join(",", Enumerable.Repeat("{\"x\": 1}", 10_000)) + "]}}");

        string output = KernelConvention.Output(chart, VegaLite);

        Assert.True(Encoding.UTF8.GetByteCount(output) < Limit);
        using JsonDocument spec = JsonDocument.Parse(output);
        string message = spec.RootElement.GetProperty("data").GetProperty("values")[0].GetProperty("message").GetString()!;
        Assert.Contains("'big' has 87 KiB of JSON", message, StringComparison.Ordinal); // 10,000 × 9 bytes + 24 = 90,024 bytes = 87.9 KiB
        Assert.Contains("ChartSpec.Save", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_SegmentNamesWithMarkup_AreEscaped()
    {
        object segments = DisplaySamples.All.Single(s => s is CxCore.Analysis.SegmentComparisonResult);

        string html = KernelConvention.Output(segments, Html);

        Assert.Contains("gold &lt;b&gt;VIP&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("new &amp; trial", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_ImportReport_CountsAndEscapedErrors()
    {
        ImportReport report = DisplaySamples.All.OfType<ImportReport>().Single();

        string html = KernelConvention.Output(report, Html);
        string text = KernelConvention.Output(report, Text);

        // Rows r1 (accepted), r2 (rating "eleven"), r3 (time "not a time"), r4 (a script as the rating): 1 accepted, 3 rejected.
        Assert.StartsWith("4 data rows: 1 accepted, 3 rejected", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(html, "<tr><td").Count);
    }

    /// <summary>No element that data could smuggle in: only the markup the display writes itself.</summary>
    private static void AssertNoMarkupFromData(string html)
    {
        foreach (Match tag in Regex.Matches(html, "<([a-zA-Z]+)"))
        {
            Assert.Contains(tag.Groups[1].Value, (string[])["table", "caption", "thead", "tbody", "tr", "th", "td", "em", "p", "div", "pre", "svg", "title", "rect", "line", "circle"]);
        }
    }
}
