namespace CxCore.Service;

/// <summary>The clocks an <see cref="SlaPolicy"/> can set targets for.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum SlaMetric
{
    /// <summary>Opened → first agent reply (or the first solve, if the case is solved without a reply).</summary>
    FirstResponse,

    /// <summary>Each customer message that waits for an answer → the next agent reply; the case's worst wait counts.</summary>
    NextReply,

    /// <summary>Opened → resolved, counting only time in New, Open and OnHold: Pending (waiting on the customer) pauses the clock.</summary>
    Resolution,
}
