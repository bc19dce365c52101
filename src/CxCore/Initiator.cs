namespace CxCore;

/// <summary>Who started a touchpoint: the customer or the company.</summary>
/// <remarks>
/// Customer-initiated touchpoints are <em>reactive</em> for the company (the customer reaches out: a call, a chat, a
/// complaint); company-initiated ones are <em>proactive</em> (a campaign, an onboarding call, a renewal reminder).
/// Repeated customer-initiated contacts about the same need are a classic sign of a pain point.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum Initiator
{
    /// <summary>The customer reached out: reactive from the company's point of view.</summary>
    Customer,

    /// <summary>The company reached out: proactive.</summary>
    Company,
}
