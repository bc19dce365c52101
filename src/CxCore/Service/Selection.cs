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
