namespace CxCore.Journeys;

/// <summary>How journeys may enter a <see cref="Funnel"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum FunnelKind
{
    /// <summary>Journeys must enter at the first stage; a journey that never reaches it is not in the funnel.</summary>
    Closed = 0,

    /// <summary>Journeys may enter at any stage: at the earliest stage (in funnel order) that their path contains.</summary>
    Open = 1,
}
