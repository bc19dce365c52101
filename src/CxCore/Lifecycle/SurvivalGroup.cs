using System.Globalization;

namespace CxCore.Lifecycle;

/// <summary>One group of a <see cref="SurvivalComparison"/>: its Kaplan–Meier curve and its observed and log-rank expected events.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SurvivalGroup
{
    internal SurvivalGroup(string name, SurvivalCurve curve, double expected)
    {
        Name = name;
        Curve = curve;
        ExpectedEvents = expected;
    }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The group's Kaplan–Meier curve.</summary>
    public SurvivalCurve Curve { get; }

    /// <summary>The number in the group.</summary>
    public long Count => Curve.Count;

    /// <summary>The observed events (R's <c>obs</c>).</summary>
    public long ObservedEvents => Curve.EventCount;

    /// <summary>The events expected under the null hypothesis of equal hazards, Σ dₜ·nₜ(group)/nₜ (R's <c>exp</c>).</summary>
    public double ExpectedEvents { get; }

    /// <summary>Formats the group as <c>name: n, observed, expected</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: n = {Count}, observed {ObservedEvents}, expected {ExpectedEvents:0.##}");
}
