namespace CxCore.Service;

/// <summary>The per-case durations that <see cref="ServiceMetrics"/> summarises.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum ServiceMetric
{
    /// <summary>Opened → first agent reply.</summary>
    FirstResponse,

    /// <summary>A customer message that waits for an answer (sent after the first agent reply, none already waiting) → the next agent reply; several per case.</summary>
    NextReply,

    /// <summary>Opened → the first time the case is solved.</summary>
    FirstResolution,

    /// <summary>Opened → the last time the case is solved, for cases solved or closed at the cut-off.</summary>
    FullResolution,

    /// <summary>Time in New, Open and OnHold: the customer waits on the team.</summary>
    RequesterWait,

    /// <summary>Time in New and Open: the team works the case.</summary>
    AgentWork,

    /// <summary>Time in OnHold: waiting on a third party.</summary>
    OnHold,
}
