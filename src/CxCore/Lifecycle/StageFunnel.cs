using System;
using System.Collections.Generic;
using CxCore.Display;

namespace CxCore.Lifecycle;

/// <summary>
/// The lifecycle stage funnel: for each stage of the model, in order, how many customers have reached it by the
/// as-of instant — their furthest stage (highest <see cref="LifecycleStage.Ordinal"/> with a touchpoint) is that stage
/// or a later one — as a share of all customers and of the previous stage.
/// </summary>
/// <remarks>
/// A customer seen in a later stage has passed the earlier ones even where no touchpoint recorded it, so
/// <see cref="StageFunnelStep.Reached"/> never increases from stage to stage. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class StageFunnel : ITabularResult
{
    internal StageFunnel(StageFunnelStep[] steps, long customers)
    {
        Steps = Array.AsReadOnly(steps);
        CustomerCount = customers;
    }

    /// <summary>One step per stage of the model, in order.</summary>
    public IReadOnlyList<StageFunnelStep> Steps { get; }

    /// <summary>The number of customers in the flow (with a touchpoint before the as-of instant).</summary>
    public long CustomerCount { get; }

    /// <summary>The funnel as a table with columns <c>stage, reached, share, step_share</c>.</summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Steps.Count);
        foreach (StageFunnelStep s in Steps)
        {
            rows.Add([s.Stage.Name, s.Reached, s.Share, s.StepShare]);
        }

        return ResultTable.FromRows(["stage", "reached", "share", "step_share"], rows);
    }

    /// <summary>The funnel as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per stage.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the funnel as its table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "Stage funnel (" + CustomerCount + " customers)\n" + ToTable();
}
