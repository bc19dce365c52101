using System.Reflection;
using CxCore.Analysis;
using CxCore.Ratings;
using CxCore.Tests.Display;
using NodaTime;

namespace CxCore.Data.Tests.Counts;

/// <summary>The results of CxCore.Data display in a notebook as the core's results do: an HTML table and plain text.</summary>
public sealed class GroupedRatingCountsDisplayTests
{
    [Fact]
    public void Display_GroupedCounts_HtmlTableAndText()
    {
        var query = RatingCountQuery.Create(SqlSource.Table("answers"), "score", RatingScale.Nps)
            .WithGroups("segment")
            .WithPeriod("at", CalendarPeriod.Month, DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        var builder = new GroupedRatingCountsBuilder(query);
        builder.Add(["retail <b>"], new LocalDate(2025, 1, 1), 10, 3);
        builder.Add(["retail <b>"], new LocalDate(2025, 1, 1), 2, 1);

        var outputs = KernelConvention.Display(builder.ToCounts());

        string html = Assert.Single(outputs, o => o.MimeType == "text/html").Output;
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("retail &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains(outputs, o => o.MimeType == "text/plain" && o.Output.Contains("retail <b>", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPublicTypeWithToTable_CarriesTheNotebookFormatter()
    {
        Type[] results = [.. typeof(GroupedRatingCounts).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("ToTable", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)];

        Assert.Contains(typeof(GroupedRatingCounts), results);
        Assert.All(results, t => Assert.Contains(t.GetCustomAttributes(), a => a.GetType().Name == "TypeFormatterSourceAttribute"));
    }
}
