namespace CxCore.Analysis;

/// <summary>A calendar period that responses are bucketed into, always in a stated time zone's local calendar.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum CalendarPeriod
{
    /// <summary>A local calendar day (midnight to midnight; 23 or 25 hours long on a DST change).</summary>
    Day,

    /// <summary>An ISO 8601 week: Monday to Sunday, labelled by its ISO week-year and number (2026-W01).</summary>
    IsoWeek,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter: January–March, April–June, July–September, October–December.</summary>
    Quarter,
}
