using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// The memory-read reference of the rating benchmarks: the fastest plain read of a buffer this machine does, the speed
/// limit of anything that looks at every byte. It sums the buffer as 64-bit lanes in four independent accumulators of
/// the widest vectors the runtime accelerates (Vector512 with AVX-512, else Vector256, else Vector128), every load
/// aligned to the vector size (the bytes before the first aligned address are added one by one, as the kernels do), so
/// neither the add latency, the vector width nor loads that straddle cache lines hold it back, and nothing else is done
/// with the bytes. <see cref="SumVector256"/> is the same with 256-bit vectors, measured beside it because on some
/// CPUs (double-pumped AVX-512) the narrower read is as fast or faster.
/// </summary>
public static class MemoryRead
{
    /// <summary>Sums <paramref name="buffer"/> with the widest accelerated vectors (the reference).</summary>
    /// <param name="buffer">The bytes to read.</param>
    /// <returns>A sum that depends on every byte, so that the read cannot be skipped.</returns>
    public static ulong Sum(ReadOnlySpan<byte> buffer) =>
        Vector512.IsHardwareAccelerated ? Sum<Wide512, Vector512<ulong>>(buffer)
        : Vector256.IsHardwareAccelerated ? Sum<Wide256, Vector256<ulong>>(buffer)
        : Sum<Wide128, Vector128<ulong>>(buffer);

    /// <summary>Sums <paramref name="buffer"/> with 256-bit vectors, the same way as <see cref="Sum(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="buffer">The bytes to read.</param>
    /// <returns>The same sum.</returns>
    public static ulong SumVector256(ReadOnlySpan<byte> buffer) => Sum<Wide256, Vector256<ulong>>(buffer);

    /// <summary>Sums the two halves of <paramref name="buffer"/> on two threads: the two-thread read limit.</summary>
    /// <param name="buffer">The bytes to read.</param>
    /// <returns>The sum of both halves.</returns>
    public static ulong SumOnTwoThreads(ReadOnlyMemory<byte> buffer)
    {
        int half = buffer.Length / 2;
        ulong first = 0, second = 0;
        Parallel.Invoke(
            () => first = Sum(buffer.Span[..half]),
            () => second = Sum(buffer.Span[half..]));
        return first + second;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe ulong Sum<TWidth, TVector>(ReadOnlySpan<byte> buffer)
        where TWidth : struct, IWidth<TVector>
        where TVector : unmanaged
    {
        int size = sizeof(TVector);
        fixed (byte* pinned = buffer)
        {
            int prefix = Math.Min(buffer.Length, unchecked((int)((nuint)(-(nint)pinned) & (nuint)(size - 1))));
            ulong sum = Bytes(buffer[..prefix]);
            ReadOnlySpan<byte> aligned = buffer[prefix..];
            ref byte start = ref MemoryMarshal.GetReference(aligned);
            int vectors = aligned.Length / size;
            TVector a = default, b = default, c = default, d = default;
            int i = 0;
            for (; i + 4 <= vectors; i += 4)
            {
                nuint at = (nuint)i * (nuint)size;
                a = TWidth.Add(a, TWidth.Load(ref start, at));
                b = TWidth.Add(b, TWidth.Load(ref start, at + (nuint)size));
                c = TWidth.Add(c, TWidth.Load(ref start, at + (2 * (nuint)size)));
                d = TWidth.Add(d, TWidth.Load(ref start, at + (3 * (nuint)size)));
            }

            for (; i < vectors; i++)
            {
                a = TWidth.Add(a, TWidth.Load(ref start, (nuint)i * (nuint)size));
            }

            return sum + TWidth.Sum(TWidth.Add(TWidth.Add(a, b), TWidth.Add(c, d))) + Bytes(aligned[(vectors * size)..]);
        }
    }

    private static ulong Bytes(ReadOnlySpan<byte> bytes)
    {
        ulong sum = 0;
        foreach (byte value in bytes)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary>The three vector operations of the read, for one vector width.</summary>
    private interface IWidth<TVector>
        where TVector : unmanaged
    {
        static abstract TVector Load(ref byte start, nuint offset);

        static abstract TVector Add(TVector left, TVector right);

        static abstract ulong Sum(TVector value);
    }

    private readonly struct Wide512 : IWidth<Vector512<ulong>>
    {
        public static Vector512<ulong> Load(ref byte start, nuint offset) => Vector512.LoadUnsafe(ref start, offset).AsUInt64();

        public static Vector512<ulong> Add(Vector512<ulong> left, Vector512<ulong> right) => left + right;

        public static ulong Sum(Vector512<ulong> value) => Vector512.Sum(value);
    }

    private readonly struct Wide256 : IWidth<Vector256<ulong>>
    {
        public static Vector256<ulong> Load(ref byte start, nuint offset) => Vector256.LoadUnsafe(ref start, offset).AsUInt64();

        public static Vector256<ulong> Add(Vector256<ulong> left, Vector256<ulong> right) => left + right;

        public static ulong Sum(Vector256<ulong> value) => Vector256.Sum(value);
    }

    private readonly struct Wide128 : IWidth<Vector128<ulong>>
    {
        public static Vector128<ulong> Load(ref byte start, nuint offset) => Vector128.LoadUnsafe(ref start, offset).AsUInt64();

        public static Vector128<ulong> Add(Vector128<ulong> left, Vector128<ulong> right) => left + right;

        public static ulong Sum(Vector128<ulong> value) => Vector128.Sum(value);
    }
}
