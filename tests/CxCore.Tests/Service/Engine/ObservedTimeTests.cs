using CxCore.Service.Engine;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Service.Engine;

// The radix sort behind large curves must order keys exactly as Array.Sort (the reference).
public sealed class ObservedTimeTests
{
    private static void Sort(long[] keys)
    {
        ObservedTime[] times = Array.ConvertAll(keys, ObservedTime.FromKey);
        ObservedTime.Sort(times);
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = times[i].Key;
        }
    }

    [ScaledProperty(40)]
    public void Sort_LargeRandomKeys_EqualsArraySort(Seed seed)
    {
        // Seeds pick the size (radix path from 4096 keys) and the key range (from a few distinct values to 2^57).
        var random = new Random(seed.Value);
        int n = random.Next(4096, 20_000);
        long range = 1L << random.Next(1, 58);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = random.NextInt64(range);
        }

        long[] expected = (long[])keys.Clone();
        Array.Sort(expected);
        Sort(keys);
        Assert.Equal(expected, keys);
    }

    [Theory]
    [InlineData(10)] // insertion-size input: Array.Sort path
    [InlineData(5000)] // radix path, all keys equal: every digit skipped
    public void Sort_ConstantKeys_Unchanged(int n)
    {
        long[] keys = Enumerable.Repeat(123_456_789L, n).ToArray();
        Sort(keys);
        Assert.All(keys, k => Assert.Equal(123_456_789L, k));
    }

    [Fact]
    public void Sort_NegativeKey_FallsBackToArraySort()
    {
        var random = new Random(5);
        long[] keys = Enumerable.Range(0, 5000).Select(_ => random.NextInt64(-1000, 1_000_000)).ToArray();
        long[] expected = (long[])keys.Clone();
        Array.Sort(expected);
        Sort(keys);
        Assert.Equal(expected, keys);
    }

    [Fact]
    public void From_PacksTimeAndCensoring_ResolvedFirstAtEqualTimes()
    {
        ObservedTime resolved = ObservedTime.From(7, resolved: true), censored = ObservedTime.From(7, resolved: false);

        // Keys 7 × 2 = 14 and 7 × 2 + 1 = 15.
        Assert.Equal((14L, 7L, false), (resolved.Key, resolved.Nanoseconds, resolved.IsCensored));
        Assert.Equal((15L, 7L, true), (censored.Key, censored.Nanoseconds, censored.IsCensored));
        Assert.True(resolved.Key < censored.Key);
        Assert.True(resolved.SameTimeAs(censored));
        Assert.False(resolved.SameTimeAs(ObservedTime.From(8, resolved: true)));
    }
}
