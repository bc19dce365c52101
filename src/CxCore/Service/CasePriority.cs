namespace CxCore.Service;

/// <summary>How urgently a service case must be handled; service-level targets usually differ by priority.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum CasePriority
{
    /// <summary>Low priority.</summary>
    Low,

    /// <summary>Normal priority. This is the default.</summary>
    Normal,

    /// <summary>High priority.</summary>
    High,

    /// <summary>Urgent: handle before everything else.</summary>
    Urgent,
}
