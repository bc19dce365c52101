namespace CxCore.Journeys;

/// <summary>What a <see cref="JourneyBuildIssue"/> reports about the input of a <see cref="JourneyBuilder"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum JourneyBuildIssueKind
{
    /// <summary>A touchpoint id occurred more than once with identical touchpoints; the copy reported was dropped.</summary>
    DuplicateTouchpoint,

    /// <summary>A touchpoint id occurred more than once with different touchpoints; the one kept is the earliest, the one reported was dropped.</summary>
    ConflictingDuplicateTouchpoint,

    /// <summary>
    /// Feedback names a touchpoint id that is not in the input (or belongs to another customer); it was attached to the
    /// customer's journey that covers its instant.
    /// </summary>
    FeedbackOnMissingTouchpoint,

    /// <summary>
    /// Feedback could not be placed: no journey of its customer covers its instant (either it names a missing
    /// touchpoint, or it is relationship feedback outside every journey). It is in no journey.
    /// </summary>
    UnplacedFeedback,

    /// <summary>Feedback of a customer who has no touchpoints at all; it is in no journey.</summary>
    FeedbackWithoutTouchpoints,
}
