using System.Globalization;

namespace CxCore.Journeys;

/// <summary>One touchpoint's share of a journey score: its signal, its weight and the score points it contributes.</summary>
/// <remarks>
/// <see cref="Contribution"/> = 100 · <see cref="Weight"/> · <see cref="Signal"/> / Σ weights; the contributions of a
/// journey sum exactly to <see cref="JourneyScore.Value"/>. Instances are immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TouchpointContribution
{
    internal TouchpointContribution(Touchpoint touchpoint, double baseSignal, double signal, double weight, double contribution)
    {
        Touchpoint = touchpoint;
        BaseSignal = baseSignal;
        Signal = signal;
        Weight = weight;
        Contribution = contribution;
    }

    /// <summary>The touchpoint.</summary>
    public Touchpoint Touchpoint { get; }

    /// <summary>The signal before effort penalties, in [−1, 1]: from linked feedback if any, else from the outcome.</summary>
    public double BaseSignal { get; }

    /// <summary>The signal after effort penalties, clamped into [−1, 1].</summary>
    public double Signal { get; }

    /// <summary>The touchpoint's weight: stage weight × channel weight × recency decay (zero or more).</summary>
    public double Weight { get; }

    /// <summary>The score points this touchpoint contributes, in [−100, 100].</summary>
    public double Contribution { get; }

    /// <summary>Formats the contribution: touchpoint id, signal, weight and points.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Touchpoint.Id}: signal {Signal:0.###}, weight {Weight:0.###}, {Contribution:+0.##;-0.##;0} points");
}
