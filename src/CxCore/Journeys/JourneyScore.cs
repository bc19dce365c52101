using System.Collections.Generic;
using System.Globalization;
using System.Text;

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
public sealed class JourneyScore
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

    /// <summary>The pain points, in touchpoint order (then by kind).</summary>
    public IReadOnlyList<PainPoint> PainPoints { get; }

    /// <summary>Formats the score, its contributions and pain points on several lines.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Journey score of {Journey.Customer}: {(IsEmpty ? "none (no weighted touchpoints)" : Value.ToString("0.##", CultureInfo.InvariantCulture))}");
        foreach (TouchpointContribution contribution in Contributions)
        {
            text.AppendLine().Append("  ").Append(contribution);
        }

        foreach (PainPoint pain in PainPoints)
        {
            text.AppendLine().Append("  pain: ").Append(pain);
        }

        return text.ToString();
    }
}
