using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// The memory-read reference of the rating benchmarks: the fastest plain read of a buffer this machine does, the speed
/// limit of anything that looks at every byte. It sums the buffer as 64-bit lanes in four independent accumulators of
/// the widest vectors the runtime accelerates (Vector512 with AVX-512, else Vector256, else Vector128), so neither the
/// add latency nor the vector width holds it back, and nothing else is done with the bytes.
/// </summary>
public static class MemoryRead
{
    /// <summary>Sums <paramref name="buffer"/> with the widest accelerated vectors (the reference).</summary>
    /// <param name="buffer">The bytes to read.</param>
    /// <returns>A sum that depends on every byte, so that the read cannot be skipped.</returns>
    public static ulong Sum(ReadOnlySpan<byte> buffer) =>
        Vector512.IsHardwareAccelerated ? Sum512(buffer)
        : Vector256.IsHardwareAccelerated ? Sum256(buffer)
        : Sum128(buffer);

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
    private static ulong Sum512(ReadOnlySpan<byte> buffer)
    {
        ReadOnlySpan<Vector512<ulong>> v = MemoryMarshal.Cast<byte, Vector512<ulong>>(buffer);
        Vector512<ulong> a = default, b = default, c = default, d = default;
        int i = 0;
        for (; i + 4 <= v.Length; i += 4)
        {
            a += v[i];
            b += v[i + 1];
            c += v[i + 2];
            d += v[i + 3];
        }

        for (; i < v.Length; i++)
        {
            a += v[i];
        }

        return Vector512.Sum((a + b) + (c + d)) + Tail(buffer, v.Length * Vector512<byte>.Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Sum256(ReadOnlySpan<byte> buffer)
    {
        ReadOnlySpan<Vector256<ulong>> v = MemoryMarshal.Cast<byte, Vector256<ulong>>(buffer);
        Vector256<ulong> a = default, b = default, c = default, d = default;
        int i = 0;
        for (; i + 4 <= v.Length; i += 4)
        {
            a += v[i];
            b += v[i + 1];
            c += v[i + 2];
            d += v[i + 3];
        }

        for (; i < v.Length; i++)
        {
            a += v[i];
        }

        return Vector256.Sum((a + b) + (c + d)) + Tail(buffer, v.Length * Vector256<byte>.Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Sum128(ReadOnlySpan<byte> buffer)
    {
        ReadOnlySpan<Vector128<ulong>> v = MemoryMarshal.Cast<byte, Vector128<ulong>>(buffer);
        Vector128<ulong> a = default, b = default, c = default, d = default;
        int i = 0;
        for (; i + 4 <= v.Length; i += 4)
        {
            a += v[i];
            b += v[i + 1];
            c += v[i + 2];
            d += v[i + 3];
        }

        for (; i < v.Length; i++)
        {
            a += v[i];
        }

        return Vector128.Sum((a + b) + (c + d)) + Tail(buffer, v.Length * Vector128<byte>.Count);
    }

    private static ulong Tail(ReadOnlySpan<byte> buffer, int from)
    {
        ulong sum = 0;
        for (int j = from; j < buffer.Length; j++)
        {
            sum += buffer[j];
        }

        return sum;
    }
}
