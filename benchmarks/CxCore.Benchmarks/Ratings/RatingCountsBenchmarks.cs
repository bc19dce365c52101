using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using CxCore.Ratings;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// From raw 0–10 ratings (one byte each) to an NPS: the memory-read reference (<see cref="MemoryRead"/>, the baseline:
/// the speed limit of anything that reads every byte), the LINQ a user would write, CxCore's three-band fast path and
/// the full 11-point histogram (allocating and allocation-free). Ratios are throughput fractions inverted: 1.25 means
/// the method takes 1.25 times as long as the reference, 0.8× its throughput.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(KernelJobs))]
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

        // The references must read every byte: raising any one byte changes their sums (each adds the buffer as 64-bit
        // lanes, so a byte changes its lane by a power of 256). Checked on a small copy, for the bytes around both ends
        // (the unaligned prefix, the first vectors, the tail) at every start offset in a cache line.
        byte[] sample = _ratings.AsSpan(0, Math.Min(_ratings.Length, 3000)).ToArray();
        for (int offset = 0; offset < Math.Min(64, sample.Length); offset++)
        {
            Span<byte> span = sample.AsSpan(offset);
            int edge = Math.Min(span.Length, 200);
            foreach (int position in Enumerable.Range(0, edge).Concat(Enumerable.Range(span.Length - edge, edge)))
            {
                ulong before = MemoryRead.Sum(span), before256 = MemoryRead.SumVector256(span);
                span[position]++;
                bool changed = MemoryRead.Sum(span) != before && MemoryRead.SumVector256(span) != before256;
                span[position]--;
                if (!changed)
                {
                    throw new InvalidOperationException($"A memory-read reference does not read byte {position} of a span at offset {offset}.");
                }
            }
        }
    }

    /// <summary>The naive NPS: two LINQ counts over the array.</summary>
    [Benchmark]
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

    /// <summary>The memory-read reference: the fastest plain read of the buffer, no counting at all.</summary>
    [Benchmark(Baseline = true)]
    public ulong MemoryReadReference() => MemoryRead.Sum(_ratings);

    /// <summary>The same plain read with 256-bit vectors: where it is faster than the reference, it is the limit to quote.</summary>
    [Benchmark]
    public ulong MemoryReadVector256() => MemoryRead.SumVector256(_ratings);
}
