using System.Globalization;

namespace CxCore.Journeys;

/// <summary>A kind of pain point at one stage, channel and department, aggregated over journeys and ranked by impact.</summary>
/// <remarks>
/// <see cref="Impact"/> = volume × mean score lost = the sum of <see cref="PainPoint.Cost"/> over the occurrences, in
/// journey-score points. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class PainPointImpact
{
    internal PainPointImpact(PainPointKind kind, LifecycleStage stage, Channel channel, Department department, long count, double impact)
    {
        Kind = kind;
        Stage = stage;
        Channel = channel;
        Department = department;
        Count = count;
        Impact = impact;
    }

    /// <summary>What went wrong.</summary>
    public PainPointKind Kind { get; }

    /// <summary>The lifecycle stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>The department that owns the touchpoints.</summary>
    public Department Department { get; }

    /// <summary>How many times it occurred (the volume).</summary>
    public long Count { get; }

    /// <summary>The total journey-score points lost: <see cref="Count"/> × <see cref="MeanCost"/>.</summary>
    public double Impact { get; }

    /// <summary>The mean score points lost per occurrence.</summary>
    public double MeanCost => Impact / Count;

    /// <summary>Formats the entry on one line.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} at {Stage} / {Channel} / {Department}: {Count} times, impact {Impact:0.#} points (mean {MeanCost:0.##})");
}
