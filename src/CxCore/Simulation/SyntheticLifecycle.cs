using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Lifecycle;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>
/// Adds purchases, spend and churn to a generated data set (<see cref="SyntheticCx"/>), drawn from the BG/NBD and
/// Gamma-Gamma models with known parameters, with dropout tied to each customer's latent satisfaction — so that
/// lifecycle analyses can be checked against the truth.
/// </summary>
/// <remarks>
/// <para><b>The generative story.</b> For each customer of the data, in order:</para>
/// <list type="number">
/// <item><description>
/// Satisfaction to dropout: the customer's final latent satisfaction (<see cref="GroundTruth.Satisfaction"/>) is turned
/// into a normal score z_s = Φ⁻¹((rank + ½)/n) over all customers; then z = ρ·z_s + √(1 − ρ²)·ε with ε ~ Normal(0, 1)
/// and the dropout probability is p = F⁻¹_Beta(a, b)(Φ(z)) — a Gaussian copula, so p is Beta(a, b) across customers
/// (exactly, up to the discreteness of the ranks) and, with ρ &lt; 0, lower for happier customers.
/// </description></item>
/// <item><description>
/// The purchase rate λ ~ Gamma(r, α) and the spend rate ν ~ Gamma(q, γ), independently of everything else.
/// </description></item>
/// <item><description>
/// The first purchase is at acquisition (<see cref="Customer.AcquiredAt"/>). While alive, the customer buys again after
/// exponential gaps with rate λ (per <see cref="SyntheticLifecycleOptions.TimeUnit"/>) until the end of the data's
/// period; after each repeat purchase the customer drops out for good with probability p, and that purchase's instant
/// is the churn instant (<see cref="SyntheticLifecycleData.ChurnedAt"/>). Every purchase is worth Gamma(p_spend, ν).
/// </description></item>
/// </list>
/// <para>
/// The random numbers come from a xoshiro256** stream seeded from <see cref="SyntheticLifecycleOptions.Seed"/> mixed
/// with a fixed tag, separate from the data's own stream: generating the lifecycle never changes the data, and the same
/// data and options always give the same purchases. Within the model, λ and p are independent as BG/NBD assumes; the
/// dependence on satisfaction comes through p only, so a BG/NBD fit recovers (r, α, a, b).
/// </para>
/// </remarks>
public static class SyntheticLifecycle
{
    private const long StreamTag = 0x4C69666563796C65; // "Lifecycle"

    /// <summary>Generates purchases and churn for the customers of <paramref name="data"/>.</summary>
    /// <param name="data">A generated data set (its customers and their latent satisfaction drive the lifecycle).</param>
    /// <param name="options">The true parameters and seed; the defaults when null.</param>
    /// <returns>The purchases, churn and ground truth.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public static SyntheticLifecycleData Generate(SyntheticCxData data, SyntheticLifecycleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new SyntheticLifecycleOptions();
        SyntheticLifecycleOptions o = Validated(options);
        IReadOnlyList<Customer> customers = data.Customers;
        int n = customers.Count;

        // Normal scores of satisfaction ranks (ties broken by customer order).
        int[] order = new int[n];
        double[] satisfaction = new double[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            satisfaction[i] = data.GroundTruth.Satisfaction[customers[i].Id];
        }

        Array.Sort(order, (x, y) => satisfaction[x] != satisfaction[y] ? satisfaction[x].CompareTo(satisfaction[y]) : x.CompareTo(y));
        double[] score = new double[n];
        for (int rank = 0; rank < n; rank++)
        {
            score[order[rank]] = Normal.InvCDF(0, 1, (rank + 0.5) / n);
        }

        var rng = new Xoshiro256StarStar(unchecked(((long)o.Seed * -7046029254386353131L) ^ StreamTag)); // 0x9E3779B97F4A7C15 as a signed long
        double rho = o.SatisfactionDropoutCorrelation, rest = Math.Sqrt(1 - (rho * rho));
        double unitNanos = o.TimeUnit.TotalNanoseconds;
        var purchases = new List<ActivityEvent>(n * 4);
        var churned = new Dictionary<CustomerId, Instant>();
        var rates = new Dictionary<CustomerId, double>(n);
        var dropout = new Dictionary<CustomerId, double>(n);
        var spend = new Dictionary<CustomerId, double>(n);
        for (int i = 0; i < n; i++)
        {
            Customer c = customers[i];
            double z = (rho * score[i]) + (rest * rng.NextNormal());
            double p = InverseBeta(o.A, o.B, Normal.CDF(0, 1, z));
            double lambda = NextGamma(rng, o.R) / o.Alpha;
            double nu = NextGamma(rng, o.Q) / o.Gamma;
            rates.Add(c.Id, lambda);
            dropout.Add(c.Id, p);
            spend.Add(c.Id, nu);
            purchases.Add(new ActivityEvent(c.Id, c.AcquiredAt, NextGamma(rng, o.P) / nu));
            double t = 0;
            while (true)
            {
                t += rng.NextExponential() / lambda;
                double nanos = t * unitNanos;
                if (!(nanos < (data.End - c.AcquiredAt).TotalNanoseconds))
                {
                    break;
                }

                Instant at = c.AcquiredAt + Duration.FromNanoseconds(nanos);
                if (at >= data.End)
                {
                    break;
                }

                purchases.Add(new ActivityEvent(c.Id, at, NextGamma(rng, o.P) / nu));
                if (rng.NextDouble() < p)
                {
                    churned.Add(c.Id, at);
                    break;
                }
            }
        }

        var truth = new LifecycleGroundTruth(o, rates.AsReadOnly(), dropout.AsReadOnly(), spend.AsReadOnly());
        return new SyntheticLifecycleData(purchases.AsReadOnly(), churned.AsReadOnly(), data.End, truth);
    }

    private static SyntheticLifecycleOptions Validated(SyntheticLifecycleOptions options)
    {
        if (options.TimeUnit <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TimeUnit, "SyntheticLifecycleOptions.TimeUnit must be greater than zero.");
        }

        Positive(options.R, nameof(options.R));
        Positive(options.Alpha, nameof(options.Alpha));
        Positive(options.A, nameof(options.A));
        Positive(options.B, nameof(options.B));
        Positive(options.P, nameof(options.P));
        Positive(options.Q, nameof(options.Q));
        Positive(options.Gamma, nameof(options.Gamma));
        double rho = options.SatisfactionDropoutCorrelation;
        if (!(rho >= -1 && rho <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), rho, "SyntheticLifecycleOptions.SatisfactionDropoutCorrelation must be between -1 and 1.");
        }

        // A snapshot, so that later changes to the options object do not reach the ground truth.
        return new SyntheticLifecycleOptions
        {
            Seed = options.Seed, TimeUnit = options.TimeUnit, R = options.R, Alpha = options.Alpha, A = options.A, B = options.B,
            P = options.P, Q = options.Q, Gamma = options.Gamma, SatisfactionDropoutCorrelation = rho,
        };
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException("options", value, string.Create(CultureInfo.InvariantCulture, $"SyntheticLifecycleOptions.{name} must be positive and finite."));
        }
    }

    /// <summary>A Gamma(shape, 1) variate (Marsaglia and Tsang 2000; shapes below 1 by the U^(1/shape) boost).</summary>
    internal static double NextGamma(Xoshiro256StarStar rng, double shape)
    {
        if (shape < 1)
        {
            double u = rng.NextDouble();
            return NextGamma(rng, shape + 1) * Math.Pow(u == 0 ? double.Epsilon : u, 1 / shape);
        }

        double d = shape - (1.0 / 3), c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            double u = rng.NextDouble();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    /// <summary>The Beta(a, b) quantile of <paramref name="u"/>: Newton steps on the regularised incomplete beta function, safeguarded by bisection.</summary>
    internal static double InverseBeta(double a, double b, double u)
    {
        if (u <= 0)
        {
            return 0;
        }

        if (u >= 1)
        {
            return 1;
        }

        double lo = 0, hi = 1, x = a / (a + b);
        double logNorm = SpecialFunctions.BetaLn(a, b);
        for (int i = 0; i < 100; i++)
        {
            double f = SpecialFunctions.BetaRegularized(a, b, x) - u;
            if (f == 0)
            {
                return x;
            }

            if (f < 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            double density = Math.Exp(((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(1 - x)) - logNorm);
            double next = x - (f / density);
            if (!(next > lo && next < hi) || double.IsNaN(next))
            {
                next = 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Max(x, 1e-300) || hi - lo <= 1e-300)
            {
                return next;
            }

            x = next;
        }

        return x;
    }
}
