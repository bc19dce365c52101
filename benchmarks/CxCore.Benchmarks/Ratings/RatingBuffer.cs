using System.Buffers;
using System.Runtime.InteropServices;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// Random ratings 0–10 (fixed seed) in native memory aligned to 2 MiB and, on Linux, advised to the kernel as huge pages
/// (<c>madvise(MADV_HUGEPAGE)</c>) before it is first touched, so that every benchmark process reads the same kind of
/// memory.
/// </summary>
/// <remarks>
/// A managed array of 10⁸ bytes gets whatever pages the kernel hands out at first touch: on a machine whose
/// transparent huge pages are given only on request (<c>defrag = madvise</c>), small pages in one process and partly huge
/// ones in another. Identical reads then took 2.23 ms in one benchmark process and 3.69 ms in another, which no ratio
/// between processes survives. Where the advice is refused (another OS, huge pages switched off) the buffer is plain
/// aligned memory and <see cref="HugePages"/> says so.
/// </remarks>
public sealed unsafe class RatingBuffer : MemoryManager<byte>
{
    private const nuint Alignment = 2 << 20;
    private const int MadviseHugePage = 14;
    private readonly int _length;
    private byte* _pointer;

    /// <summary>Allocates <paramref name="length"/> ratings and fills them from the seed 42.</summary>
    /// <param name="length">The number of ratings.</param>
    public RatingBuffer(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = length;
        nuint size = ((nuint)Math.Max(length, 1) + Alignment - 1) / Alignment * Alignment;
        _pointer = (byte*)NativeMemory.AlignedAlloc(size, Alignment);
        HugePages = OperatingSystem.IsLinux() && Madvise((nint)_pointer, size, MadviseHugePage) == 0;
        Span<byte> ratings = GetSpan();
        new Random(42).NextBytes(ratings);
        for (int i = 0; i < ratings.Length; i++)
        {
            ratings[i] = (byte)(ratings[i] % 11);
        }
    }

    /// <summary>Whether the kernel accepted the huge-page advice.</summary>
    public bool HugePages { get; }

    /// <summary>The ratings.</summary>
    public override Span<byte> GetSpan() => _pointer == null ? throw new ObjectDisposedException(nameof(RatingBuffer)) : new Span<byte>(_pointer, _length);

    /// <summary>Native memory does not move: the handle points into it.</summary>
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <summary>Nothing to unpin.</summary>
    public override void Unpin()
    {
    }

    /// <summary>Frees the memory.</summary>
    protected override void Dispose(bool disposing)
    {
        if (_pointer != null)
        {
            NativeMemory.AlignedFree(_pointer);
            _pointer = null;
        }
    }

    [DllImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
