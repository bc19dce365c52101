using System;
using System.Buffers;
using System.Numerics;

namespace CxCore.Service.Engine;

/// <summary>Order statistics by quickselect (linear expected time, in place).</summary>
internal static class Selection
{
    /// <summary>The R type-7 percentile of non-empty <paramref name="values"/>; reorders them.</summary>
    internal static long Type7(Span<long> values, double p)
    {
        double h = (values.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        long a = Select(values, lo);
        if (lo >= values.Length - 1)
        {
            return a;
        }

        // After selecting lo, the next order statistic is the minimum of the part above it.
        long b = long.MaxValue;
        foreach (long v in values[(lo + 1)..])
        {
            b = Math.Min(b, v);
        }

        return a + (long)Math.Round((h - lo) * (b - a));
    }

    /// <summary>The type-7 median and 90th percentile of non-empty values; the second selection only scans the upper half.</summary>
    internal static (long Median, long P90) MedianAndP90(Span<long> values)
    {
        if (values.Length >= HistogramThreshold && TryMedianAndP90ByHistogram(values, out (long Median, long P90) result))
        {
            return result;
        }

        int n = values.Length;
        double hm = (n - 1) * 0.5, h9 = (n - 1) * 0.9;
        int km = (int)Math.Floor(hm), k9 = (int)Math.Floor(h9);
        long am = Select(values, km);
        long bm = km + 1 < n ? Min(values[(km + 1)..]) : am;
        long a9, b9;
        if (k9 == km)
        {
            (a9, b9) = (am, bm);
        }
        else
        {
            // values[(km + 1)..] holds the larger order statistics; k9 − km − 1 within it.
            a9 = Select(values[(km + 1)..], k9 - km - 1);
            b9 = k9 + 1 < n ? Min(values[(k9 + 1)..]) : a9;
        }

        return (am + (long)Math.Round((hm - km) * (bm - am)), a9 + (long)Math.Round((h9 - k9) * (b9 - a9)));
    }

    /// <summary>From this many values, <see cref="MedianAndP90"/> first narrows each order statistic down with a histogram.</summary>
    internal const int HistogramThreshold = 32_768;

    /// <summary>log2 of the number of histogram buckets.</summary>
    internal const int HistogramBits = 16;

    /// <summary>
    /// The type-7 median and p90 of non-negative values: one pass for the range, one for a 65,536-bucket histogram of
    /// the range, then one pass that gathers the (usually small) buckets holding the two statistics' order statistics,
    /// and a selection within them. Gives up (false, values intact) when those buckets hold a large share of the
    /// values, e.g. with many ties, so the caller falls back to plain selection.
    /// </summary>
    internal static bool TryMedianAndP90ByHistogram(Span<long> values, out (long Median, long P90) result)
    {
        result = default;
        long min = long.MaxValue, max = long.MinValue;
        foreach (long v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (min < 0)
        {
            return false;
        }

        if (min == max)
        {
            result = (min, min);
            return true;
        }

        int shift = Math.Max(0, 64 - BitOperations.LeadingZeroCount((ulong)(max - min)) - HistogramBits);
        int buckets = (int)((ulong)(max - min) >> shift) + 1;
        int[] rented = ArrayPool<int>.Shared.Rent(buckets + 1);
        try
        {
            // cumulative[b] = number of values in buckets before b.
            Span<int> cumulative = rented.AsSpan(0, buckets + 1);
            cumulative.Clear();
            foreach (long v in values)
            {
                cumulative[(int)((ulong)(v - min) >> shift) + 1]++;
            }

            return TryMedianAndP90FromCounts(values, cumulative, min, shift, out result);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The type-7 median and p90 of non-empty values whose bucket counts are given: <paramref name="cumulative"/>[b + 1]
    /// holds the number of values v with (v − <paramref name="min"/>) &gt;&gt; <paramref name="shift"/> = b, and
    /// cumulative[0] is 0; turned into running totals in place. False (values untouched) when the buckets
    /// of an order statistic hold over a quarter of the values.
    /// </summary>
    internal static bool TryMedianAndP90FromCounts(Span<long> values, Span<int> cumulative, long min, int shift, out (long Median, long P90) result)
    {
        result = default;
        ToRunningTotals(cumulative);
        int n = values.Length;
        if (OrderPairBucketsSize(cumulative, (int)Math.Floor((n - 1) * 0.5), n) > n / 4
            || OrderPairBucketsSize(cumulative, (int)Math.Floor((n - 1) * 0.9), n) > n / 4)
        {
            return false;
        }

        long[]? side = null;
        result = MedianAndP90FromTotals(values, cumulative, min, shift, ref side);
        return true;
    }

    /// <summary>
    /// The type-7 median and p90 of non-empty values whose bucket counts are given: <paramref name="cumulative"/>[b + 1]
    /// holds the number of values v with (v − <paramref name="min"/>) &gt;&gt; <paramref name="shift"/> = b and
    /// cumulative[0] is 0; turned into running totals in place. Never gives up: with heavy ties the parts gathered are
    /// large, but the work stays linear (see <see cref="MedianAndP90FromTotals"/>).
    /// </summary>
    internal static (long Median, long P90) MedianAndP90FromCounts(Span<long> values, Span<int> cumulative, long min, int shift, ref long[]? side)
    {
        ToRunningTotals(cumulative);
        return MedianAndP90FromTotals(values, cumulative, min, shift, ref side);
    }

    /// <summary>Turns bucket counts held at [b + 1] into running totals: afterwards cumulative[b] = values in buckets before b.</summary>
    private static void ToRunningTotals(Span<int> cumulative)
    {
        for (int b = 1; b < cumulative.Length; b++)
        {
            cumulative[b] += cumulative[b - 1];
        }
    }

    /// <summary>The number of values in the buckets that hold the order statistics k and k + 1 (k alone at the end).</summary>
    private static int OrderPairBucketsSize(ReadOnlySpan<int> cumulative, int k, int n) =>
        cumulative[BucketOf(cumulative, Math.Min(k + 1, n - 1)) + 1] - cumulative[BucketOf(cumulative, k)];

    /// <summary>
    /// <see cref="MedianAndP90FromCounts"/> on running totals: one pass gathers the buckets holding the median's two
    /// order statistics to the front (swaps keep the multiset intact) and, unless they lie within those, copies the
    /// values of the p90's buckets into <paramref name="side"/> (grown when needed); then a selection within each part.
    /// </summary>
    private static (long Median, long P90) MedianAndP90FromTotals(Span<long> values, ReadOnlySpan<int> cumulative, long min, int shift, ref long[]? side)
    {
        int n = values.Length;
        double hm = (n - 1) * 0.5, h9 = (n - 1) * 0.9;
        int km = (int)Math.Floor(hm), k9 = (int)Math.Floor(h9);
        int km1 = Math.Min(km + 1, n - 1), k91 = Math.Min(k9 + 1, n - 1);
        int loM = BucketOf(cumulative, km), hiM = BucketOf(cumulative, km1);
        int lo9 = BucketOf(cumulative, k9), hi9 = BucketOf(cumulative, k91);

        // k9 ≥ km, so lo9 ≥ loM: the p90's buckets are inside the median's when hi9 ≤ hiM.
        bool separate = hi9 > hiM;
        long[]? other = null;
        if (separate)
        {
            int size9 = cumulative[hi9 + 1] - cumulative[lo9];
            if (side is null || side.Length < size9)
            {
                side = GC.AllocateUninitializedArray<long>(Math.Max(size9, side?.Length * 2 ?? 0));
            }

            other = side;
        }

        uint spanM = (uint)(hiM - loM), span9 = (uint)(hi9 - lo9);
        int w = 0, s = 0;
        for (int j = 0; j < n; j++)
        {
            long v = values[j];
            int bucket = (int)((ulong)(v - min) >> shift);
            if (other is not null && unchecked((uint)(bucket - lo9)) <= span9)
            {
                other[s++] = v;
            }

            if (unchecked((uint)(bucket - loM)) <= spanM)
            {
                (values[w], values[j]) = (v, values[w]);
                w++;
            }
        }

        Span<long> partM = values[..w];
        int localM = km - cumulative[loM];
        long am = Select(partM, localM);
        long bm = km1 == km ? am : Min(partM[(localM + 1)..]);
        Span<long> part9 = other is null ? partM : other.AsSpan(0, s);
        int local9 = k9 - cumulative[other is null ? loM : lo9];
        long a9 = Select(part9, local9);
        long b9 = k91 == k9 ? a9 : Min(part9[(local9 + 1)..]);
        return (am + (long)Math.Round((hm - km) * (bm - am)), a9 + (long)Math.Round((h9 - k9) * (b9 - a9)));
    }

    /// <summary>The bucket holding the value of rank <paramref name="k"/>: the last b with cumulative[b] ≤ k.</summary>
    private static int BucketOf(ReadOnlySpan<int> cumulative, int k)
    {
        int lo = 0, hi = cumulative.Length - 2;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= k)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static long Min(ReadOnlySpan<long> values)
    {
        long min = long.MaxValue;
        foreach (long v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    /// <summary>The k-th smallest value (0-based); afterwards values[..k] ≤ values[k] ≤ values[(k+1)..].</summary>
    internal static long Select(Span<long> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (right > left)
        {
            // Median of three as the pivot.
            int mid = left + ((right - left) >> 1);
            long x = values[left], y = values[mid], z = values[right];
            long pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                break;
            }
        }

        return values[k];
    }
}
