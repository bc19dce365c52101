using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CxCore.Display;

namespace CxCore.Journeys;

/// <summary>The score of one journey, with the contribution of every touchpoint and the pain points found.</summary>
/// <remarks>
/// <para>
/// <see cref="Value"/> lies in [−100, 100] and equals the sum of <see cref="Contributions"/> (added in touchpoint order)
/// exactly. A journey without touchpoints (feedback only), or whose touchpoints all weigh zero, has no score:
/// <see cref="Value"/> is NaN, <see cref="IsEmpty"/> is <see langword="true"/> and both lists are empty.
/// See <see cref="JourneyScorer"/> for the formula. Immutable and thread-safe.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class JourneyScore : ITabularResult
{
    internal JourneyScore(Journey journey, double value, IReadOnlyList<TouchpointContribution> contributions, IReadOnlyList<PainPoint> painPoints)
    {
        Journey = journey;
        Value = value;
        Contributions = contributions;
        PainPoints = painPoints;
    }

    /// <summary>The journey scored.</summary>
    public Journey Journey { get; }

    /// <summary>The score in [−100, 100]; NaN when <see cref="IsEmpty"/>.</summary>
    public double Value { get; }

    /// <summary>Whether the journey has no weighted touchpoints to score.</summary>
    public bool IsEmpty => double.IsNaN(Value);

    /// <summary>One entry per touchpoint, in journey order; they sum exactly to <see cref="Value"/>.</summary>
    public IReadOnlyList<TouchpointContribution> Contributions { get; }

    /// <summary>
    /// The pain points that cost the score something, in touchpoint order (then by kind); a problem that cost nothing
    /// (for example a penalty on a touchpoint already at the lowest signal) is not listed.
    /// </summary>
    public IReadOnlyList<PainPoint> PainPoints { get; }

    /// <summary>
    /// The contributions as a table with columns <c>touchpoint_id, stage, channel, department, outcome, base_signal,
    /// signal, weight, contribution</c>, one row per entry of <see cref="Contributions"/> in journey order; the
    /// <c>contribution</c> column sums to <see cref="Value"/>. Empty for an empty score.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Contributions.Count);
        foreach (TouchpointContribution c in Contributions)
        {
            Touchpoint t = c.Touchpoint;
            rows.Add([t.Id, t.Stage.Name, t.Channel.Name, t.Department.Name, t.Outcome.ToString(), c.BaseSignal, c.Signal, c.Weight, c.Contribution]);
        }

        return ResultTable.FromRows(
            ["touchpoint_id", "stage", "channel", "department", "outcome", "base_signal", "signal", "weight", "contribution"], rows);
    }

    /// <summary>
    /// The pain points as a table with columns <c>touchpoint_id, kind, stage, channel, department, cost</c>, one row per
    /// entry of <see cref="PainPoints"/> in its order (<c>cost</c> in score points lost).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable PainPointsTable()
    {
        var rows = new List<object?[]>(PainPoints.Count);
        foreach (PainPoint p in PainPoints)
        {
            rows.Add([p.TouchpointId, p.Kind.ToString(), p.Stage.Name, p.Channel.Name, p.Department.Name, p.Cost]);
        }

        return ResultTable.FromRows(["touchpoint_id", "kind", "stage", "channel", "department", "cost"], rows);
    }

    /// <summary>
    /// Formats the score as text: a line with the customer and the score, the aligned <see cref="ToTable"/>, and, when
    /// there are pain points, a title line and the aligned <see cref="PainPointsTable"/>.
    /// </summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Journey score of {Journey.Customer}: {(IsEmpty ? "none (no weighted touchpoints)" : ResultTable.FormatNumber(Value))}\n");
        text.Append(ToTable());
        if (PainPoints.Count > 0)
        {
            text.Append("Pain points:\n").Append(PainPointsTable());
        }

        return text.ToString();
    }

    /// <summary>The contributions as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The contributions as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();
}
