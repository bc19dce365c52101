namespace CxCore.Service;

/// <summary>What happened to a service case at one <see cref="CaseEvent"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum CaseEventKind
{
    /// <summary>The case was opened (status <see cref="CaseStatus.New"/>). Always the first event, and only once.</summary>
    Opened,

    /// <summary>The status changed to <see cref="CaseEvent.Status"/>.</summary>
    StatusChanged,

    /// <summary>A human agent replied to the customer.</summary>
    AgentReply,

    /// <summary>The customer wrote or called again about the case.</summary>
    CustomerMessage,

    /// <summary>A chatbot handed the conversation to a human agent.</summary>
    BotHandoff,

    /// <summary>A solved case was reopened (status <see cref="CaseStatus.Open"/>).</summary>
    Reopened,
}
