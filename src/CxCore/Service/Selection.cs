using System;

namespace CxCore.Service;

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
