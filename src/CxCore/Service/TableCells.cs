using NodaTime;

namespace CxCore.Service;

/// <summary>Cell conversions shared by the service result tables.</summary>
internal static class TableCells
{
    /// <summary>A duration as double hours, or <see langword="null"/> when there is none (not reached, no data).</summary>
    public static object? Hours(Duration? duration) => duration is { } d ? d.TotalHours : null;

    /// <summary>An interval bound, or <see langword="null"/> when the interval is undefined.</summary>
    public static object? Bound(Ratings.ConfidenceInterval interval, bool lower) =>
        !interval.IsDefined ? null : lower ? interval.Lower : interval.Upper;
}
