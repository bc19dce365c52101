namespace CxCore.Journeys;

/// <summary>The rule-based (heuristic) attribution models of <see cref="HeuristicAttribution.Compute"/>.</summary>
/// <remarks>Time decay, which needs a half-life, is <see cref="HeuristicAttribution.TimeDecay"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum AttributionModel
{
    /// <summary>All credit to the first step of each path.</summary>
    FirstTouch = 0,

    /// <summary>All credit to the last step of each path.</summary>
    LastTouch = 1,

    /// <summary>Equal credit to every step of each path (a channel that appears twice gets two shares).</summary>
    Linear = 2,

    /// <summary>
    /// U-shaped: 40 % to the first step, 40 % to the last and 20 % split equally between the steps in between. A path of
    /// one step gives it 100 %; a path of two steps gives each 50 %.
    /// </summary>
    PositionBased = 3,
}
