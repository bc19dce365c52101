using CxCore.Analysis;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>The settings of <see cref="CohortRetention"/>: the calendar period, the zone, the retention definition and the interval level.</summary>
/// <remarks>
/// An options object is the one mutable kind of type in CxCore: set the properties, then pass it to
/// <see cref="CohortRetention.Compute(System.Collections.Generic.IEnumerable{Customer}, System.Collections.Generic.IEnumerable{ActivityEvent}, Instant, CohortRetentionOptions?)"/>,
/// which validates it and throws naming the first invalid property. Not thread-safe while being changed.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class CohortRetentionOptions
{
    /// <summary>The calendar period of cohorts and of the periods since acquisition.</summary>
    /// <value><see cref="CalendarPeriod.Month"/> by default.</value>
    public CalendarPeriod Period { get; set; } = CalendarPeriod.Month;

    /// <summary>The TZDB id of the zone whose local calendar defines the periods.</summary>
    /// <value>An id known to <see cref="DateTimeZoneProviders.Tzdb"/>; <c>UTC</c> by default.</value>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Which customers count as retained.</summary>
    /// <value><see cref="RetentionDefinition.ActiveInPeriod"/> by default.</value>
    public RetentionDefinition Definition { get; set; } = RetentionDefinition.ActiveInPeriod;

    /// <summary>The confidence level of the Wilson intervals of the retained shares.</summary>
    /// <value>Strictly between 0 and 1; 0.95 by default.</value>
    public double Level { get; set; } = 0.95;
}
