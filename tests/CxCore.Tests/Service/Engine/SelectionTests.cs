using CxCore.Service;
using CxCore.Service.Engine;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Service.Engine;

// Reference: sort a copy and read R's type-7 definition off the sorted values (DurationDistribution.Type7, itself
// checked against R's quantile(x, type = 7) in DurationDistributionTests).
public sealed class SelectionTests
{
    private static (long Median, long P90) Reference(long[] values)
    {
        long[] sorted = (long[])values.Clone();
        Array.Sort(sorted);
        return (DurationDistribution.Type7(sorted, 0.5), DurationDistribution.Type7(sorted, 0.9));
    }

    [ScaledProperty(40)]
    public void MedianAndP90_LargeInputs_EqualsSortedType7(Seed seed)
    {
        // Seeds pick size, shape (uniform, exponential-like, heavy ties, one huge outlier) and range.
        var random = new Random(seed.Value);
        int n = random.Next(Selection.HistogramThreshold, 3 * Selection.HistogramThreshold);
        int shape = random.Next(4);
        long[] values = new long[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = shape switch
            {
                0 => random.NextInt64(1L << random.Next(1, 60)),
                1 => (long)(-Math.Log(1 - random.NextDouble()) * 3.6e12),
                2 => random.Next(5) == 0 ? random.NextInt64(1_000_000) : 0,
                _ => random.NextInt64(1_000_000),
            };
        }

        if (shape == 3)
        {
            values[random.Next(n)] = 3_155_760_000_000_000_000; // 100 years in nanoseconds
        }

        (long Median, long P90) expected = Reference(values);
        long[] copy = (long[])values.Clone();
        Assert.Equal(expected, Selection.MedianAndP90(copy));
        Array.Sort(copy);
        Array.Sort(values);
        Assert.Equal(values, copy); // reordered, never changed
    }

    [ScaledProperty(60)]
    public void MedianAndP90FromCounts_AnyShape_EqualsSortedType7AndKeepsValues(Seed seed)
    {
        // The segment engine's path: a histogram from a column-wide bucket width (here from the values' own maximum,
        // as the engine does per column), then one gathering pass; no give-up even with heavy ties. Shapes: uniform,
        // exponential-like, 80 % zeros, 95 % one value, few distinct values, one huge outlier; sizes from 1.
        var random = new Random(seed.Value);
        int n = random.Next(4) == 0 ? random.Next(1, 20) : random.Next(1, 3 * Selection.HistogramThreshold);
        int shape = random.Next(6);
        long[] values = new long[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = shape switch
            {
                0 => random.NextInt64(1L << random.Next(1, 60)),
                1 => (long)(-Math.Log(1 - random.NextDouble()) * 3.6e12),
                2 => random.Next(5) == 0 ? random.NextInt64(1_000_000) : 0,
                3 => random.Next(20) == 0 ? random.NextInt64(1_000_000_000_000) : 7_200_000_000_000,
                4 => random.Next(3) * 1_000_000L,
                _ => random.NextInt64(1_000_000),
            };
        }

        if (shape == 5)
        {
            values[random.Next(n)] = 3_155_760_000_000_000_000; // 100 years in nanoseconds
        }

        long max = values.Max();
        int shift = Math.Max(0, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)max) - Selection.HistogramBits);
        int[] counts = new int[(1 << Selection.HistogramBits) + 1];
        foreach (long v in values)
        {
            counts[(int)(v >> shift) + 1]++;
        }

        (long Median, long P90) expected = Reference(values);
        long[] copy = (long[])values.Clone();
        long[]? side = random.Next(2) == 0 ? null : new long[1];
        Assert.Equal(expected, Selection.MedianAndP90FromCounts(copy, counts, 0, shift, ref side));
        Array.Sort(copy);
        Array.Sort(values);
        Assert.Equal(values, copy); // reordered, never changed
    }

    [Fact]
    public void TryMedianAndP90ByHistogram_AllEqual_ReturnsTheValue()
    {
        long[] values = Enumerable.Repeat(42L, Selection.HistogramThreshold).ToArray();
        Assert.True(Selection.TryMedianAndP90ByHistogram(values, out (long Median, long P90) result));
        Assert.Equal((42L, 42L), result);
    }

    [Fact]
    public void TryMedianAndP90ByHistogram_MostlyTies_GivesUpWithValuesIntact()
    {
        // 90 % zeros: the median's bucket holds far more than a quarter of the values.
        long[] values = Enumerable.Range(0, 50_000).Select(i => i % 10 == 0 ? (long)i : 0).ToArray();
        long[] before = (long[])values.Clone();
        Assert.False(Selection.TryMedianAndP90ByHistogram(values, out _));
        Array.Sort(values);
        Array.Sort(before);
        Assert.Equal(before, values);
        // The public path still answers, by plain selection: median 0, p90 = type-7 over the sorted values.
        Assert.Equal(Reference(before), Selection.MedianAndP90(values));
    }

    [Fact]
    public void TryMedianAndP90ByHistogram_NegativeValue_GivesUp()
    {
        long[] values = Enumerable.Range(0, 1000).Select(i => (long)i - 1).ToArray();
        Assert.False(Selection.TryMedianAndP90ByHistogram(values, out _));
    }
}
