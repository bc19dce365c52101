using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using MathNet.Numerics;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// The Cox proportional-hazards model (Cox 1972) of time to an event — churn, leaving a stage — on one or more
/// covariates: coefficients with standard errors and Wald tests, hazard ratios with Wald intervals, and the
/// likelihood-ratio test against the null model, as R's <c>survival::coxph</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Partial likelihood.</b> With linear predictor ηᵢ = xᵢᵀβ, distinct event times t with the set D of dₜ tied events,
/// risk set R(t) = {j: tⱼ ≥ t}, S₀ = Σ_{R} e^η and D₀ = Σ_{D} e^η, Efron's approximation (1977; R's default) is
/// ℓ(β) = Σₜ [Σ_{i∈D} ηᵢ − Σ_{k=0}^{dₜ−1} ln(S₀ − (k/dₜ)D₀)]; Breslow's (1974) drops the k/dₜ terms. Its gradient and
/// information follow with S₁, S₂ (and D₁, D₂) the first and second moments of x weighted by e^η.
/// </para>
/// <para>
/// <b>Fit.</b> Newton–Raphson from β = 0 with step halving when the log-likelihood falls (as R), on covariates centred
/// at their means (which changes neither β nor ℓ), until the log-likelihood changes by less than 10⁻¹¹ and no
/// coefficient by more than 10⁻⁹, at most 100 iterations. Standard errors are the square roots of the diagonal of the
/// inverse information at the maximum. When a covariate separates the events perfectly the partial likelihood has no
/// maximum (a coefficient runs to ±∞, R warns): the fit then stops with <see cref="Converged"/> false.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class CoxModel : ITabularResult
{
    internal CoxModel(CoxCoefficient[] coefficients, CoxTieMethod ties, long count, long events, double logLikelihood, double nullLogLikelihood, int iterations, bool converged)
    {
        Coefficients = Array.AsReadOnly(coefficients);
        Ties = ties;
        Count = count;
        EventCount = events;
        LogLikelihood = logLikelihood;
        NullLogLikelihood = nullLogLikelihood;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>One coefficient per covariate, in the order given.</summary>
    public IReadOnlyList<CoxCoefficient> Coefficients { get; }

    /// <summary>The tie method used.</summary>
    public CoxTieMethod Ties { get; }

    /// <summary>The number of subjects.</summary>
    public long Count { get; }

    /// <summary>The number of events.</summary>
    public long EventCount { get; }

    /// <summary>The maximised log partial likelihood (R's <c>loglik[2]</c>).</summary>
    public double LogLikelihood { get; }

    /// <summary>The log partial likelihood at β = 0 (R's <c>loglik[1]</c>).</summary>
    public double NullLogLikelihood { get; }

    /// <summary>The likelihood-ratio statistic 2(ℓ(β̂) − ℓ(0)).</summary>
    public double LikelihoodRatio => 2 * (LogLikelihood - NullLogLikelihood);

    /// <summary>The likelihood-ratio test's degrees of freedom: the number of covariates.</summary>
    public int DegreesOfFreedom => Coefficients.Count;

    /// <summary>The likelihood-ratio test's p-value (upper chi-square tail).</summary>
    public double LikelihoodRatioPValue => SpecialFunctions.GammaUpperRegularized(DegreesOfFreedom / 2.0, Math.Max(0, LikelihoodRatio) / 2.0);

    /// <summary>The number of Newton–Raphson iterations.</summary>
    public int Iterations { get; }

    /// <summary>Whether the iterations met the convergence test (see the remarks).</summary>
    public bool Converged { get; }

    /// <summary>Fits the model.</summary>
    /// <param name="times">Each subject's observed time (to the event, or censored), zero or more.</param>
    /// <param name="events">Whether each subject's event was observed; as long as <paramref name="times"/>.</param>
    /// <param name="covariates">At least one covariate, names unique, each with one value per subject.</param>
    /// <param name="ties">The tie method; Efron (R's default) unless given.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="covariates"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">
    /// Lengths differ, there are no covariates, a name repeats, there is no event, or the information matrix is singular
    /// (a constant or collinear covariate; the message says so).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is negative, or <paramref name="ties"/> is unknown.</exception>
    public static CoxModel Fit(ReadOnlySpan<Duration> times, ReadOnlySpan<bool> events, IReadOnlyList<CoxCovariate> covariates, CoxTieMethod ties = CoxTieMethod.Efron)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        if (ties is not (CoxTieMethod.Efron or CoxTieMethod.Breslow))
        {
            throw new ArgumentOutOfRangeException(nameof(ties), ties, "Unknown tie method; use Efron or Breslow.");
        }

        int n = times.Length, p = covariates.Count;
        if (events.Length != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"There are {n} times but {events.Length} event flags."), nameof(events));
        }

        if (p == 0)
        {
            throw new ArgumentException("A Cox model needs at least one covariate.", nameof(covariates));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        double[] x = new double[n * p];
        for (int j = 0; j < p; j++)
        {
            CoxCovariate c = covariates[j] ?? throw new ArgumentNullException(nameof(covariates), string.Create(CultureInfo.InvariantCulture, $"Covariate {j} is null."));
            if (!names.Add(c.Name))
            {
                throw new ArgumentException($"The covariate name '{c.Name}' appears twice.", nameof(covariates));
            }

            if (c.ValueArray.Length != n)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Covariate '{c.Name}' has {c.ValueArray.Length} values for {n} subjects."), nameof(covariates));
            }

            double mean = 0;
            foreach (double v in c.ValueArray)
            {
                mean += v;
            }

            mean /= Math.Max(1, n);
            for (int i = 0; i < n; i++)
            {
                x[(i * p) + j] = c.ValueArray[i] - mean;
            }
        }

        long[] keys = new long[n];
        int[] order = new int[n];
        long eventCount = 0;
        bool[] status = events.ToArray();
        for (int i = 0; i < n; i++)
        {
            if (times[i] < Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(times), times[i], string.Create(CultureInfo.InvariantCulture, $"The time at position {i} is negative."));
            }

            keys[i] = -times[i].ToInt64Nanoseconds(); // descending time
            order[i] = i;
            eventCount += status[i] ? 1 : 0;
        }

        if (eventCount == 0)
        {
            throw new ArgumentException("There are no events, so the hazard ratios are not identified.", nameof(events));
        }

        Array.Sort(keys, order);
        var likelihood = new PartialLikelihood(x, n, p, keys, order, status, ties);
        double[] beta = new double[p];
        double[] gradient = new double[p], delta = new double[p], trial = new double[p], trialGradient = new double[p];
        double[,] information = new double[p, p], trialInformation = new double[p, p];
        double ll = likelihood.Evaluate(beta, gradient, information);
        double nullLl = ll;
        int iterations = 0;
        bool converged = false;
        while (iterations < 100)
        {
            if (!LifecycleMath.TryCholeskySolve(information, gradient, delta))
            {
                throw new ArgumentException(
                    "The information matrix is singular: a covariate is constant, or covariates are collinear, among the subjects at risk at the event times.",
                    nameof(covariates));
            }

            iterations++;
            double trialLl = double.NaN;
            for (int halving = 0; halving < 40; halving++)
            {
                for (int j = 0; j < p; j++)
                {
                    trial[j] = beta[j] + delta[j];
                }

                trialLl = likelihood.Evaluate(trial, trialGradient, trialInformation);
                if (double.IsFinite(trialLl) && trialLl >= ll - (1e-12 * Math.Abs(ll)))
                {
                    break;
                }

                for (int j = 0; j < p; j++)
                {
                    delta[j] *= 0.5;
                }
            }

            double change = trialLl - ll;
            double step = Optimizer.MaxAbs(delta);
            Array.Copy(trial, beta, p);
            Array.Copy(trialGradient, gradient, p);
            Array.Copy(trialInformation, information, p * p);
            ll = trialLl;
            if (Math.Abs(change) < 1e-11 && step < 1e-9)
            {
                converged = true;
                break;
            }
        }

        double[,] covariance = LifecycleMath.TryInverse(information) ?? throw new ArgumentException(
            "The information matrix at the estimate is singular: a covariate is constant, or covariates are collinear.", nameof(covariates));
        var coefficients = new CoxCoefficient[p];
        for (int j = 0; j < p; j++)
        {
            coefficients[j] = new CoxCoefficient(covariates[j].Name, beta[j], Math.Sqrt(covariance[j, j]));
        }

        return new CoxModel(coefficients, ties, n, eventCount, ll, nullLl, iterations, converged);
    }

    /// <summary>
    /// The coefficients as a table with columns <c>covariate, coef, hazard_ratio, std_error, z, p_value, lower, upper</c>
    /// (the 95 % Wald interval of the hazard ratio), as R's <c>summary.coxph</c>.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Coefficients.Count);
        foreach (CoxCoefficient c in Coefficients)
        {
            var interval = c.HazardRatioInterval();
            rows.Add([c.Name, c.Coefficient, c.HazardRatio, c.StandardError, c.Z, c.PValue, interval.Lower, interval.Upper]);
        }

        return ResultTable.FromRows(["covariate", "coef", "hazard_ratio", "std_error", "z", "p_value", "lower", "upper"], rows);
    }

    /// <summary>The coefficients as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per covariate.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the model: counts and the likelihood-ratio test on one line, then the coefficient table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Cox model ({Ties} ties): n = {Count}, events = {EventCount}, likelihood ratio {LikelihoodRatio:0.###} on {DegreesOfFreedom} df, {Utility.TextFormat.InlinePValue(LikelihoodRatioPValue)}{(Converged ? string.Empty : " (NOT converged)")}\n")
        + ToTable();

    /// <summary>The log partial likelihood, its gradient and the information matrix, over subjects sorted by descending time.</summary>
    private sealed class PartialLikelihood(double[] x, int n, int p, long[] keys, int[] order, bool[] status, CoxTieMethod ties)
    {
        internal double Evaluate(double[] beta, double[] gradient, double[,] information)
        {
            Array.Clear(gradient);
            Array.Clear(information);
            double s0 = 0;
            double[] s1 = new double[p], d1 = new double[p], a = new double[p];
            double[,] s2 = new double[p, p], d2 = new double[p, p];
            double ll = 0;
            for (int i = 0; i < n;)
            {
                long key = keys[i];
                double d0 = 0, deaths = 0;
                Array.Clear(d1);
                Array.Clear(d2);
                for (; i < n && keys[i] == key; i++)
                {
                    int s = order[i];
                    int row = s * p;
                    double eta = 0;
                    for (int j = 0; j < p; j++)
                    {
                        eta += x[row + j] * beta[j];
                    }

                    double w = Math.Exp(eta);
                    s0 += w;
                    for (int j = 0; j < p; j++)
                    {
                        double wx = w * x[row + j];
                        s1[j] += wx;
                        for (int k = 0; k <= j; k++)
                        {
                            s2[j, k] += wx * x[row + k];
                        }
                    }

                    if (status[s])
                    {
                        deaths++;
                        d0 += w;
                        ll += eta;
                        for (int j = 0; j < p; j++)
                        {
                            double wx = w * x[row + j];
                            gradient[j] += x[row + j];
                            d1[j] += wx;
                            for (int k = 0; k <= j; k++)
                            {
                                d2[j, k] += wx * x[row + k];
                            }
                        }
                    }
                }

                for (int m = 0; m < deaths; m++)
                {
                    double f = ties == CoxTieMethod.Efron ? m / deaths : 0;
                    double denominator = s0 - (f * d0);
                    ll -= Math.Log(denominator);
                    for (int j = 0; j < p; j++)
                    {
                        a[j] = (s1[j] - (f * d1[j])) / denominator;
                        gradient[j] -= a[j];
                    }

                    for (int j = 0; j < p; j++)
                    {
                        for (int k = 0; k <= j; k++)
                        {
                            information[j, k] += ((s2[j, k] - (f * d2[j, k])) / denominator) - (a[j] * a[k]);
                        }
                    }
                }
            }

            for (int j = 0; j < p; j++)
            {
                for (int k = j + 1; k < p; k++)
                {
                    information[j, k] = information[k, j];
                }
            }

            return ll;
        }
    }
}
