using CxCore.Service;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Service;

// The radix sort behind large curves must order keys exactly as Array.Sort (the reference).
public sealed partial class ResolutionCurveTests
{
    [ScaledProperty(40)]
    public void SortKeys_LargeRandomKeys_EqualsArraySort(Seed seed)
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
        ResolutionCurve.SortKeys(keys);
        Assert.Equal(expected, keys);
    }

    [Theory]
    [InlineData(10)] // insertion-size input: Array.Sort path
    [InlineData(5000)] // radix path, all keys equal: every digit skipped
    public void SortKeys_ConstantKeys_Unchanged(int n)
    {
        long[] keys = Enumerable.Repeat(123_456_789L, n).ToArray();
        ResolutionCurve.SortKeys(keys);
        Assert.All(keys, k => Assert.Equal(123_456_789L, k));
    }

    [Fact]
    public void SortKeys_NegativeKey_FallsBackToArraySort()
    {
        var random = new Random(5);
        long[] keys = Enumerable.Range(0, 5000).Select(_ => random.NextInt64(-1000, 1_000_000)).ToArray();
        long[] expected = (long[])keys.Clone();
        Array.Sort(expected);
        ResolutionCurve.SortKeys(keys);
        Assert.Equal(expected, keys);
    }
}
