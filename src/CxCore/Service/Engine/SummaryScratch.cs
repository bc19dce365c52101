using System;

namespace CxCore.Service.Engine;

/// <summary>One summarising worker's reusable buffers (never shared between threads), allocated on first use.</summary>
/// <param name="length">The scratch length: the larger of the number of cases and of completed waits.</param>
internal sealed class SummaryScratch(int length)
{
    private long[]? _values;
    private int[]? _histogram;
    private int[]? _allHistogram;
    private long[]? _side;

    /// <summary>Room for one column's values.</summary>
    internal long[] Values => _values ??= GC.AllocateUninitializedArray<long>(Math.Max(1, length));

    /// <summary>Bucket counts of one group (<see cref="Selection.HistogramBits"/> bits, counts held at [bucket + 1]).</summary>
    internal int[] Histogram => _histogram ??= new int[(1 << Selection.HistogramBits) + 1];

    /// <summary>Bucket counts of every case together, added up group by group.</summary>
    internal int[] AllHistogram => _allHistogram ??= new int[(1 << Selection.HistogramBits) + 1];

    /// <summary>The side buffer of <see cref="Selection.MedianAndP90FromCounts"/>, grown there when needed.</summary>
    internal ref long[]? Side => ref _side;
}
