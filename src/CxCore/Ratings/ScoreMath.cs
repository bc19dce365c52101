using System;

namespace CxCore.Ratings;

/// <summary>Moments and band sums of (effective) counts per scale point, shared by the CSAT and CES scores.</summary>
internal static class ScoreMath
{
    internal static double[] ToDoubles(RatingCounts counts)
    {
        ReadOnlySpan<long> source = counts.AsSpan();
        double[] result = new double[source.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = source[i];
        }

        return result;
    }

    /// <summary>n, the mean rating and the sample variance Σc(x − x̄)²/(n − 1) (NaN for n ≤ 1; mean NaN for n = 0).</summary>
    internal static (double Count, double Mean, double Variance) Moments(RatingScale scale, double[] counts)
    {
        double n = 0, sum = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            n += counts[i];
            sum += counts[i] * (scale.Minimum + i);
        }

        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            double deviation = scale.Minimum + i - mean;
            squares += counts[i] * deviation * deviation;
        }

        return (n, n > 0 ? mean : double.NaN, n > 1 ? squares / (n - 1) : double.NaN);
    }

    /// <summary>The sum of the counts of ratings ≥ <paramref name="from"/>.</summary>
    internal static double SumFrom(RatingScale scale, double[] counts, int from) => SumBetween(scale, counts, from, scale.Maximum);

    /// <summary>The sum of the counts of ratings in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    internal static double SumBetween(RatingScale scale, double[] counts, int from, int to)
    {
        double sum = 0;
        for (int rating = Math.Max(from, scale.Minimum); rating <= Math.Min(to, scale.Maximum); rating++)
        {
            sum += counts[rating - scale.Minimum];
        }

        return sum;
    }
}
