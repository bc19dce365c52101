using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using CxCore.Ratings;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// From raw 0–10 ratings (one byte each) to an NPS: the LINQ a user would write (baseline), CxCore's three-band fast
/// path, the full 11-point histogram (allocating and allocation-free), and a memory-read reference that only sums the
/// buffer with Vector256 — the speed limit of anything that reads every byte.
/// </summary>
[MemoryDiagnoser]
public class RatingCountsBenchmarks
{
    private byte[] _ratings = [];
    private RatingTally _tally = new(RatingScale.Nps);

    /// <summary>The number of ratings: cache-sized, larger than the caches, and far beyond them.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (10_000, 1_000_000, 100_000_000); only the smallest with CXCORE_BENCH_SMOKE=1.</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Of(10_000, 1_000_000, 100_000_000);

    /// <summary>Random ratings 0–10 from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ratings = new byte[N];
        new Random(42).NextBytes(_ratings);
        for (int i = 0; i < _ratings.Length; i++)
        {
            _ratings[i] = (byte)(_ratings[i] % 11);
        }

        _tally = new RatingTally(RatingScale.Nps);
    }

    /// <summary>The naive NPS: two LINQ counts over the array.</summary>
    [Benchmark(Baseline = true)]
    public double LinqNps() => 100.0 * (_ratings.Count(r => r >= 9) - _ratings.Count(r => r <= 6)) / _ratings.Length;

    /// <summary>The NPS fast path: counts only detractors and promoters, validating every rating.</summary>
    [Benchmark]
    public double NpsFastPath() => NetPromoterScore.FromRatings(_ratings).Value;

    /// <summary>The full 11-point histogram, returned as immutable counts.</summary>
    [Benchmark]
    public long Histogram() => RatingCounts.FromRatings(RatingScale.Nps, _ratings).Total;

    /// <summary>The full 11-point histogram added to a reusable tally: no allocation.</summary>
    [Benchmark]
    public long HistogramIntoTally()
    {
        _tally.Clear();
        _tally.AddRange(_ratings);
        return _tally.Total;
    }

    /// <summary>The memory-read reference: a Vector256 sum of the buffer, no counting at all.</summary>
    [Benchmark]
    public ulong MemoryReadReference()
    {
        ReadOnlySpan<Vector256<ulong>> vectors = MemoryMarshal.Cast<byte, Vector256<ulong>>(_ratings);
        Vector256<ulong> a = Vector256<ulong>.Zero, b = Vector256<ulong>.Zero;
        int i = 0;
        for (; i + 1 < vectors.Length; i += 2)
        {
            a += vectors[i];
            b += vectors[i + 1];
        }

        for (; i < vectors.Length; i++)
        {
            a += vectors[i];
        }

        ulong sum = Vector256.Sum(a + b);
        for (int j = vectors.Length * Vector256<byte>.Count; j < _ratings.Length; j++)
        {
            sum += _ratings[j];
        }

        return sum;
    }
}
