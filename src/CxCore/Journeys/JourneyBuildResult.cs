using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;

namespace CxCore.Journeys;

/// <summary>What <see cref="JourneyBuilder.Build"/> produced: the journeys and the problems found in the input.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class JourneyBuildResult : ITabularResult
{
    internal JourneyBuildResult(IReadOnlyList<Journey> journeys, IReadOnlyList<JourneyBuildIssue> issues, int collapsedTouchpoints)
    {
        Journeys = journeys;
        Issues = issues;
        CollapsedTouchpoints = collapsedTouchpoints;
    }

    /// <summary>The journeys, ordered by customer id (ordinal), then by start.</summary>
    public IReadOnlyList<Journey> Journeys { get; }

    /// <summary>The problems found, ordered by customer id, kind, item id and detail (ordinal); empty for clean input.</summary>
    public IReadOnlyList<JourneyBuildIssue> Issues { get; }

    /// <summary>How many touchpoints <see cref="JourneyBuilderOptions.CollapseRepeats"/> dropped; 0 when it is off.</summary>
    public int CollapsedTouchpoints { get; }

    /// <summary>
    /// The issues as a table with columns <c>customer, kind, item_id, detail</c>, one row per entry of
    /// <see cref="Issues"/> in its order; empty (no rows) for clean input.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Issues.Count);
        foreach (JourneyBuildIssue issue in Issues)
        {
            rows.Add([issue.Customer.Value, issue.Kind.ToString(), issue.ItemId, issue.Detail]);
        }

        return ResultTable.FromRows(["customer", "kind", "item_id", "detail"], rows);
    }

    /// <summary>
    /// Formats the result as text: a line with the numbers of journeys, issues and collapsed touchpoints, then the
    /// aligned <see cref="ToTable"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Journeys.Count} journeys, {Issues.Count} issues, {CollapsedTouchpoints} collapsed touchpoints\n") + ToTable();

    /// <summary>The issues as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The issues as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();
}
