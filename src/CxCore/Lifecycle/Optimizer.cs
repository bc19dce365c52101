using System;

namespace CxCore.Lifecycle;

/// <summary>Evaluates an objective to minimise and writes its gradient; returns +∞ or NaN where it is undefined.</summary>
internal delegate double Objective(ReadOnlySpan<double> point, Span<double> gradient);

/// <summary>
/// A small, dependable minimiser for smooth likelihoods of a few parameters: BFGS with a backtracking (Armijo) line
/// search and a step cap, then Newton steps on a finite-difference Hessian of the analytic gradient to polish the
/// optimum, and that Hessian for standard errors.
/// </summary>
internal static class Optimizer
{
    /// <summary>The largest change of any coordinate in one step (the coordinates are log-parameters).</summary>
    private const double MaxStep = 2.0;

    /// <summary>Log-parameters beyond this are on the boundary of the parameter space (e^±30).</summary>
    internal const double Boundary = 30;

    internal static OptimizerResult Minimize(Objective objective, double[] start, int maxIterations = 1000, double gradientTolerance = 1e-10)
    {
        int n = start.Length;
        double[] x = (double[])start.Clone();
        double[] g = new double[n];
        double f = objective(x, g);
        int evaluations = 1;
        if (!double.IsFinite(f) || !AllFinite(g))
        {
            throw new ArgumentException("The likelihood cannot be evaluated at the starting values; check the data for extreme values.");
        }

        double[,] h = Identity(n);
        double[] p = new double[n], xNew = new double[n], gNew = new double[n], s = new double[n], y = new double[n];
        int iteration = 0;
        bool converged = false;
        bool scaled = false;
        while (iteration < maxIterations)
        {
            if (MaxAbs(g) < gradientTolerance)
            {
                converged = true;
                break;
            }

            iteration++;
            // p = −H g; fall back to steepest descent when H has lost positive definiteness.
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < n; j++)
                {
                    sum -= h[i, j] * g[j];
                }

                p[i] = sum;
            }

            double slope = Dot(p, g);
            if (!(slope < 0))
            {
                h = Identity(n);
                for (int i = 0; i < n; i++)
                {
                    p[i] = -g[i];
                }

                slope = Dot(p, g);
            }

            double cap = MaxAbs(p);
            double step = cap > MaxStep ? MaxStep / cap : 1;
            double fNew = double.NaN;
            bool accepted = false;
            for (int tries = 0; tries < 60; tries++)
            {
                for (int i = 0; i < n; i++)
                {
                    xNew[i] = x[i] + (step * p[i]);
                }

                fNew = objective(xNew, gNew);
                evaluations++;
                if (double.IsFinite(fNew) && AllFinite(gNew) && fNew <= f + (1e-4 * step * slope))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                // No decrease along the search direction: at the optimum to machine precision (or stuck).
                converged = MaxAbs(g) < Math.Sqrt(gradientTolerance);
                break;
            }

            double sy = 0;
            for (int i = 0; i < n; i++)
            {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
                sy += s[i] * y[i];
            }

            double change = Math.Abs(f - fNew);
            Array.Copy(xNew, x, n);
            Array.Copy(gNew, g, n);
            f = fNew;
            if (sy > 1e-300)
            {
                if (!scaled)
                {
                    // Shanno–Phua scaling of the first inverse-Hessian guess.
                    double yy = Dot(y, y);
                    h = Identity(n, sy / yy);
                    scaled = true;
                }

                UpdateInverse(h, s, y, sy);
            }

            if (change <= 1e-16 * Math.Max(1, Math.Abs(f)) && MaxAbs(g) < Math.Sqrt(gradientTolerance))
            {
                converged = true;
                break;
            }

            if (MaxAbs(x) > Boundary + 5)
            {
                break;
            }
        }

        // Newton steps on the finite-difference Hessian while the gradient is above tolerance, then the Hessian at the
        // final point (for the standard errors).
        double[,] hessian = Hessian(objective, x, ref evaluations);
        bool moved = false;
        for (int polish = 0; polish < 8 && MaxAbs(g) >= gradientTolerance && MaxAbs(x) <= Boundary; polish++)
        {
            double[] delta = new double[n];
            if (!LifecycleMath.TryCholeskySolve(hessian, g, delta))
            {
                break;
            }

            double[] trial = new double[n];
            for (int i = 0; i < n; i++)
            {
                trial[i] = x[i] - delta[i];
            }

            double fTrial = objective(trial, gNew);
            evaluations++;
            if (!(double.IsFinite(fTrial) && AllFinite(gNew) && (fTrial <= f || MaxAbs(gNew) < MaxAbs(g))))
            {
                break;
            }

            Array.Copy(trial, x, n);
            Array.Copy(gNew, g, n);
            f = fTrial;
            moved = true;
        }

        if (moved)
        {
            hessian = Hessian(objective, x, ref evaluations);
        }

        converged |= MaxAbs(g) < gradientTolerance;
        return new OptimizerResult(x, f, (double[])g.Clone(), hessian, iteration, evaluations, converged);
    }

    /// <summary>The Hessian by central differences of the analytic gradient (step 10⁻⁵ per coordinate), symmetrised.</summary>
    internal static double[,] Hessian(Objective objective, double[] x, ref int evaluations)
    {
        int n = x.Length;
        var h = new double[n, n];
        double[] plus = new double[n], minus = new double[n], point = (double[])x.Clone();
        for (int i = 0; i < n; i++)
        {
            double step = 1e-5 * Math.Max(1, Math.Abs(x[i]));
            point[i] = x[i] + step;
            objective(point, plus);
            point[i] = x[i] - step;
            objective(point, minus);
            point[i] = x[i];
            evaluations += 2;
            for (int j = 0; j < n; j++)
            {
                h[i, j] = (plus[j] - minus[j]) / (2 * step);
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double m = 0.5 * (h[i, j] + h[j, i]);
                h[i, j] = m;
                h[j, i] = m;
            }
        }

        return h;
    }

    private static void UpdateInverse(double[,] h, double[] s, double[] y, double sy)
    {
        // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(sᵀy).
        int n = s.Length;
        double rho = 1 / sy;
        double[] hy = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
            {
                sum += h[i, j] * y[j];
            }

            hy[i] = sum;
        }

        double yhy = Dot(y, hy);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                h[i, j] += (-rho * ((hy[i] * s[j]) + (s[i] * hy[j]))) + (((rho * rho * yhy) + rho) * s[i] * s[j]);
            }
        }
    }

    private static double[,] Identity(int n, double scale = 1)
    {
        var h = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            h[i, i] = scale;
        }

        return h;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    internal static double MaxAbs(ReadOnlySpan<double> v)
    {
        double m = 0;
        foreach (double d in v)
        {
            m = Math.Max(m, Math.Abs(d));
        }

        return m;
    }

    private static bool AllFinite(ReadOnlySpan<double> v)
    {
        foreach (double d in v)
        {
            if (!double.IsFinite(d))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The outcome of <see cref="Optimizer.Minimize"/>: the point, value, gradient and Hessian there, and the work done.</summary>
internal sealed class OptimizerResult
{
    internal OptimizerResult(double[] point, double value, double[] gradient, double[,] hessian, int iterations, int evaluations, bool converged)
    {
        Point = point;
        Value = value;
        Gradient = gradient;
        Hessian = hessian;
        Iterations = iterations;
        Evaluations = evaluations;
        Converged = converged;
    }

    internal double[] Point { get; }

    internal double Value { get; }

    internal double[] Gradient { get; }

    internal double[,] Hessian { get; }

    internal int Iterations { get; }

    internal int Evaluations { get; }

    internal bool Converged { get; }
}
