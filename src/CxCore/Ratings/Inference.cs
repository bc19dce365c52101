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
    /// the roots of (1 + z²/n)π² − (2p̂ + z²/n)π + p̂² = 0, that is centre (p̂ + z²/2n)/(1 + z²/n), half-width
    /// z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²) (Wilson 1927).
    /// </summary>
    /// <remarks>
    /// The upper root is computed as centre + half-width (no cancellation) and the lower one from the product of the
    /// roots, p̂²/(1 + z²/n), so the lower bound of 0 successes is exactly 0 (not a rounding residue such as 5.6E-15) and
    /// keeps full relative precision when it is small; above p̂ = ½ the upper bound is 1 minus the lower bound of the
    /// failures, so the upper bound of n successes is exactly 1.
    /// </remarks>
    internal static (double Lower, double Upper) Wilson(double successes, double n, double z)
    {
        double p = successes / n, q = (n - successes) / n;
        double a = 1 + (z * z / n);
        double lower = p * p / (a * UpperRoot(p, n, z, a));
        double upper = p <= 0.5 ? Math.Min(1, UpperRoot(p, n, z, a)) : 1 - (q * q / (a * UpperRoot(q, n, z, a)));
        return (lower, upper);

        static double UpperRoot(double p, double n, double z, double a) =>
            (p + (z * z / (2 * n)) + (z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n))))) / a;
    }

    /// <summary>The interval for a proportion of <paramref name="successes"/> in <paramref name="n"/> (n &gt; 0) by <paramref name="method"/>, in [0, 1].</summary>
    internal static (double Lower, double Upper) Proportion(ProportionIntervalMethod method, double successes, double n, double confidence)
    {
        double z = NormalCritical(confidence);
        double tail = (1 - confidence) / 2;
        double failures = n - successes;
        switch (method)
        {
            case ProportionIntervalMethod.Wilson:
                return Wilson(successes, n, z);
            case ProportionIntervalMethod.AgrestiCoull:
            {
                double z2 = z * z;
                double adjustedN = n + z2;
                double p = (successes + (z2 / 2)) / adjustedN;
                double half = z * Math.Sqrt(p * (1 - p) / adjustedN);
                return (Math.Max(0, p - half), Math.Min(1, p + half));
            }

            case ProportionIntervalMethod.Jeffreys:
                return (successes > 0 ? Beta.InvCDF(successes + 0.5, failures + 0.5, tail) : 0,
                    failures > 0 ? Beta.InvCDF(successes + 0.5, failures + 0.5, 1 - tail) : 1);
            default:
                return (successes > 0 ? Beta.InvCDF(successes, failures + 1, tail) : 0,
                    failures > 0 ? Beta.InvCDF(successes + 1, failures, 1 - tail) : 1);
        }
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
