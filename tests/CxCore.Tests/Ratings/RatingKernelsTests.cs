using CxCore.Ratings;
using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Ratings;

[Properties(Arbitrary = [typeof(RatingKernelsTests.Arbitraries)])]
public sealed class RatingKernelsTests
{
    /// <summary>0–5000 seeded random NPS ratings and, unless <see cref="Bad"/> is −1, one invalid byte at that position.</summary>
    public sealed record SpoiledRatings(int Length, int Seed, int Bad, byte BadValue);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<SpoiledRatings> Spoiled() =>
            (from length in Gen.Choose(0, 5000)
             from seed in Gen.Choose(0, int.MaxValue)
             from bad in Gen.Choose(-1, length - 1)
             from badValue in Gen.Elements<byte>(11, 12, 200, 255)
             select new SpoiledRatings(length, seed, bad, badValue)).ToArbitrary();

        public static Arbitrary<KernelCase> Cases() =>
            (from scale in Gen.Elements((0, 10), (1, 5), (1, 7), (0, 1), (0, 15), (1, 10), (2, 14), (0, 2))
             from width in Gen.Elements(512, 256, 128, 0)
             from offset in Gen.Choose(0, 63)
             from length in Gen.OneOf(Gen.Choose(0, 300), Gen.Choose(0, 70_000))
             from seed in Gen.Choose(0, int.MaxValue)
             from bad in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(-1, length - 1)))
             from badValue in Gen.Elements<byte>(0, 16, 17, 31, 127, 128, 200, 255)
             select new KernelCase(scale.Item1, scale.Item2, width, offset, length, seed, bad, badValue)).ToArbitrary();
    }

    /// <summary>
    /// Ratings on [<see cref="Min"/>, <see cref="Max"/>] of <see cref="Length"/> bytes starting <see cref="Offset"/>
    /// bytes into their buffer (so every alignment occurs), counted by the kernel of <see cref="Width"/>; unless
    /// <see cref="Bad"/> is −1, the byte at that position is replaced by <see cref="BadValue"/> (or by min − 1 when that
    /// is on the scale's byte range and <see cref="BadValue"/> happens to be valid).
    /// </summary>
    public sealed record KernelCase(int Min, int Max, int Width, int Offset, int Length, int Seed, int Bad, byte BadValue);

    /// <summary>Every kernel this machine can run: 512 (AVX-512BW), 256 (AVX2), 128 (portable vectors) and 0 (scalar).</summary>
    public static TheoryData<int> Widths => new(new[] { 512, 256, 128, 0 }.Where(w => w <= RatingKernels.VectorWidth));

    [Theory]
    [MemberData(nameof(Widths))]
    public void Histogram_EveryLengthUpTo2048_EqualsScalarReference(int width)
    {
        var random = new Random(20261122);
        foreach (var (min, max) in new[] { (0, 10), (1, 5), (1, 7), (0, 1), (0, 15), (1, 10), (3, 18), (0, 100) })
        {
            for (int length = 0; length <= 2048; length++)
            {
                byte[] ratings = RandomRatings(random, length, min, max);
                long[] expected = new long[max - min + 1], actual = new long[max - min + 1];

                Assert.Equal(-1, RatingKernels.HistogramReference(ratings, (byte)min, (byte)max, expected));
                Assert.Equal(-1, RatingKernels.Histogram(ratings, (byte)min, (byte)max, actual, width));
                Assert.Equal(expected, actual);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void CountBands_EveryLengthUpTo2048_EqualsScalarCount(int width)
    {
        var random = new Random(7);
        for (int length = 0; length <= 2048; length++)
        {
            byte[] ratings = RandomRatings(random, length, 0, 10);

            Assert.Equal(-1, RatingKernels.CountBands(ratings, 0, 10, 6, 9, out long low, out long high, width));
            Assert.Equal(ratings.Count(r => r <= 6), low);
            Assert.Equal(ratings.Count(r => r >= 9), high);
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Kernels_InvalidByteAnywhere_ReportFirstPosition(int width)
    {
        var random = new Random(99);
        foreach (int length in new[] { 1, 31, 64, 65, 1000, 16320, 16400, 40000 })
        {
            foreach (byte bad in new byte[] { 11, 15, 16, 128, 255 })
            {
                byte[] ratings = RandomRatings(random, length, 0, 10);
                int position = random.Next(length);
                ratings[position] = bad;

                Assert.Equal(position, RatingKernels.Histogram(ratings, 0, 10, new long[11], width));
                Assert.Equal(position, RatingKernels.CountBands(ratings, 0, 10, 6, 9, out _, out _, width));
            }
        }
    }

    [Property]
    public bool Kernels_RandomContentAndInvalidPositions_MatchReference(SpoiledRatings input)
    {
        // Random lengths, contents and (sometimes) one invalid byte at a random position.
        byte[] ratings = RandomRatings(new Random(input.Seed), input.Length, 0, 10);
        if (input.Bad >= 0)
        {
            ratings[input.Bad] = input.BadValue;
        }

        long[] expected = new long[11], actual = new long[11];
        long expectedInvalid = RatingKernels.HistogramReference(ratings, 0, 10, expected);
        long actualInvalid = RatingKernels.Histogram(ratings, 0, 10, actual);
        long bandsInvalid = RatingKernels.CountBands(ratings, 0, 10, 6, 9, out long low, out long high);
        return expectedInvalid == input.Bad && actualInvalid == input.Bad && bandsInvalid == input.Bad
            && (input.Bad >= 0 || (expected.SequenceEqual(actual) && low == expected[..7].Sum() && high == expected[9] + expected[10]));
    }

    [ScaledProperty(2000)]
    public bool EveryKernel_RandomScalesLengthsAlignmentsAndInvalidBytes_MatchesTheScalarReference(KernelCase c)
    {
        var random = new Random(c.Seed);
        byte[] buffer = new byte[c.Offset + c.Length];
        Span<byte> ratings = buffer.AsSpan(c.Offset, c.Length);
        RandomRatings(random, c.Length, c.Min, c.Max).CopyTo(ratings);
        int bad = c.Bad;
        if (bad >= 0)
        {
            // A value off the scale: the drawn one, or one just outside it when the drawn one is on it.
            ratings[bad] = c.BadValue >= c.Min && c.BadValue <= c.Max ? (byte)(c.Max + 1) : c.BadValue;
        }

        int points = c.Max - c.Min + 1;
        long[] expected = new long[points], actual = new long[points];
        long expectedInvalid = RatingKernels.HistogramReference(ratings, (byte)c.Min, (byte)c.Max, expected);
        long actualInvalid = RatingKernels.Histogram(ratings, (byte)c.Min, (byte)c.Max, actual, c.Width);
        int lowMax = c.Min + ((points - 1) / 2), highMin = lowMax + 1;
        long bandsInvalid = RatingKernels.CountBands(ratings, (byte)c.Min, (byte)c.Max, (byte)lowMax, (byte)highMin, out long low, out long high, c.Width);
        bool sameCounts = bad >= 0 || (expected.SequenceEqual(actual)
            && low == expected[..(lowMax - c.Min + 1)].Sum() && high == expected[(highMin - c.Min)..].Sum());
        return expectedInvalid == bad && actualInvalid == bad && bandsInvalid == bad && sameCounts;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Histogram_BelowMinimumOnNonZeroScale_ReportsFirstPosition(int width)
    {
        byte[] ratings = Enumerable.Repeat((byte)3, 3000).ToArray();
        ratings[2500] = 0;
        ratings[2900] = 9;

        Assert.Equal(2500, RatingKernels.Histogram(ratings, 1, 5, new long[5], width));
        Assert.Equal(2500, RatingKernels.CountBands(ratings, 1, 5, 3, 5, out _, out _, width));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void EveryKernel_InvalidByteBeforeAtOrAfterTheFirstAlignedVector_ReportsItsPosition(int width)
    {
        // The vector kernels count the bytes before the first aligned address one by one. Over every start offset in a
        // 64-byte line, put an invalid byte at every position of the first 200 (the unaligned prefix, the first vectors
        // and the tail of a short span): the first invalid position must be reported whichever part holds it, and the
        // counts of a clean span must be exact (300 ratings cycling 0–10: value v occurs 28 times, 27 for v ≥ 3).
        byte[] buffer = new byte[64 + 300];
        for (int offset = 0; offset < 64; offset++)
        {
            Span<byte> ratings = buffer.AsSpan(offset, 300);
            for (int i = 0; i < ratings.Length; i++)
            {
                ratings[i] = (byte)(i % 11);
            }

            long[] counts = new long[11];
            Assert.Equal(-1, RatingKernels.Histogram(ratings, 0, 10, counts, width));
            Assert.Equal(Enumerable.Range(0, 11).Select(v => v < 3 ? 28L : 27L), counts);
            Assert.Equal(-1, RatingKernels.CountBands(ratings, 0, 10, 6, 9, out long low, out long high, width));
            Assert.Equal((7 * 27) + 3, low);
            Assert.Equal(2 * 27, high);

            for (int bad = 0; bad < 200; bad++)
            {
                byte kept = ratings[bad];
                ratings[bad] = 11;
                ratings[299] = 12;
                Assert.Equal(bad, RatingKernels.Histogram(ratings, 0, 10, new long[11], width));
                Assert.Equal(bad, RatingKernels.CountBands(ratings, 0, 10, 6, 9, out _, out _, width));
                ratings[bad] = kept;
                ratings[299] = 299 % 11;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Histogram_LongInputSpanningManyBlocks_CountsExactly(int width)
    {
        // 255-vector blocks hold 8160 (Vector256) or 16320 (Vector512) bytes: use several blocks and a tail.
        int length = (16320 * 5) + 77;
        byte[] ratings = new byte[length];
        for (int i = 0; i < length; i++)
        {
            ratings[i] = (byte)(i % 11);
        }

        long[] counts = new long[11];
        Assert.Equal(-1, RatingKernels.Histogram(ratings, 0, 10, counts, width));

        // i % 11 takes each value ⌊length/11⌋ times, plus once more for the first length mod 11 values.
        for (int value = 0; value <= 10; value++)
        {
            Assert.Equal((length / 11) + (value < length % 11 ? 1 : 0), counts[value]);
        }
    }

    internal static byte[] RandomRatings(Random random, int length, int min, int max)
    {
        byte[] ratings = new byte[length];
        for (int i = 0; i < length; i++)
        {
            ratings[i] = (byte)random.Next(min, max + 1);
        }

        return ratings;
    }
}
