using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CxCore.Service;

/// <summary>
/// The empirical distribution of fully observed (uncensored) durations, such as first-response times of cases that
/// got a response: count, mean, minimum, maximum and percentiles.
/// </summary>
/// <remarks>
/// <para>
/// Percentiles use R's default definition (<c>quantile(x, type = 7)</c>, Hyndman and Fan 1996): with the n values
/// sorted as x₍₁₎ ≤ … ≤ x₍ₙ₎ and h = (n − 1)·p, the percentile is x₍⌊h⌋+1₎ + (h − ⌊h⌋)·(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎),
/// rounded to the nanosecond. Use it only for durations every case has; for resolution times of a set of cases that
/// includes open ones use <see cref="ResolutionCurve"/>, which does not drop them.
/// </para>
/// <para>An empty distribution has <see cref="Count"/> 0 and <see langword="null"/> statistics. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DurationDistribution
{
    private readonly long[] _sorted; // nanoseconds

    private DurationDistribution(long[] sorted) => _sorted = sorted;

    /// <summary>The longest duration accepted: 100 years of 365.25 days.</summary>
    public static Duration MaxDuration { get; } = Duration.FromDays(36_525);

    /// <summary>The number of durations.</summary>
    public int Count => _sorted.Length;

    /// <summary>The smallest duration; <see langword="null"/> when empty.</summary>
    public Duration? Min => Count == 0 ? null : Duration.FromNanoseconds(_sorted[0]);

    /// <summary>The largest duration; <see langword="null"/> when empty.</summary>
    public Duration? Max => Count == 0 ? null : Duration.FromNanoseconds(_sorted[^1]);

    /// <summary>The arithmetic mean, rounded to the nanosecond; <see langword="null"/> when empty.</summary>
    public Duration? Mean
    {
        get
        {
            if (Count == 0)
            {
                return null;
            }

            // Sum in 128 bits: a million durations of up to 100 years overflow 64-bit nanoseconds.
            Int128 sum = 0;
            foreach (long v in _sorted)
            {
                sum += v;
            }

            return Duration.FromNanoseconds((long)Math.Round((double)sum / Count));
        }
    }

    /// <summary>The median (type-7 percentile 0.5); <see langword="null"/> when empty.</summary>
    public Duration? Median => Percentile(0.5);

    /// <summary>The 90th percentile (type 7); <see langword="null"/> when empty.</summary>
    public Duration? P90 => Percentile(0.9);

    /// <summary>Builds the distribution of <paramref name="durations"/>.</summary>
    /// <param name="durations">The durations, each between zero and <see cref="MaxDuration"/>.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="durations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative or more than <see cref="MaxDuration"/>.</exception>
    public static DurationDistribution FromDurations(IEnumerable<Duration> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        var values = new List<long>();
        foreach (Duration d in durations)
        {
            if (d < Duration.Zero || d > MaxDuration)
            {
                throw new ArgumentOutOfRangeException(nameof(durations), d, string.Create(CultureInfo.InvariantCulture,
                    $"The duration {d} at position {values.Count} is negative or longer than 100 years."));
            }

            values.Add(d.ToInt64Nanoseconds());
        }

        long[] sorted = values.ToArray();
        Array.Sort(sorted);
        return new DurationDistribution(sorted);
    }

    /// <summary>The type-7 percentile <paramref name="p"/> (see the remarks).</summary>
    /// <param name="p">The share, from 0 (the minimum) to 1 (the maximum).</param>
    /// <returns>The percentile; <see langword="null"/> when empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is not between 0 and 1.</exception>
    public Duration? Percentile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The percentile share must be between 0 and 1, for example 0.9 for p90.");
        }

        return Count == 0 ? null : Duration.FromNanoseconds(Type7(_sorted, p));
    }

    /// <summary>The type-7 percentile of sorted, non-empty values.</summary>
    internal static long Type7(ReadOnlySpan<long> sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        double fraction = h - lo;
        return sorted[lo] + (long)Math.Round(fraction * (sorted[lo + 1] - sorted[lo]));
    }
}
