using System;
using System.Globalization;

namespace CxCore.Lifecycle;

/// <summary>One stage of a <see cref="StageFunnel"/>: how many customers reached it, as a share of all and of the previous stage.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class StageFunnelStep
{
    internal StageFunnelStep(LifecycleStage stage, long reached, long customers, long previous)
    {
        Stage = stage;
        Reached = reached;
        Share = customers == 0 ? double.NaN : (double)reached / customers;
        StepShare = previous == 0 ? double.NaN : (double)reached / previous;
    }

    private StageFunnelStep(LifecycleStage stage, long reached, double share, double stepShare)
    {
        Stage = stage;
        Reached = reached;
        Share = share;
        StepShare = stepShare;
    }

    /// <summary>A step with its shares as stored (the JSON form).</summary>
    internal static StageFunnelStep Restore(LifecycleStage stage, long reached, double share, double stepShare) => new(stage, reached, share, stepShare);

    /// <summary>The stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>The number of customers whose furthest stage is this one or a later one.</summary>
    public long Reached { get; }

    /// <summary><see cref="Reached"/> as a share (0–1) of all customers in the flow; NaN when there are none.</summary>
    public double Share { get; }

    /// <summary><see cref="Reached"/> as a share (0–1) of those who reached the previous stage (of all customers for the first stage); NaN when that is 0.</summary>
    public double StepShare { get; }

    /// <summary>Formats the step as <c>stage: reached (share)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Stage}: {Reached} ({Share:0.####} of all, {StepShare:0.####} of the previous stage)");
}
