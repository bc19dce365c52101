using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CxCore.Ratings;

/// <summary>
/// The counting kernels behind <see cref="RatingCounts.FromRatings(RatingScale, ReadOnlySpan{byte})"/> and
/// <see cref="NetPromoterScore.FromRatings(ReadOnlySpan{byte})"/>: vectorised with AVX-512, AVX2 or portable 128-bit
/// vectors (ARM64's <c>tbl</c>), a scalar kernel elsewhere, validating every rating in the same pass, allocation-free.
/// </summary>
/// <remarks>
/// <para>
/// Every vector kernel reads each byte once. It classifies bytes with a 16-entry table lookup (<c>vpshufb</c>, or
/// <see cref="Vector128.Shuffle(Vector128{byte}, Vector128{byte})"/> on other CPUs), so it serves scales whose highest
/// point is at most 15 (0–10, 1–5, 1–7, 1–10…); other scales use the scalar kernel.
/// </para>
/// <para>
/// One lookup counts two points: the table maps the first to 1 and the second to 16, so each byte lane holds two 4-bit
/// counters. They can take 15 vectors; then they are split into per-point byte counters, which can take 17 such
/// flushes (255 vectors, a block), after which they are widened into <see cref="long"/> totals. The 11-point NPS scale
/// needs five lookups per vector (the eleventh point is what the others leave of the block), the NPS bands one.
/// </para>
/// <para>
/// Each block's largest and smallest byte are checked against the scale before its counts are used (the smallest is
/// not tracked for scales that start at 0, where no byte can be below); a block with an
/// invalid byte is rescanned to report the first invalid position. A lookup may give anything for an invalid byte
/// (instruction sets differ for indices of 16 and more), which is why an invalid block's counts are never used.
/// </para>
/// </remarks>
internal static class RatingKernels
{
    private const int MaxVectorsPerBlock = 255;
    private const int NibbleFlushEvery = 15;
    private const int MaxTablePoint = 15;

    /// <summary>Which kernel runs on this machine: 512 (AVX-512BW), 256 (AVX2), 128 (portable vectors) or 0 (scalar).</summary>
    internal static int VectorWidth =>
        Avx512BW.IsSupported ? 512 : Avx2.IsSupported ? 256 : Vector128.IsHardwareAccelerated ? 128 : 0;

    /// <summary>
    /// Counts ratings ≤ <paramref name="lowMax"/> into <paramref name="low"/> and ≥ <paramref name="highMin"/> into
    /// <paramref name="high"/>, checking that every rating lies in [<paramref name="min"/>, <paramref name="max"/>].
    /// </summary>
    /// <returns>−1 when every rating is valid; otherwise the index of the first invalid rating (counts are then partial).</returns>
    internal static long CountBands(ReadOnlySpan<byte> ratings, byte min, byte max, byte lowMax, byte highMin, out long low, out long high) =>
        CountBands(ratings, min, max, lowMax, highMin, out low, out high, VectorWidth);

    /// <summary><see cref="CountBands(ReadOnlySpan{byte}, byte, byte, byte, byte, out long, out long)"/> with a chosen kernel (for tests).</summary>
    internal static long CountBands(ReadOnlySpan<byte> ratings, byte min, byte max, byte lowMax, byte highMin, out long low, out long high, int width)
    {
        Debug.Assert(min <= lowMax && lowMax < highMin && highMin <= max);
        low = 0;
        high = 0;
        if (max <= MaxTablePoint)
        {
            Span<byte> table = stackalloc byte[16];
            for (int value = min; value <= max; value++)
            {
                table[value] = value <= lowMax ? (byte)1 : value >= highMin ? (byte)16 : (byte)0;
            }

            switch (width)
            {
                case 512 when Avx512BW.IsSupported:
                    return CountBands<Lanes512, Vector512<byte>>(ratings, min, max, lowMax, highMin, table, ref low, ref high);
                case 256 when Avx2.IsSupported:
                    return CountBands<Lanes256, Vector256<byte>>(ratings, min, max, lowMax, highMin, table, ref low, ref high);
                case 128 when Vector128.IsHardwareAccelerated:
                    return CountBands<Lanes128, Vector128<byte>>(ratings, min, max, lowMax, highMin, table, ref low, ref high);
            }
        }

        return CountBandsScalar(ratings, 0, min, max, lowMax, highMin, ref low, ref high);
    }

    /// <summary>
    /// Adds the number of ratings equal to each point of [<paramref name="min"/>, <paramref name="max"/>] to
    /// <paramref name="counts"/> (index 0 is <paramref name="min"/>), checking every rating lies in that range.
    /// </summary>
    /// <returns>−1 when every rating is valid; otherwise the index of the first invalid rating (counts are then partial).</returns>
    internal static long Histogram(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts) =>
        Histogram(ratings, min, max, counts, VectorWidth);

    /// <summary><see cref="Histogram(ReadOnlySpan{byte}, byte, byte, Span{long})"/> with a chosen kernel (for tests).</summary>
    internal static long Histogram(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts, int width)
    {
        Debug.Assert(counts.Length == max - min + 1 && max > min);
        if (max <= MaxTablePoint)
        {
            switch (width)
            {
                case 512 when Avx512BW.IsSupported:
                    return Histogram<Lanes512, Vector512<byte>>(ratings, min, max, counts);
                case 256 when Avx2.IsSupported:
                    return Histogram<Lanes256, Vector256<byte>>(ratings, min, max, counts);
                case 128 when Vector128.IsHardwareAccelerated:
                    return Histogram<Lanes128, Vector128<byte>>(ratings, min, max, counts);
            }
        }

        return HistogramByTable(ratings, 0, min, max, counts);
    }

    /// <summary>Counts by plain comparisons, one rating at a time: the reference the vectorised kernels are tested against.</summary>
    internal static long HistogramReference(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts)
    {
        for (int i = 0; i < ratings.Length; i++)
        {
            byte rating = ratings[i];
            if (rating < min || rating > max)
            {
                return i;
            }

            counts[rating - min]++;
        }

        return -1;
    }

    private static unsafe long CountBands<TLanes, TVector>(
        ReadOnlySpan<byte> ratings, byte min, byte max, byte lowMax, byte highMin, ReadOnlySpan<byte> tableBytes, ref long low, ref long high)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
    {
        TVector table = TLanes.Table(tableBytes);

        // Pinned, so that the alignment found here holds for the whole pass.
        fixed (byte* pinned = ratings)
        {
            int prefix = AlignedPrefix(pinned, ratings.Length, TLanes.Size);
            long invalid = CountBandsScalar(ratings[..prefix], 0, min, max, lowMax, highMin, ref low, ref high);
            if (invalid >= 0)
            {
                return invalid;
            }

            ReadOnlySpan<byte> aligned = ratings[prefix..];
            ref byte start = ref MemoryMarshal.GetReference(aligned);
            int vectors = aligned.Length / TLanes.Size;
            for (int first = 0; first < vectors; first += MaxVectorsPerBlock)
            {
                int end = Math.Min(vectors, first + MaxVectorsPerBlock);
                (TVector lows, TVector highs, TVector largest, TVector smallest) = min == 0
                    ? CountBandsBlock<TLanes, TVector, NoMinimum>(ref start, first, end, table)
                    : CountBandsBlock<TLanes, TVector, Minimum>(ref start, first, end, table);
                if (TLanes.MaxByte(largest) > max || TLanes.MinByte(smallest) < min)
                {
                    return prefix + FirstInvalid(aligned, first * TLanes.Size, min, max);
                }

                low += TLanes.Sum(lows);
                high += TLanes.Sum(highs);
            }

            invalid = CountBandsScalar(aligned, vectors * TLanes.Size, min, max, lowMax, highMin, ref low, ref high);
            return invalid < 0 ? invalid : prefix + invalid;
        }
    }

    /// <summary>
    /// How many bytes from <paramref name="pinned"/> precede the first address that is a multiple of
    /// <paramref name="size"/> (at most <paramref name="length"/>): the kernels count those one by one, so that every
    /// vector load is aligned. Unaligned wide loads straddle cache lines (every 512-bit load of an unaligned buffer does),
    /// which costs a memory-bound pass about a fifth of its speed.
    /// </summary>
    private static unsafe int AlignedPrefix(byte* pinned, int length, int size) =>
        Math.Min(length, unchecked((int)((nuint)(-(nint)pinned) & (nuint)(size - 1))));

    /// <summary>
    /// Counts one block of vectors into byte counters of the low and high bands, returning them with the block's largest
    /// and smallest bytes. Out of line and free of calls, for the reason the histogram block is.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (TVector Lows, TVector Highs, TVector Largest, TVector Smallest) CountBandsBlock<TLanes, TVector, TMinimum>(ref byte start, int first, int end, TVector table)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
        where TMinimum : struct, IMinimumCheck
    {
        // Two vectors per step into two sets of 4-bit counters, so that two lookups and loads are in flight at once;
        // each set takes at most 15 vectors between flushes.
        TVector lows = default, highs = default, largest = default, smallest = TLanes.Broadcast(byte.MaxValue);
        for (int from = first; from < end; from += 2 * NibbleFlushEvery)
        {
            int to = Math.Min(end, from + (2 * NibbleFlushEvery));
            TVector even = default, odd = default;
            int v = from;
            for (; v + 1 < to; v += 2)
            {
                TVector a = TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size);
                TVector b = TLanes.Load(ref start, ((nuint)v + 1) * (nuint)TLanes.Size);
                even = TLanes.Add(even, TLanes.Lookup(table, a));
                odd = TLanes.Add(odd, TLanes.Lookup(table, b));
                largest = TLanes.Max(largest, TLanes.Max(a, b));
                if (TMinimum.Checked)
                {
                    smallest = TLanes.Min(smallest, TLanes.Min(a, b));
                }
            }

            if (v < to)
            {
                TVector a = TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size);
                even = TLanes.Add(even, TLanes.Lookup(table, a));
                largest = TLanes.Max(largest, a);
                if (TMinimum.Checked)
                {
                    smallest = TLanes.Min(smallest, a);
                }
            }

            lows = TLanes.Add(lows, TLanes.Add(TLanes.LowNibbles(even), TLanes.LowNibbles(odd)));
            highs = TLanes.Add(highs, TLanes.Add(TLanes.HighNibbles(even), TLanes.HighNibbles(odd)));
        }

        return (lows, highs, largest, smallest);
    }

    private static long Histogram<TLanes, TVector>(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
    {
        int points = max - min + 1;
        int pairs = (points + 1) / 2;
        // With an odd number of points the last needs no lookup: every byte of a valid block is on the scale, so it is
        // what the other points leave.
        int lookups = points % 2 == 1 && pairs > 1 ? pairs - 1 : pairs;

        // Table j maps point 2j to 1 (low nibble) and point 2j + 1 to 16 (high nibble); everything else to 0.
        Span<byte> tableBytes = stackalloc byte[16];
        Span<TVector> tables = stackalloc TVector[8];
        for (int pair = 0; pair < lookups; pair++)
        {
            tableBytes.Clear();
            tableBytes[min + (2 * pair)] = 1;
            if ((2 * pair) + 1 < points)
            {
                tableBytes[min + (2 * pair) + 1] = 16;
            }

            tables[pair] = TLanes.Table(tableBytes);
        }

        // The number of lookups is a type argument, so each count gets its own loop with its tables in registers.
        return lookups switch
        {
            1 => Histogram<TLanes, TVector, Lookups1>(ratings, min, max, counts, tables),
            2 => Histogram<TLanes, TVector, Lookups2>(ratings, min, max, counts, tables),
            3 => Histogram<TLanes, TVector, Lookups3>(ratings, min, max, counts, tables),
            4 => Histogram<TLanes, TVector, Lookups4>(ratings, min, max, counts, tables),
            5 => Histogram<TLanes, TVector, Lookups5>(ratings, min, max, counts, tables),
            6 => Histogram<TLanes, TVector, Lookups6>(ratings, min, max, counts, tables),
            7 => Histogram<TLanes, TVector, Lookups7>(ratings, min, max, counts, tables),
            _ => Histogram<TLanes, TVector, Lookups8>(ratings, min, max, counts, tables),
        };
    }

    private static unsafe long Histogram<TLanes, TVector, TLookups>(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts, ReadOnlySpan<TVector> tables)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
        where TLookups : struct, ILookupCount
    {
        // Pinned, so that the alignment found here holds for the whole pass.
        fixed (byte* pinned = ratings)
        {
            int prefix = AlignedPrefix(pinned, ratings.Length, TLanes.Size);
            long invalid = HistogramReference(ratings[..prefix], min, max, counts);
            if (invalid >= 0)
            {
                return invalid;
            }

            invalid = HistogramAligned<TLanes, TVector, TLookups>(ratings[prefix..], min, max, counts, tables);
            return invalid < 0 ? invalid : prefix + invalid;
        }
    }

    /// <summary>The histogram of ratings whose first byte is aligned to the vector size.</summary>
    private static long HistogramAligned<TLanes, TVector, TLookups>(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts, ReadOnlySpan<TVector> tables)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
        where TLookups : struct, ILookupCount
    {
        int points = max - min + 1;
        int looked = Math.Min(points, 2 * TLookups.Count);

        // Per-point byte counters of the current block: [2j] the low nibbles of lookup j, [2j + 1] the high ones.
        Span<TVector> wide = stackalloc TVector[16];
        ref byte start = ref MemoryMarshal.GetReference(ratings);
        int vectors = ratings.Length / TLanes.Size;
        for (int first = 0; first < vectors; first += MaxVectorsPerBlock)
        {
            int end = Math.Min(vectors, first + MaxVectorsPerBlock);
            wide.Clear();
            (TVector largest, TVector smallest) = min == 0
                ? HistogramBlock<TLanes, TVector, TLookups, NoMinimum>(ref start, first, end, tables, wide)
                : HistogramBlock<TLanes, TVector, TLookups, Minimum>(ref start, first, end, tables, wide);
            if (TLanes.MaxByte(largest) > max || TLanes.MinByte(smallest) < min)
            {
                return FirstInvalid(ratings, first * TLanes.Size, min, max);
            }

            long counted = 0;
            for (int point = 0; point < looked; point++)
            {
                long count = TLanes.Sum(wide[point]);
                counts[point] += count;
                counted += count;
            }

            if (looked < points)
            {
                counts[points - 1] += ((long)(end - first) * TLanes.Size) - counted;
            }
        }

        return HistogramByTable(ratings, vectors * TLanes.Size, min, max, counts);
    }

    /// <summary>
    /// Counts the vectors [<paramref name="first"/>, <paramref name="end"/>) (at most a block) into the byte counters
    /// <paramref name="wide"/>, returning the block's largest and smallest bytes.
    /// </summary>
    /// <remarks>
    /// Kept out of line and free of calls, so that the tables and counters live in registers for the whole block: on
    /// x64 Unix every vector register is caller-saved, and a call anywhere in the loop nest made the JIT keep the tables
    /// on the stack and reload them for every vector.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (TVector Largest, TVector Smallest) HistogramBlock<TLanes, TVector, TLookups, TMinimum>(
        ref byte start, int first, int end, ReadOnlySpan<TVector> tables, Span<TVector> wide)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
        where TLookups : struct, ILookupCount
        where TMinimum : struct, IMinimumCheck
    {
        TVector t0 = tables[0];
        TVector t1 = TLookups.Count > 1 ? tables[1] : default;
        TVector t2 = TLookups.Count > 2 ? tables[2] : default;
        TVector t3 = TLookups.Count > 3 ? tables[3] : default;
        TVector t4 = TLookups.Count > 4 ? tables[4] : default;
        TVector t5 = TLookups.Count > 5 ? tables[5] : default;
        TVector t6 = TLookups.Count > 6 ? tables[6] : default;
        TVector t7 = TLookups.Count > 7 ? tables[7] : default;
        TVector largest = default, smallest = TLanes.Broadcast(byte.MaxValue);
        for (int from = first; from < end; from += NibbleFlushEvery)
        {
            int to = Math.Min(end, from + NibbleFlushEvery);
            TVector n0 = default, n1 = default, n2 = default, n3 = default, n4 = default, n5 = default, n6 = default, n7 = default;
            for (int v = from; v < to; v++)
            {
                TVector data = TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size);
                largest = TLanes.Max(largest, data);
                if (TMinimum.Checked)
                {
                    smallest = TLanes.Min(smallest, data);
                }

                n0 = TLanes.Add(n0, TLanes.Lookup(t0, data));
                if (TLookups.Count > 1)
                {
                    n1 = TLanes.Add(n1, TLanes.Lookup(t1, data));
                }

                if (TLookups.Count > 2)
                {
                    n2 = TLanes.Add(n2, TLanes.Lookup(t2, data));
                }

                if (TLookups.Count > 3)
                {
                    n3 = TLanes.Add(n3, TLanes.Lookup(t3, data));
                }

                if (TLookups.Count > 4)
                {
                    n4 = TLanes.Add(n4, TLanes.Lookup(t4, data));
                }

                if (TLookups.Count > 5)
                {
                    n5 = TLanes.Add(n5, TLanes.Lookup(t5, data));
                }

                if (TLookups.Count > 6)
                {
                    n6 = TLanes.Add(n6, TLanes.Lookup(t6, data));
                }

                if (TLookups.Count > 7)
                {
                    n7 = TLanes.Add(n7, TLanes.Lookup(t7, data));
                }
            }

            Flush<TLanes, TVector>(wide, 0, n0);
            if (TLookups.Count > 1)
            {
                Flush<TLanes, TVector>(wide, 1, n1);
            }

            if (TLookups.Count > 2)
            {
                Flush<TLanes, TVector>(wide, 2, n2);
            }

            if (TLookups.Count > 3)
            {
                Flush<TLanes, TVector>(wide, 3, n3);
            }

            if (TLookups.Count > 4)
            {
                Flush<TLanes, TVector>(wide, 4, n4);
            }

            if (TLookups.Count > 5)
            {
                Flush<TLanes, TVector>(wide, 5, n5);
            }

            if (TLookups.Count > 6)
            {
                Flush<TLanes, TVector>(wide, 6, n6);
            }

            if (TLookups.Count > 7)
            {
                Flush<TLanes, TVector>(wide, 7, n7);
            }
        }

        return (largest, smallest);
    }

    /// <summary>Adds the two 4-bit counters of each byte of <paramref name="nibbles"/> to the block's byte counters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Flush<TLanes, TVector>(Span<TVector> wide, int lookup, TVector nibbles)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
    {
        wide[2 * lookup] = TLanes.Add(wide[2 * lookup], TLanes.LowNibbles(nibbles));
        wide[(2 * lookup) + 1] = TLanes.Add(wide[(2 * lookup) + 1], TLanes.HighNibbles(nibbles));
    }

    private static long CountBandsScalar(ReadOnlySpan<byte> ratings, int from, byte min, byte max, byte lowMax, byte highMin, ref long low, ref long high)
    {
        for (int i = from; i < ratings.Length; i++)
        {
            byte rating = ratings[i];
            if (rating < min || rating > max)
            {
                return i;
            }

            low += rating <= lowMax ? 1 : 0;
            high += rating >= highMin ? 1 : 0;
        }

        return -1;
    }

    /// <summary>Scalar histogram from <paramref name="from"/> on, with four interleaved tables to break store dependencies.</summary>
    private static long HistogramByTable(ReadOnlySpan<byte> ratings, int from, byte min, byte max, Span<long> counts)
    {
        if (from >= ratings.Length)
        {
            return -1;
        }

        Span<int> tables = stackalloc int[4 * 256];
        ref byte start = ref MemoryMarshal.GetReference(ratings);

        // int tables are flushed every 2^30 ratings so they cannot overflow.
        const int FlushEvery = 1 << 30;
        for (long next = from; next < ratings.Length; next += FlushEvery)
        {
            tables.Clear();
            int chunk = (int)next;
            int end = (int)Math.Min(ratings.Length, next + FlushEvery);
            int i = chunk;
            for (; i + 4 <= end; i += 4)
            {
                tables[Unsafe.Add(ref start, i)]++;
                tables[256 + Unsafe.Add(ref start, i + 1)]++;
                tables[512 + Unsafe.Add(ref start, i + 2)]++;
                tables[768 + Unsafe.Add(ref start, i + 3)]++;
            }

            for (; i < end; i++)
            {
                tables[Unsafe.Add(ref start, i)]++;
            }

            for (int value = 0; value < 256; value++)
            {
                long count = (long)tables[value] + tables[256 + value] + tables[512 + value] + tables[768 + value];
                if (count != 0 && (value < min || value > max))
                {
                    return FirstInvalid(ratings, chunk, min, max);
                }

                if (count != 0)
                {
                    counts[value - min] += count;
                }
            }
        }

        return -1;
    }

    private static long FirstInvalid(ReadOnlySpan<byte> ratings, int from, byte min, byte max)
    {
        for (int i = from; i < ratings.Length; i++)
        {
            if (ratings[i] < min || ratings[i] > max)
            {
                return i;
            }
        }

        throw new UnreachableException("A block reported an invalid rating that a scalar scan did not find.");
    }

    /// <summary>
    /// Whether a block kernel tracks the smallest byte: not for scales that start at 0, where no byte is below the
    /// minimum (the smallest then stays 255, which passes the check).
    /// </summary>
    private interface IMinimumCheck
    {
        static abstract bool Checked { get; }
    }

    private readonly struct Minimum : IMinimumCheck
    {
        public static bool Checked => true;
    }

    private readonly struct NoMinimum : IMinimumCheck
    {
        public static bool Checked => false;
    }

    /// <summary>How many table lookups the histogram does per vector, as a type so that each count compiles to its own loop.</summary>
    private interface ILookupCount
    {
        static abstract int Count { get; }
    }

    private readonly struct Lookups1 : ILookupCount
    {
        public static int Count => 1;
    }

    private readonly struct Lookups2 : ILookupCount
    {
        public static int Count => 2;
    }

    private readonly struct Lookups3 : ILookupCount
    {
        public static int Count => 3;
    }

    private readonly struct Lookups4 : ILookupCount
    {
        public static int Count => 4;
    }

    private readonly struct Lookups5 : ILookupCount
    {
        public static int Count => 5;
    }

    private readonly struct Lookups6 : ILookupCount
    {
        public static int Count => 6;
    }

    private readonly struct Lookups7 : ILookupCount
    {
        public static int Count => 7;
    }

    private readonly struct Lookups8 : ILookupCount
    {
        public static int Count => 8;
    }

    /// <summary>The byte-vector operations the kernels need, implemented for one vector width.</summary>
    private interface ILanes<TVector>
        where TVector : unmanaged
    {
        static abstract int Size { get; }

        static abstract TVector Load(ref byte start, nuint offset);

        static abstract TVector Broadcast(byte value);

        /// <summary>A 16-byte lookup table repeated in every 128-bit lane.</summary>
        static abstract TVector Table(ReadOnlySpan<byte> sixteen);

        static abstract TVector Add(TVector left, TVector right);

        static abstract TVector Max(TVector left, TVector right);

        static abstract TVector Min(TVector left, TVector right);

        /// <summary>table[index] per byte for indices 0–15; unspecified for larger indices (they fail validation).</summary>
        static abstract TVector Lookup(TVector table, TVector indices);

        static abstract TVector LowNibbles(TVector value);

        static abstract TVector HighNibbles(TVector value);

        static abstract byte MaxByte(TVector value);

        static abstract byte MinByte(TVector value);

        /// <summary>The exact sum of all bytes.</summary>
        static abstract long Sum(TVector value);
    }

    private readonly struct Lanes512 : ILanes<Vector512<byte>>
    {
        public static int Size => Vector512<byte>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> Load(ref byte start, nuint offset) => Vector512.LoadUnsafe(ref start, offset);

        public static Vector512<byte> Broadcast(byte value) => Vector512.Create(value);

        public static Vector512<byte> Table(ReadOnlySpan<byte> sixteen) => Vector512.Create(Lanes256.Table(sixteen), Lanes256.Table(sixteen));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> Add(Vector512<byte> left, Vector512<byte> right) => left + right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> Max(Vector512<byte> left, Vector512<byte> right) => Vector512.Max(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> Min(Vector512<byte> left, Vector512<byte> right) => Vector512.Min(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> Lookup(Vector512<byte> table, Vector512<byte> indices) => Avx512BW.Shuffle(table, indices);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> LowNibbles(Vector512<byte> value) => value & Vector512.Create((byte)0x0F);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<byte> HighNibbles(Vector512<byte> value) => Vector512.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & Vector512.Create((byte)0x0F);

        public static byte MaxByte(Vector512<byte> value) => Lanes256.MaxByte(Vector256.Max(value.GetLower(), value.GetUpper()));

        public static byte MinByte(Vector512<byte> value) => Lanes256.MinByte(Vector256.Min(value.GetLower(), value.GetUpper()));

        public static long Sum(Vector512<byte> value) => (long)Vector512.Sum(Avx512BW.SumAbsoluteDifferences(value, Vector512<byte>.Zero).AsUInt64());
    }

    private readonly struct Lanes256 : ILanes<Vector256<byte>>
    {
        public static int Size => Vector256<byte>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> Load(ref byte start, nuint offset) => Vector256.LoadUnsafe(ref start, offset);

        public static Vector256<byte> Broadcast(byte value) => Vector256.Create(value);

        public static Vector256<byte> Table(ReadOnlySpan<byte> sixteen) => Vector256.Create(Vector128.Create(sixteen), Vector128.Create(sixteen));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> Add(Vector256<byte> left, Vector256<byte> right) => left + right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> Max(Vector256<byte> left, Vector256<byte> right) => Vector256.Max(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> Min(Vector256<byte> left, Vector256<byte> right) => Vector256.Min(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> Lookup(Vector256<byte> table, Vector256<byte> indices) => Avx2.Shuffle(table, indices);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> LowNibbles(Vector256<byte> value) => value & Vector256.Create((byte)0x0F);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<byte> HighNibbles(Vector256<byte> value) => Vector256.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);

        public static byte MaxByte(Vector256<byte> value) => Lanes128.MaxByte(Vector128.Max(value.GetLower(), value.GetUpper()));

        public static byte MinByte(Vector256<byte> value) => Lanes128.MinByte(Vector128.Min(value.GetLower(), value.GetUpper()));

        public static long Sum(Vector256<byte> value) => (long)Vector256.Sum(Avx2.SumAbsoluteDifferences(value, Vector256<byte>.Zero).AsUInt64());
    }

    /// <summary>
    /// Portable 128-bit vectors: <see cref="Vector128.Shuffle(Vector128{byte}, Vector128{byte})"/> compiles to ARM64's
    /// <c>tbl</c>; on x86 the 256- and 512-bit kernels run instead, and tests run this one directly.
    /// </summary>
    private readonly struct Lanes128 : ILanes<Vector128<byte>>
    {
        public static int Size => Vector128<byte>.Count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Load(ref byte start, nuint offset) => Vector128.LoadUnsafe(ref start, offset);

        public static Vector128<byte> Broadcast(byte value) => Vector128.Create(value);

        public static Vector128<byte> Table(ReadOnlySpan<byte> sixteen) => Vector128.Create(sixteen);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Add(Vector128<byte> left, Vector128<byte> right) => left + right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Max(Vector128<byte> left, Vector128<byte> right) => Vector128.Max(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Min(Vector128<byte> left, Vector128<byte> right) => Vector128.Min(left, right);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indices) => Vector128.Shuffle(table, indices);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> LowNibbles(Vector128<byte> value) => value & Vector128.Create((byte)0x0F);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> HighNibbles(Vector128<byte> value) => Vector128.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & Vector128.Create((byte)0x0F);

        public static byte MaxByte(Vector128<byte> value)
        {
            byte largest = 0;
            for (int i = 0; i < Vector128<byte>.Count; i++)
            {
                largest = Math.Max(largest, value.GetElement(i));
            }

            return largest;
        }

        public static byte MinByte(Vector128<byte> value)
        {
            byte smallest = byte.MaxValue;
            for (int i = 0; i < Vector128<byte>.Count; i++)
            {
                smallest = Math.Min(smallest, value.GetElement(i));
            }

            return smallest;
        }

        /// <summary>The sum of the 16 bytes, widened to 16 bits first (at most 16 × 255, so no lane overflows).</summary>
        public static long Sum(Vector128<byte> value)
        {
            (Vector128<ushort> lower, Vector128<ushort> upper) = Vector128.Widen(value);
            return Vector128.Sum(lower + upper);
        }
    }
}
