using System;
using CxCore.Utility;
using MathNet.Numerics.Distributions;

namespace CxCore.Ratings;

/// <summary>The distribution look-ups and small solvers shared by every score (MathNet.Numerics underneath).</summary>
internal static class Inference
{
    /// <summary>The two-sided standard-normal critical value for <paramref name="confidence"/>, e.g. 1.959964 for 0.95.</summary>
    internal static double NormalCritical(double confidence) => Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));

    /// <summary>The two-sided Student-t critical value with <paramref name="degreesOfFreedom"/> for <paramref name="confidence"/>.</summary>
    internal static double StudentCritical(double confidence, double degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidence) / 2));

    /// <summary>The two-sided p-value of a standard-normal statistic.</summary>
    internal static double NormalTwoSidedP(double z) => double.IsNaN(z) ? double.NaN : 2 * Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>The two-sided p-value of a Student-t statistic.</summary>
    internal static double StudentTwoSidedP(double t, double degreesOfFreedom) =>
        double.IsNaN(t) || double.IsNaN(degreesOfFreedom) ? double.NaN : 2 * StudentT.CDF(0, 1, degreesOfFreedom, -Math.Abs(t));

    /// <summary>
    /// The Wilson score interval for a proportion with <paramref name="successes"/> of <paramref name="n"/> (n &gt; 0):
    /// centre (p̂ + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²) (Wilson 1927).
    /// </summary>
    internal static (double Lower, double Upper) Wilson(double successes, double n, double z)
    {
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// Finds where <paramref name="f"/> changes sign between <paramref name="negativeEnd"/> (where f &lt; 0) and
    /// <paramref name="positiveEnd"/> (where f &gt; 0) by bisection, without evaluating f at either end.
    /// </summary>
    internal static double Bisect(Func<double, double> f, double negativeEnd, double positiveEnd)
    {
        for (int i = 0; i < 200 && Math.Abs(positiveEnd - negativeEnd) > 1e-15; i++)
        {
            double middle = 0.5 * (negativeEnd + positiveEnd);
            if (middle == negativeEnd || middle == positiveEnd)
            {
                break;
            }

            if (f(middle) < 0)
            {
                negativeEnd = middle;
            }
            else
            {
                positiveEnd = middle;
            }
        }

        return 0.5 * (negativeEnd + positiveEnd);
    }

    /// <summary>The comparison of two independent estimates by a z test and a Wald interval.</summary>
    internal static ScoreComparison ZComparison(double difference, double standardError, double confidence)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (double.IsNaN(difference) || double.IsNaN(standardError))
        {
            return ScoreComparison.Undefined(confidence);
        }

        double z = Statistic(difference, standardError);
        double half = NormalCritical(confidence) * standardError;
        return new ScoreComparison(difference, standardError, z, double.PositiveInfinity, NormalTwoSidedP(z),
            ConfidenceInterval.FromBounds(difference - half, difference + half, confidence));
    }

    /// <summary>difference / standardError, with 0/0 read as 0 (two identical zero-variance samples) and d/0 as ±∞.</summary>
    internal static double Statistic(double difference, double standardError) =>
        standardError > 0 ? difference / standardError
        : difference == 0 ? 0
        : difference > 0 ? double.PositiveInfinity : double.NegativeInfinity;
}
