using System;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>Settings of a <see cref="JourneyBuilder"/>: how touchpoints are split into journeys and whether repeats collapse.</summary>
/// <remarks>
/// Options are the one mutable kind of object in CxCore: set the properties, then pass the object to
/// <see cref="JourneyBuilder(JourneyBuilderOptions)"/>, which validates and copies them (later changes do not affect a
/// builder already created). Not thread-safe while being changed.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class JourneyBuilderOptions
{
    /// <summary>The longest silence that still belongs to one journey: a customer's touchpoints further apart than this start a new journey.</summary>
    /// <value>
    /// Greater than zero; 30 days by default. Thirty days is the usual billing and reporting cycle and the window most
    /// web-analytics and CX tools use for "returning within a journey": a customer who comes back within a month is
    /// usually still pursuing the same need (a purchase decision, an unresolved problem), while longer silences mostly
    /// separate unrelated episodes. Shorten it (hours) for session analytics, lengthen it for slow B2B sales cycles.
    /// </value>
    public Duration InactivityGap { get; set; } = Duration.FromDays(30);

    /// <summary>Whether consecutive repeats of the same interaction inside a journey collapse into the first one.</summary>
    /// <value>
    /// <see langword="false"/> by default (every touchpoint is kept). When <see langword="true"/>, a touchpoint that
    /// follows one with the same channel, stage, department, initiator, outcome and topic is dropped (page reloads,
    /// repeated notification emails), unless feedback rates it: rated touchpoints are always kept so that feedback
    /// never loses its touchpoint. <see cref="JourneyBuildResult.CollapsedTouchpoints"/> counts the dropped ones.
    /// </value>
    public bool CollapseRepeats { get; set; }

    /// <summary>The rule that gives each built journey its <see cref="Journey.Outcome"/>, or <see langword="null"/> to leave every outcome unknown.</summary>
    /// <value>
    /// <see langword="null"/> by default: built journeys have no outcome, so a conversion test such as
    /// <c>j =&gt; j.Outcome == JourneyOutcome.Converted</c> finds none. Set it to
    /// <see cref="JourneyOutcomeRules.ConvertedWhen"/> to mark the journeys that hold a conversion
    /// touchpoint (for example <see cref="JourneyOutcomeRules.SucceededAt(LifecycleStage)"/>), or to any function of the
    /// journey. The rule sees the journey as built (touchpoints and feedback in time order, no outcome) and returns its
    /// outcome, or <see langword="null"/> when it is unknown; it must not return <c>default(JourneyOutcome)</c>.
    /// </value>
    public Func<Journey, JourneyOutcome?>? OutcomeRule { get; set; }

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="InactivityGap"/> is zero or negative.</exception>
    internal void Validate()
    {
        if (InactivityGap <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(InactivityGap), InactivityGap, $"The inactivity gap {InactivityGap} must be greater than zero.");
        }
    }
}
