namespace CxCore.Charts;

/// <summary>How a chart reads a data field: the Vega-Lite measurement type of an encoding.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum FieldKind
{
    /// <summary>Numbers on a continuous scale (scores, counts, hours).</summary>
    Quantitative,

    /// <summary>Dates and instants (ISO 8601 text), on a time scale.</summary>
    Temporal,

    /// <summary>Ordered categories (lifecycle stages, funnel steps, ISO weeks): kept in the order the data gives.</summary>
    Ordinal,

    /// <summary>Unordered categories (channels, departments, segments).</summary>
    Nominal,
}
