using System;
using System.Diagnostics;
using System.Globalization;

namespace CxCore.Lifecycle;

/// <summary>Numerical pieces shared by the lifecycle models: stable logs, the hypergeometric series, small linear algebra.</summary>
internal static class LifecycleMath
{
    /// <summary>The most terms the hypergeometric series may take before giving up (z within about 10⁻⁶ of 1).</summary>
    internal const int MaxSeriesTerms = 20_000_000;

    /// <summary>e^x − 1, accurate for small |x| (Kahan's method; the BCL's ExpM1 is exp(x) − 1).</summary>
    internal static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        double um1 = u - 1;
        return um1 == -1 ? -1 : um1 * x / Math.Log(u);
    }

    /// <summary>ln(1 + x), accurate for small |x| (Kahan's method).</summary>
    internal static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>log(1 + e^x) without overflow or loss for large |x|.</summary>
    internal static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

    /// <summary>1 / (1 + e^−x), the logistic function, without overflow.</summary>
    internal static double Logistic(double x)
    {
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        double e = Math.Exp(x);
        return e / (1 + e);
    }

    /// <summary>
    /// G(a) = [1 − (1 − z)^(a − 1) · ₂F₁(c₁, a − 1; c; z)] / (a − 1) for z in [0, 1), evaluated without the removable
    /// singularity at a = 1: with L = ln(1 − z), (a − 1)·G = −expm1((a − 1)L) − (1 − z)^(a − 1)·(F − 1), and every term
    /// of F − 1 carries the factor a − 1, so G = −expm1((a − 1)L)/(a − 1) − (1 − z)^(a − 1)·S with
    /// S = Σ_{k≥1} (c₁)ₖ (a)ₖ₋₁ zᵏ / ((c)ₖ k!).
    /// </summary>
    /// <param name="c1">The first upper parameter of the series.</param>
    /// <param name="a">The second upper parameter plus one (the BG/NBD a), positive.</param>
    /// <param name="c">The lower parameter: not 0 or a negative integer (a + b + x − 1 for the BG/NBD, so below 1 only when x = 0).</param>
    /// <param name="logOneMinusZ">ln(1 − z), zero or negative (passed directly to keep precision when z is tiny).</param>
    internal static double EulerSeriesG(double c1, double a, double c, double logOneMinusZ)
    {
        Debug.Assert(a > 0 && c != 0 && logOneMinusZ <= 0);
        double z = -ExpM1(logOneMinusZ);
        double eps = a - 1;
        double first = eps == 0 ? -logOneMinusZ : -ExpM1(eps * logOneMinusZ) / eps;
        if (z == 0)
        {
            return first;
        }

        // S = Σ_{k≥1} t_k with t_1 = c1·z/c and t_{k+1} = t_k·(c1 + k)(a + k − 1)z/((c + k)(k + 1)).
        double term = c1 * z / c;
        double sum = term;
        double compensation = 0;
        int k = 1;
        int small = 0;
        while (true)
        {
            term *= (c1 + k) * (a + k - 1) / ((c + k) * (k + 1)) * z;
            // Kahan summation: long series near z = 1 add thousands of terms.
            double y = term - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
            k++;
            if (Math.Abs(term) <= 1e-17 * Math.Abs(sum) || term == 0)
            {
                if (++small == 3)
                {
                    break;
                }
            }
            else
            {
                small = 0;
            }

            if (k > MaxSeriesTerms)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(logOneMinusZ),
                    z,
                    string.Create(CultureInfo.InvariantCulture, $"The hypergeometric series at z = {z:R} did not converge in {MaxSeriesTerms} terms; the horizon is too long relative to the observation period."));
            }
        }

        return first - (Math.Exp(eps * logOneMinusZ) * sum);
    }

    /// <summary>Solves the symmetric positive-definite system H x = g by Cholesky; false when H is not positive definite.</summary>
    internal static bool TryCholeskySolve(double[,] h, ReadOnlySpan<double> g, Span<double> x)
    {
        int n = g.Length;
        var l = new double[n, n];
        if (!TryCholesky(h, l))
        {
            return false;
        }

        Span<double> y = stackalloc double[n];
        for (int i = 0; i < n; i++)
        {
            double s = g[i];
            for (int k = 0; k < i; k++)
            {
                s -= l[i, k] * y[k];
            }

            y[i] = s / l[i, i];
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double s = y[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= l[k, i] * x[k];
            }

            x[i] = s / l[i, i];
        }

        return true;
    }

    /// <summary>The inverse of a symmetric positive-definite matrix, or null when it is not positive definite.</summary>
    internal static double[,]? TryInverse(double[,] h)
    {
        int n = h.GetLength(0);
        var inverse = new double[n, n];
        Span<double> unit = stackalloc double[n];
        Span<double> column = stackalloc double[n];
        for (int j = 0; j < n; j++)
        {
            unit.Clear();
            unit[j] = 1;
            if (!TryCholeskySolve(h, unit, column))
            {
                return null;
            }

            for (int i = 0; i < n; i++)
            {
                inverse[i, j] = column[i];
            }
        }

        // Symmetrise away rounding.
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double m = 0.5 * (inverse[i, j] + inverse[j, i]);
                inverse[i, j] = m;
                inverse[j, i] = m;
            }
        }

        return inverse;
    }

    private static bool TryCholesky(double[,] h, double[,] l)
    {
        int n = h.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = h[i, j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[i, k] * l[j, k];
                }

                if (i == j)
                {
                    if (!(s > 0) || !double.IsFinite(s))
                    {
                        return false;
                    }

                    l[i, i] = Math.Sqrt(s);
                }
                else
                {
                    l[i, j] = s / l[j, j];
                }
            }
        }

        return true;
    }
}
