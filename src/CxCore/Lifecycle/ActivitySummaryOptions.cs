using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>The settings of <see cref="ActivitySummary"/>: the time unit, the zone whose calendar days count, the repeat rule and an optional holdout period.</summary>
/// <remarks>
/// An options object is the one mutable kind of type in CxCore: set the properties, then pass it to
/// <see cref="ActivitySummary.Compute(System.Collections.Generic.IEnumerable{ActivityEvent}, Instant, ActivitySummaryOptions?)"/>,
/// which validates it and throws naming the first invalid property. Not thread-safe while being changed.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ActivitySummaryOptions
{
    /// <summary>The unit of recency and tenure (and of every BG/NBD time fitted to them).</summary>
    /// <value>Greater than zero; 7 days (weeks, as in the papers) by default.</value>
    public Duration TimeUnit { get; set; } = Duration.FromDays(7);

    /// <summary>The TZDB id of the time zone whose local calendar days <see cref="RepeatRule.DistinctDays"/> counts.</summary>
    /// <value>An id known to <see cref="DateTimeZoneProviders.Tzdb"/>; <c>UTC</c> by default.</value>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>What counts as one transaction.</summary>
    /// <value><see cref="RepeatRule.DistinctDays"/> by default.</value>
    public RepeatRule RepeatRule { get; set; } = RepeatRule.DistinctDays;

    /// <summary>The end (exclusive) of the holdout period that starts at the calibration end, or <see langword="null"/> for none.</summary>
    /// <value>After the calibration end (and at a local midnight with <see cref="RepeatRule.DistinctDays"/>); <see langword="null"/> by default.</value>
    public Instant? HoldoutEnd { get; set; }
}
