namespace CxCore.Service;

/// <summary>How a duration is measured.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum TimeBasis
{
    /// <summary>Elapsed (wall) time.</summary>
    Calendar,

    /// <summary>Only the time inside a <see cref="BusinessCalendar"/>'s open hours.</summary>
    Business,
}
