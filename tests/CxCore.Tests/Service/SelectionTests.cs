using CxCore.Service;
using FsCheck;
using FsCheck.Fluent;

namespace CxCore.Tests.Service;

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

    [Fact]
    public void MedianAndP90_LargeInputs_EqualsSortedType7()
    {
        // Seeds pick size, shape (uniform, exponential-like, heavy ties, one huge outlier) and range.
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
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
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithReplay(32, 101).WithQuietOnSuccess(true));
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
