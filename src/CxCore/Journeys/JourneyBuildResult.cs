using System.Collections.Generic;

namespace CxCore.Journeys;

/// <summary>What <see cref="JourneyBuilder.Build"/> produced: the journeys and the problems found in the input.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JourneyBuildResult
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
}
