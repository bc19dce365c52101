using System.Globalization;

namespace CxCore.Journeys;

/// <summary>One pain point of a scored journey: what went wrong, where, who owns it and what it cost the score.</summary>
/// <remarks>
/// <see cref="Cost"/> is in journey-score points (the scale of <see cref="JourneyScore.Value"/>) and is positive (what
/// cost nothing is not a pain point: a penalty on a touchpoint whose signal is already at −1, or any problem on a
/// touchpoint of zero weight, is not listed):
/// for <see cref="PainPointKind.Failure"/> and <see cref="PainPointKind.NegativeFeedback"/> it is how far the
/// touchpoint's contribution lies below a neutral touchpoint before penalties; for the penalty kinds it is the part of
/// the signal the penalties actually removed (after clamping at −1), shared between the touchpoint's penalties in
/// proportion to their sizes. Instances are immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class PainPoint
{
    internal PainPoint(PainPointKind kind, Touchpoint touchpoint, double cost)
    {
        Kind = kind;
        Touchpoint = touchpoint;
        Cost = cost;
    }

    /// <summary>What went wrong.</summary>
    public PainPointKind Kind { get; }

    /// <summary>The touchpoint where it happened.</summary>
    public Touchpoint Touchpoint { get; }

    /// <summary>The touchpoint's id.</summary>
    public string TouchpointId => Touchpoint.Id;

    /// <summary>The touchpoint's lifecycle stage.</summary>
    public LifecycleStage Stage => Touchpoint.Stage;

    /// <summary>The touchpoint's channel.</summary>
    public Channel Channel => Touchpoint.Channel;

    /// <summary>The department that owns the touchpoint.</summary>
    public Department Department => Touchpoint.Department;

    /// <summary>What the pain point cost the journey score, in score points (more than zero).</summary>
    public double Cost { get; }

    /// <summary>Formats the pain point: kind, touchpoint, stage, channel, department and cost.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind} at {TouchpointId} ({Stage}, {Channel}, {Department}): -{Cost:0.##} points");
}
