using BenchmarkDotNet.Attributes;
using CxCore.Ratings;

namespace CxCore.Benchmarks.Ratings;

/// <summary>
/// Both cores: the 11-point histogram of 10⁸ ratings on one thread (baseline) and through
/// <see cref="RatingCounts.FromRatingsParallel(RatingScale, ReadOnlyMemory{byte}, int)"/> on two, beside the memory-read
/// reference on one and on two threads, so that the parallel speed-up can be compared with what memory allows.
/// </summary>
[MemoryDiagnoser]
public class ParallelRatingCountsBenchmarks
{
    private byte[] _ratings = [];

    /// <summary>The number of ratings.</summary>
    [ParamsSource(nameof(NSizes))]
    public int N { get; set; }

    /// <summary>The sizes of <see cref="N"/> (100_000_000; 4_000_000 with CXCORE_BENCH_SMOKE=1, enough for two workers).</summary>
    public static IEnumerable<int> NSizes => BenchmarkSizes.Smoke ? [4_000_000] : [100_000_000];

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
    }

    /// <summary>The histogram on the calling thread.</summary>
    [Benchmark(Baseline = true)]
    public long OneThread() => RatingCounts.FromRatings(RatingScale.Nps, _ratings).Total;

    /// <summary>The histogram on two threads, each counting half.</summary>
    [Benchmark]
    public long TwoThreads() => RatingCounts.FromRatingsParallel(RatingScale.Nps, _ratings, maxDegreeOfParallelism: 2).Total;

    /// <summary>The memory-read reference on the calling thread.</summary>
    [Benchmark]
    public ulong MemoryReadOneThread() => MemoryRead.Sum(_ratings);

    /// <summary>The memory-read reference on two threads, each reading half.</summary>
    [Benchmark]
    public ulong MemoryReadTwoThreads() => MemoryRead.SumOnTwoThreads(_ratings);
}
