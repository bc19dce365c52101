namespace CxCore;

/// <summary>Whether a touchpoint did what the customer came for.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum TouchpointOutcome
{
    /// <summary>The outcome was not recorded. This is the default.</summary>
    Unknown,

    /// <summary>The customer's need was met at this touchpoint (an order placed, a question answered).</summary>
    Succeeded,

    /// <summary>The touchpoint failed the customer (an error, a wrong answer, an unresolved problem).</summary>
    Failed,

    /// <summary>The customer gave up before the end (hung up in the queue, left the checkout or the chat).</summary>
    Abandoned,
}
