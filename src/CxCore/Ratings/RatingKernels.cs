using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CxCore.Ratings;

/// <summary>
/// The counting kernels behind <see cref="RatingCounts.FromRatings(RatingScale, ReadOnlySpan{byte})"/> and
/// <see cref="NetPromoterScore.FromRatings(ReadOnlySpan{byte})"/>: vectorised with AVX-512 or AVX2 where the CPU has
/// them (a scalar kernel elsewhere), validating every rating in the same pass, allocation-free.
/// </summary>
/// <remarks>
/// <para>
/// Both vector kernels classify bytes with a 16-entry table lookup (<c>vpshufb</c>), so they serve scales whose
/// highest point is at most 15 (0–10, 1–5, 1–7, 1–10…); other scales use the scalar kernel.
/// </para>
/// <para>
/// Input is processed in blocks of at most 255 vectors (≤ 16 KiB, which stays in the L1 cache). Per-lane byte
/// counters cannot overflow inside a block and are widened into <see cref="long"/> totals after it. A block's
/// largest and smallest byte are checked against the scale before its counts are used; a block with an invalid byte
/// is rescanned to report the first invalid position.
/// </para>
/// <para>
/// The NPS kernel looks each byte up in a detractor table and a promoter table and adds the results. The histogram
/// kernel counts two points per lookup: the table maps point 2j to 1 and point 2j + 1 to 16, so each byte counter holds
/// two 4-bit counters that are split off every 15 vectors.
/// </para>
/// </remarks>
internal static class RatingKernels
{
    private const int MaxVectorsPerBlock = 255;
    private const int NibbleFlushEvery = 15;
    private const int MaxTablePoint = 15;

    /// <summary>Which kernel runs on this machine: 512 (AVX-512BW), 256 (AVX2) or 0 (scalar).</summary>
    internal static int VectorWidth => Avx512BW.IsSupported ? 512 : Avx2.IsSupported ? 256 : 0;

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
        if (max <= MaxTablePoint)
        {
            if (width == 512 && Avx512BW.IsSupported)
            {
                return CountBands<Lanes512, Vector512<byte>>(ratings, min, max, lowMax, highMin, out low, out high);
            }

            if (width == 256 && Avx2.IsSupported)
            {
                return CountBands<Lanes256, Vector256<byte>>(ratings, min, max, lowMax, highMin, out low, out high);
            }
        }

        low = 0;
        high = 0;
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
            if (width == 512 && Avx512BW.IsSupported)
            {
                return Histogram<Lanes512, Vector512<byte>>(ratings, min, max, counts);
            }

            if (width == 256 && Avx2.IsSupported)
            {
                return Histogram<Lanes256, Vector256<byte>>(ratings, min, max, counts);
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

    private static long CountBands<TLanes, TVector>(ReadOnlySpan<byte> ratings, byte min, byte max, byte lowMax, byte highMin, out long low, out long high)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
    {
        low = 0;
        high = 0;
        Span<byte> lowTable = stackalloc byte[16], highTable = stackalloc byte[16];
        for (int value = min; value <= max; value++)
        {
            lowTable[value] = value <= lowMax ? (byte)1 : (byte)0;
            highTable[value] = value >= highMin ? (byte)1 : (byte)0;
        }

        TVector lows = TLanes.Table(lowTable), highs = TLanes.Table(highTable);
        ref byte start = ref MemoryMarshal.GetReference(ratings);
        int vectors = ratings.Length / TLanes.Size;
        for (int first = 0; first < vectors; first += MaxVectorsPerBlock)
        {
            int end = Math.Min(vectors, first + MaxVectorsPerBlock);
            // Two independent sets of accumulators keep two loads in flight per iteration.
            TVector lowCounts = default, highCounts = default, largest = default, smallest = TLanes.Broadcast(byte.MaxValue);
            TVector lowCounts2 = default, highCounts2 = default, largest2 = default, smallest2 = smallest;
            int v = first;
            for (; v + 1 < end; v += 2)
            {
                TVector data = TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size);
                TVector data2 = TLanes.Load(ref start, (nuint)(v + 1) * (nuint)TLanes.Size);
                lowCounts = TLanes.Add(lowCounts, TLanes.Lookup(lows, data));
                highCounts = TLanes.Add(highCounts, TLanes.Lookup(highs, data));
                largest = TLanes.Max(largest, data);
                smallest = TLanes.Min(smallest, data);
                lowCounts2 = TLanes.Add(lowCounts2, TLanes.Lookup(lows, data2));
                highCounts2 = TLanes.Add(highCounts2, TLanes.Lookup(highs, data2));
                largest2 = TLanes.Max(largest2, data2);
                smallest2 = TLanes.Min(smallest2, data2);
            }

            if (v < end)
            {
                TVector data = TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size);
                lowCounts = TLanes.Add(lowCounts, TLanes.Lookup(lows, data));
                highCounts = TLanes.Add(highCounts, TLanes.Lookup(highs, data));
                largest = TLanes.Max(largest, data);
                smallest = TLanes.Min(smallest, data);
            }

            if (TLanes.MaxByte(TLanes.Max(largest, largest2)) > max || TLanes.MinByte(TLanes.Min(smallest, smallest2)) < min)
            {
                return FirstInvalid(ratings, first * TLanes.Size, min, max);
            }

            low += TLanes.Sum(lowCounts) + TLanes.Sum(lowCounts2);
            high += TLanes.Sum(highCounts) + TLanes.Sum(highCounts2);
        }

        return CountBandsScalar(ratings, vectors * TLanes.Size, min, max, lowMax, highMin, ref low, ref high);
    }

    private static long Histogram<TLanes, TVector>(ReadOnlySpan<byte> ratings, byte min, byte max, Span<long> counts)
        where TLanes : struct, ILanes<TVector>
        where TVector : unmanaged
    {
        int points = max - min + 1;
        int pairs = (points + 1) / 2;

        // Table j maps point 2j to 1 (low nibble) and point 2j + 1 to 16 (high nibble); everything else to 0.
        Span<byte> tableBytes = stackalloc byte[16];
        Span<TVector> tables = stackalloc TVector[8];
        for (int pair = 0; pair < pairs; pair++)
        {
            tableBytes.Clear();
            tableBytes[min + (2 * pair)] = 1;
            if ((2 * pair) + 1 < points)
            {
                tableBytes[min + (2 * pair) + 1] = 16;
            }

            tables[pair] = TLanes.Table(tableBytes);
        }

        ref byte start = ref MemoryMarshal.GetReference(ratings);
        int vectors = ratings.Length / TLanes.Size;
        for (int first = 0; first < vectors; first += MaxVectorsPerBlock)
        {
            int end = Math.Min(vectors, first + MaxVectorsPerBlock);
            TVector largest = default, smallest = TLanes.Broadcast(byte.MaxValue);
            for (int v = first; v < end; v++)
            {
                TVector data = TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size);
                largest = TLanes.Max(largest, data);
                smallest = TLanes.Min(smallest, data);
            }

            if (TLanes.MaxByte(largest) > max || TLanes.MinByte(smallest) < min)
            {
                return FirstInvalid(ratings, first * TLanes.Size, min, max);
            }

            // The block is now in the L1 cache: one pass per pair of points. With an odd number of points the last
            // point needs no pass of its own: every byte of the block is valid, so it is the block's remainder.
            long blockRatings = (long)(end - first) * TLanes.Size, counted = 0;
            int passes = points % 2 == 1 && pairs > 1 ? pairs - 1 : pairs;
            for (int pair = 0; pair < passes; pair++)
            {
                TVector table = tables[pair];
                TVector evens = default, odds = default;
                // While the first pass computes, the next block streams into the cache, so memory and arithmetic overlap.
                bool prefetch = pair == 0 && end < vectors;
                for (int from = first; from < end; from += NibbleFlushEvery)
                {
                    int to = Math.Min(end, from + NibbleFlushEvery);
                    TVector nibbles = default;
                    for (int v = from; v < to; v++)
                    {
                        if (prefetch && v + MaxVectorsPerBlock < vectors)
                        {
                            Prefetch(ref start, (nuint)(v + MaxVectorsPerBlock) * (nuint)TLanes.Size);
                        }

                        nibbles = TLanes.Add(nibbles, TLanes.Lookup(table, TLanes.Load(ref start, (nuint)v * (nuint)TLanes.Size)));
                    }

                    evens = TLanes.Add(evens, TLanes.LowNibbles(nibbles));
                    odds = TLanes.Add(odds, TLanes.HighNibbles(nibbles));
                }

                long even = TLanes.Sum(evens);
                counts[2 * pair] += even;
                counted += even;
                if ((2 * pair) + 1 < points)
                {
                    long odd = TLanes.Sum(odds);
                    counts[(2 * pair) + 1] += odd;
                    counted += odd;
                }
            }

            if (passes < pairs)
            {
                counts[points - 1] += blockRatings - counted;
            }
        }

        return HistogramByTable(ratings, vectors * TLanes.Size, min, max, counts);
    }

    /// <summary>Asks the CPU to bring the cache line at <paramref name="offset"/> into the L2 cache (a hint; no fault).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref byte start, nuint offset)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch1(Unsafe.AsPointer(ref Unsafe.Add(ref start, offset)));
        }
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

        /// <summary>table[index &amp; 15] per byte (0 where the index has its top bit set).</summary>
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

        public static byte MaxByte(Vector256<byte> value)
        {
            Vector128<byte> half = Vector128.Max(value.GetLower(), value.GetUpper());
            byte largest = 0;
            for (int i = 0; i < Vector128<byte>.Count; i++)
            {
                largest = Math.Max(largest, half.GetElement(i));
            }

            return largest;
        }

        public static byte MinByte(Vector256<byte> value)
        {
            Vector128<byte> half = Vector128.Min(value.GetLower(), value.GetUpper());
            byte smallest = byte.MaxValue;
            for (int i = 0; i < Vector128<byte>.Count; i++)
            {
                smallest = Math.Min(smallest, half.GetElement(i));
            }

            return smallest;
        }

        public static long Sum(Vector256<byte> value) => (long)Vector256.Sum(Avx2.SumAbsoluteDifferences(value, Vector256<byte>.Zero).AsUInt64());
    }
}
