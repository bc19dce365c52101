using System.Collections.Generic;
using CxCore.Display;

namespace CxCore.Analysis;

/// <summary>The impacts of every topic in a set of responses (<see cref="TopicImpact.ComputeAll(IReadOnlyList{int}, IReadOnlyList{IReadOnlyCollection{string}}, double)"/> or <see cref="TopicImpact.ComputeAll(Ratings.RatingCounts, IReadOnlyDictionary{string, Ratings.RatingCounts}, double)"/>).</summary>
/// <remarks>Immutable and thread-safe. The topics overlap (a response may carry several), so impacts do not add up.</remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TopicImpactResult : ITabularResult
{
    internal TopicImpactResult(long responses, double confidence, IReadOnlyList<TopicImpact> topics)
    {
        Responses = responses;
        Confidence = confidence;
        Topics = topics;
    }

    /// <summary>The number of responses.</summary>
    public long Responses { get; }

    /// <summary>The confidence level of the intervals.</summary>
    public double Confidence { get; }

    /// <summary>The topics, most negative impact first.</summary>
    public IReadOnlyList<TopicImpact> Topics { get; }

    /// <summary>
    /// The result as a table with columns <c>topic, n_topic, share, nps_topic, nps_without, impact, se, lower, upper,
    /// p_value</c> (share in percent, scores and impact in NPS points).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>();
        foreach (TopicImpact t in Topics)
        {
            rows.Add(t.ToRow());
        }

        return ResultTable.FromRows(TopicImpact.TableColumns, rows);
    }

    /// <summary>The result as an aligned text table (see <see cref="ToTable"/>).</summary>
    /// <returns>The text table.</returns>
    public override string ToString() => ToTable().ToString();

    /// <summary>The result as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The result as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();
}
