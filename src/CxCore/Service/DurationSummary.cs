using System;
using System.Globalization;
using CxCore.Service.Engine;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// Count, mean, median and 90th percentile of a set of fully observed durations (R type-7 percentiles, as
/// <see cref="DurationDistribution"/>).
/// </summary>
/// <remarks>
/// Computed by selection (linear time) rather than sorting. An empty summary (<c>default</c>) has <see cref="Count"/> 0
/// and <see langword="null"/> statistics. Immutable and thread-safe.
/// </remarks>
public readonly struct DurationSummary : IEquatable<DurationSummary>
{
    private DurationSummary(long count, Duration? mean, Duration? median, Duration? p90)
    {
        Count = count;
        Mean = mean;
        Median = median;
        P90 = p90;
    }

    /// <summary>The number of durations.</summary>
    public long Count { get; }

    /// <summary>The mean, rounded to the nanosecond; <see langword="null"/> when empty.</summary>
    public Duration? Mean { get; }

    /// <summary>The median (type 7); <see langword="null"/> when empty.</summary>
    public Duration? Median { get; }

    /// <summary>The 90th percentile (type 7); <see langword="null"/> when empty.</summary>
    public Duration? P90 { get; }

    /// <summary>A summary of <paramref name="count"/> (at least 1) values from their exact sum, median and p90 in nanoseconds.</summary>
    internal static DurationSummary FromParts(long count, Int128 sum, long median, long p90) =>
        new(count, Duration.FromNanoseconds((long)Math.Round((double)sum / count)), Duration.FromNanoseconds(median), Duration.FromNanoseconds(p90));

    /// <summary>Summarises nanosecond values, reordering them in place.</summary>
    internal static DurationSummary FromNanoseconds(Span<long> values)
    {
        if (values.IsEmpty)
        {
            return default;
        }

        Int128 sum = 0;
        foreach (long v in values)
        {
            sum += v;
        }

        (long median, long p90) = Selection.MedianAndP90(values);
        return new DurationSummary(values.Length, Duration.FromNanoseconds((long)Math.Round((double)sum / values.Length)),
            Duration.FromNanoseconds(median), Duration.FromNanoseconds(p90));
    }

    /// <inheritdoc/>
    public bool Equals(DurationSummary other) => Count == other.Count && Mean == other.Mean && Median == other.Median && P90 == other.P90;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DurationSummary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Mean, Median, P90);

    /// <summary>Formats the summary in hours with two decimals, such as <c>n=120, mean 5.25 h, median 3.50 h, p90 12.00 h</c>.</summary>
    /// <returns>The formatted summary.</returns>
    public override string ToString() => Count == 0
        ? "n=0"
        : string.Create(CultureInfo.InvariantCulture, $"n={Count}, mean {Hours(Mean)}, median {Hours(Median)}, p90 {Hours(P90)}");

    private static string Hours(Duration? value) =>
        value is Duration d ? d.TotalHours.ToString("0.00", CultureInfo.InvariantCulture) + " h" : "n/a";

    /// <summary>Indicates whether two summaries are equal.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DurationSummary left, DurationSummary right) => left.Equals(right);

    /// <summary>Indicates whether two summaries differ.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DurationSummary left, DurationSummary right) => !left.Equals(right);
}
