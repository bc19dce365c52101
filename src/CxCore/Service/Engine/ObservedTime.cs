using System;
using System.Runtime.InteropServices;

namespace CxCore.Service.Engine;

/// <summary>
/// One case on a resolution curve: the time observed (opening to full resolution, or to the cut-off when the case is
/// still unresolved, that is censored) with its censoring flag, packed into one sortable key: nanoseconds × 2, + 1 when
/// censored. Sorting the keys orders cases by time and, at equal times, resolved before censored.
/// </summary>
internal readonly struct ObservedTime
{
    private readonly long _key;

    private ObservedTime(long key) => _key = key;

    /// <summary>The packed key: <see cref="Nanoseconds"/> × 2, + 1 when censored.</summary>
    internal long Key => _key;

    /// <summary>The observed time in nanoseconds.</summary>
    internal long Nanoseconds => _key >> 1;

    /// <summary>Whether the case was unresolved at the cut-off (its time is a lower bound).</summary>
    internal bool IsCensored => (_key & 1) != 0;

    /// <summary>A case observed for <paramref name="nanoseconds"/>, resolved then or censored.</summary>
    internal static ObservedTime From(long nanoseconds, bool resolved) => new((nanoseconds * 2) + (resolved ? 0 : 1));

    /// <summary>The observed time with the packed <paramref name="key"/> (see <see cref="Key"/>).</summary>
    internal static ObservedTime FromKey(long key) => new(key);

    /// <summary>Whether two observations are at the same time (whatever their censoring).</summary>
    internal bool SameTimeAs(ObservedTime other) => _key >> 1 == other._key >> 1;

    /// <summary>Sorts <paramref name="times"/> by key, ascending: an LSD radix sort (11-bit digits, constant digits skipped) for large non-negative keys.</summary>
    internal static void Sort(Span<ObservedTime> times)
    {
        const int Bits = 11, Buckets = 1 << Bits, Mask = Buckets - 1;
        Span<long> keys = MemoryMarshal.Cast<ObservedTime, long>(times);
        if (keys.Length < 4096)
        {
            keys.Sort();
            return;
        }

        long min = long.MaxValue, max = 0;
        foreach (long k in keys)
        {
            min = Math.Min(min, k);
            max = Math.Max(max, k);
        }

        if (min < 0)
        {
            keys.Sort();
            return;
        }

        int digits = Math.Max(1, (64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)max) + Bits - 1) / Bits);
        int[] counts = new int[digits * Buckets];
        foreach (long k in keys)
        {
            for (int d = 0; d < digits; d++)
            {
                counts[(d * Buckets) + (int)((k >> (d * Bits)) & Mask)]++;
            }
        }

        Span<long> source = keys, target = GC.AllocateUninitializedArray<long>(keys.Length);
        bool inKeys = true;
        for (int d = 0; d < digits; d++)
        {
            Span<int> count = counts.AsSpan(d * Buckets, Buckets);
            int shift = d * Bits;
            if (count[(int)((keys[0] >> shift) & Mask)] == keys.Length)
            {
                continue; // every key has the same digit here
            }

            int sum = 0;
            for (int b = 0; b < Buckets; b++)
            {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }

            foreach (long k in source)
            {
                target[count[(int)((k >> shift) & Mask)]++] = k;
            }

            Span<long> swap = source;
            source = target;
            target = swap;
            inKeys = !inKeys;
        }

        if (!inKeys)
        {
            source.CopyTo(keys);
        }
    }
}
