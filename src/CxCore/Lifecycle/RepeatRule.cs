namespace CxCore.Lifecycle;

/// <summary>What counts as one transaction when activity is summarised for repeat-buying models.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum RepeatRule
{
    /// <summary>
    /// One transaction per local calendar day (in the summary's time zone), as in the buy-till-you-die literature and
    /// the CDNOW summaries: events on the same day merge (their values add up), events on the day of the first
    /// transaction belong to it, and times are whole days (recency and tenure count days between local dates).
    /// </summary>
    DistinctDays = 0,

    /// <summary>
    /// One transaction per distinct instant: only events at exactly the same instant merge, and times are exact
    /// durations between instants.
    /// </summary>
    DistinctInstants = 1,
}
