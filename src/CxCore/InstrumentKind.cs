namespace CxCore;

/// <summary>The kind of question a <see cref="FeedbackInstrument"/> asks.</summary>
public enum InstrumentKind
{
    /// <summary>The Net Promoter question, "How likely are you to recommend…?", on 0–10.</summary>
    Nps,

    /// <summary>A customer-satisfaction question, "How satisfied were you…?", usually on 1–5.</summary>
    Csat,

    /// <summary>The customer-effort question, "How easy was it…?", usually on 1–7 (7 = very easy).</summary>
    Ces,

    /// <summary>Any other rating question.</summary>
    Custom,
}
