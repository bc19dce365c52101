using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Ratings;

namespace CxCore.Lifecycle;

/// <summary>
/// The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005): its maximum-likelihood fit from customers'
/// frequency, recency and tenure, and what it predicts — the probability that a customer is still alive, and the
/// expected number of transactions, unconditionally and given a customer's history.
/// </summary>
/// <remarks>
/// <para>
/// <b>Model.</b> While active, a customer buys as a Poisson process with rate λ; after each transaction the customer
/// drops out for good with probability p. Across customers λ ~ Gamma(r, α) (shape r, rate α) and p ~ Beta(a, b),
/// independently. Time starts at the customer's first transaction; x counts the <em>repeat</em> transactions in
/// (0, T], the last of them at tₓ (0 when x = 0). Times are in one unit chosen by the caller (weeks in the papers);
/// α and every time argument are in that unit.
/// </para>
/// <para>
/// <b>Likelihood</b> (the paper's equation 6, written with B the beta function):
/// L(r, α, a, b | x, tₓ, T) = B(a, b + x)/B(a, b) · Γ(r + x)αʳ/(Γ(r)(α + T)^(r+x))
/// + 1{x &gt; 0} · B(a + 1, b + x − 1)/B(a, b) · Γ(r + x)αʳ/(Γ(r)(α + tₓ)^(r+x)).
/// It depends on the data only through the distinct (x, tₓ, T) triples and their counts, so the fit groups them first
/// (a million customers observed in whole days over a year have about two hundred thousand), computes the terms in x
/// alone once per distinct x and the logarithms once per distinct T and tₓ. It is maximised over
/// (ln r, ln α, ln a, ln b) by BFGS with a backtracking line search from r = a = b = 1, α = ΣT/Σx (the rate a
/// Poisson model would fit), then polished by Newton steps on the Hessian (central differences of the analytic
/// gradient). Standard errors come from the inverse of that Hessian; see <see cref="ModelParameter"/>.
/// </para>
/// <para>
/// <b>Predictions.</b> P(alive | x, tₓ, T) = 1 / (1 + 1{x &gt; 0} · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x)). The
/// expected number of transactions in (T, T + t] (the paper's equation 10) is
/// (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r+x) ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))] · P(alive);
/// with x = 0 and T = 0 it is the unconditional E[X(t)] (equation 9). The Gauss hypergeometric function is evaluated
/// after Euler's transformation ₂F₁(A, B; C; z) = (1 − z)^(C−A−B) ₂F₁(C − A, C − B; C; z), whose parameters
/// (a + b − 1 − r, a − 1; a + b + x − 1) no longer grow with x, and the factor 1/(a − 1) is cancelled analytically, so
/// a = 1 needs no special case. The series converges for any horizon, more slowly as t/(α + T + t) nears 1.
/// </para>
/// <para>
/// <b>Boundary cases.</b> With no customers, or no repeat transaction at all, the parameters are not identified and
/// <see cref="Fit(ReadOnlySpan{int}, ReadOnlySpan{double}, ReadOnlySpan{double})"/> throws. When the maximum lies on
/// the boundary of the parameter space — for example every customer's last transaction is at the end of observation
/// (tₓ = T), so nothing shows dropout and b runs to infinity, or a single customer — it throws naming the parameter
/// that ran away rather than returning a meaningless or NaN estimate.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class BgNbdModel : ITabularResult
{
    private readonly double _lnA;
    private readonly double[] _lnBx; // ln(b + x − 1) for small x

    internal BgNbdModel(ModelParameter r, ModelParameter alpha, ModelParameter a, ModelParameter b, FitDiagnostics? diagnostics)
    {
        RParameter = r;
        AlphaParameter = alpha;
        AParameter = a;
        BParameter = b;
        Diagnostics = diagnostics;
        Parameters = Array.AsReadOnly(new[] { r, alpha, a, b });
        _lnA = Math.Log(a.Estimate);
        _lnBx = new double[64];
        for (int x = 1; x < _lnBx.Length; x++)
        {
            _lnBx[x] = Math.Log(b.Estimate + x - 1);
        }
    }

    /// <summary>The shape r of the gamma distribution of purchase rates.</summary>
    public double R => RParameter.Estimate;

    /// <summary>The rate α of the gamma distribution of purchase rates, in the data's time unit.</summary>
    public double Alpha => AlphaParameter.Estimate;

    /// <summary>The first shape a of the beta distribution of dropout probabilities.</summary>
    public double A => AParameter.Estimate;

    /// <summary>The second shape b of the beta distribution of dropout probabilities.</summary>
    public double B => BParameter.Estimate;

    /// <summary>r with its standard error (NaN for a model made with <see cref="FromParameters"/>).</summary>
    public ModelParameter RParameter { get; }

    /// <summary>α with its standard error.</summary>
    public ModelParameter AlphaParameter { get; }

    /// <summary>a with its standard error.</summary>
    public ModelParameter AParameter { get; }

    /// <summary>b with its standard error.</summary>
    public ModelParameter BParameter { get; }

    /// <summary>r, α, a and b in that order.</summary>
    public IReadOnlyList<ModelParameter> Parameters { get; }

    /// <summary>How the fit went, or <see langword="null"/> for a model made with <see cref="FromParameters"/>.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>The maximised log-likelihood; NaN for a model made with <see cref="FromParameters"/>.</summary>
    public double LogLikelihood => Diagnostics?.LogLikelihood ?? double.NaN;

    /// <summary>A model with known parameters (for prediction, simulation or comparison with published values).</summary>
    /// <param name="r">The gamma shape, positive and finite.</param>
    /// <param name="alpha">The gamma rate, positive and finite.</param>
    /// <param name="a">The first beta shape, positive and finite.</param>
    /// <param name="b">The second beta shape, positive and finite.</param>
    /// <returns>The model; its standard errors are NaN and it has no <see cref="Diagnostics"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive and finite.</exception>
    public static BgNbdModel FromParameters(double r, double alpha, double a, double b)
    {
        ThrowIfNotPositive(r, nameof(r));
        ThrowIfNotPositive(alpha, nameof(alpha));
        ThrowIfNotPositive(a, nameof(a));
        ThrowIfNotPositive(b, nameof(b));
        return new BgNbdModel(new("r", r, double.NaN), new("alpha", alpha, double.NaN), new("a", a, double.NaN), new("b", b, double.NaN), null);
    }

    /// <summary>Fits the model to the customers of an activity summary (its calibration period).</summary>
    /// <param name="summary">The summary; its time unit is the model's.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">The data do not identify the model (see the type remarks).</exception>
    public static BgNbdModel Fit(ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        (int[] x, double[] tx, double[] t) = summary.ToArrays();
        return Fit(x, tx, t);
    }

    /// <summary>Fits the model to per-customer repeat-transaction counts, recencies and tenures.</summary>
    /// <param name="frequency">x: repeat transactions per customer, zero or more.</param>
    /// <param name="recency">tₓ: the time of the last repeat transaction since the first transaction (0 when x = 0, positive otherwise), at most T.</param>
    /// <param name="tenure">T: the time from the first transaction to the end of observation, finite and zero or more.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or the data do not identify the model (see the type remarks).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer's summary is invalid; the message names its position and value.</exception>
    public static BgNbdModel Fit(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> tenure)
    {
        BgNbdLikelihood likelihood = BgNbdLikelihood.Group(frequency, recency, tenure);
        if (likelihood.Total == 0)
        {
            throw new ArgumentException("There are no customers to fit the BG/NBD model to.", nameof(frequency));
        }

        if (likelihood.RepeatTransactions == 0)
        {
            throw new ArgumentException(
                "No customer made a repeat transaction, so the BG/NBD purchase and dropout parameters are not identified (the likelihood rises without bound as the purchase rate goes to zero).",
                nameof(frequency));
        }

        double alpha0 = Math.Max(1e-6, likelihood.MeanTenure * likelihood.Total / likelihood.RepeatTransactions);
        OptimizerResult result = Optimizer.Minimize(likelihood.NegativeMean, [0, Math.Log(alpha0), 0, 0]);
        string[] names = ["r", "alpha", "a", "b"];
        double[,] covariance = CheckedCovariance(result, names, likelihood.Total, "BG/NBD");
        var diagnostics = new FitDiagnostics(
            result.Converged, result.Iterations, result.Evaluations, Optimizer.MaxAbs(result.Gradient), -result.Value * likelihood.Total, likelihood.Total);
        double[] p = result.Point;
        return new BgNbdModel(
            new("r", Math.Exp(p[0]), Math.Sqrt(covariance[0, 0])),
            new("alpha", Math.Exp(p[1]), Math.Sqrt(covariance[1, 1])),
            new("a", Math.Exp(p[2]), Math.Sqrt(covariance[2, 2])),
            new("b", Math.Exp(p[3]), Math.Sqrt(covariance[3, 3])),
            diagnostics);
    }

    /// <summary>
    /// The probability that a customer with <paramref name="frequency"/> repeat transactions, the last at
    /// <paramref name="recency"/>, observed for <paramref name="tenure"/>, is still alive at the end of observation.
    /// </summary>
    /// <param name="frequency">x, zero or more.</param>
    /// <param name="recency">tₓ, in [0, T]; 0 when x = 0.</param>
    /// <param name="tenure">T, zero or more.</param>
    /// <returns>P(alive) in (0, 1]; exactly 1 when x = 0 (the model lets customers drop out only after a repeat transaction).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The summary is invalid.</exception>
    public double ProbabilityAlive(int frequency, double recency, double tenure)
    {
        BgNbdLikelihood.Check(0, frequency, recency, tenure);
        return AliveUnchecked(frequency, recency, tenure);
    }

    /// <summary>P(alive) for many customers at once (see <see cref="ProbabilityAlive(int, double, double)"/>).</summary>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">tₓ per customer.</param>
    /// <param name="tenure">T per customer.</param>
    /// <param name="destination">Receives one probability per customer; as long as the inputs.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer's summary is invalid; the message names its position.</exception>
    public void ProbabilityAlive(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> tenure, Span<double> destination)
    {
        ThrowIfLengthsDiffer(frequency.Length, recency.Length, tenure.Length, destination.Length);
        for (int i = 0; i < frequency.Length; i++)
        {
            BgNbdLikelihood.Check(i, frequency[i], recency[i], tenure[i]);
            destination[i] = AliveUnchecked(frequency[i], recency[i], tenure[i]);
        }
    }

    /// <summary>E[X(t)]: the expected number of repeat transactions of a new customer in their first <paramref name="time"/> units (the paper's equation 9).</summary>
    /// <param name="time">t, zero or more and finite.</param>
    /// <returns>The expectation, zero or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is negative or not finite.</exception>
    public double ExpectedTransactions(double time)
    {
        ThrowIfBadTime(time);
        return Expectation(time, 0, 0, 0);
    }

    /// <summary>
    /// E[Y(t) | x, tₓ, T]: the expected number of transactions in the next <paramref name="time"/> units of a customer
    /// with the given history (the paper's equation 10).
    /// </summary>
    /// <param name="time">t, the length of the forecast period, zero or more and finite.</param>
    /// <param name="frequency">x, zero or more.</param>
    /// <param name="recency">tₓ, in [0, T]; 0 when x = 0.</param>
    /// <param name="tenure">T, zero or more.</param>
    /// <returns>The expectation, zero or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> or the summary is invalid.</exception>
    public double ConditionalExpectedTransactions(double time, int frequency, double recency, double tenure)
    {
        ThrowIfBadTime(time);
        BgNbdLikelihood.Check(0, frequency, recency, tenure);
        return Expectation(time, frequency, recency, tenure);
    }

    /// <summary>E[Y(t) | x, tₓ, T] for many customers at once (see <see cref="ConditionalExpectedTransactions(double, int, double, double)"/>).</summary>
    /// <param name="time">t, the length of the forecast period.</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">tₓ per customer.</param>
    /// <param name="tenure">T per customer.</param>
    /// <param name="destination">Receives one expectation per customer; as long as the inputs.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> or a customer's summary is invalid.</exception>
    /// <remarks>The hypergeometric part depends on (x, T) only, so customers sharing them share one series evaluation.</remarks>
    public void ConditionalExpectedTransactions(double time, ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> tenure, Span<double> destination)
    {
        ThrowIfBadTime(time);
        ThrowIfLengthsDiffer(frequency.Length, recency.Length, tenure.Length, destination.Length);
        var cache = new Dictionary<(int, double), double>();
        for (int i = 0; i < frequency.Length; i++)
        {
            int x = frequency[i];
            double t = tenure[i];
            BgNbdLikelihood.Check(i, x, recency[i], t);
            if (!cache.TryGetValue((x, t), out double scaledG))
            {
                scaledG = ScaledG(time, x, t);
                cache.Add((x, t), scaledG);
            }

            destination[i] = scaledG * AliveUnchecked(x, recency[i], t);
        }
    }

    /// <summary>
    /// The parameters as a table with columns <c>parameter, estimate, std_error, lower, upper</c>: one row each for r,
    /// α, a and b, with the 95 % log-scale Wald interval (empty cells for a model made with <see cref="FromParameters"/>).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable() => ParameterTable(Parameters);

    /// <summary>The parameter table as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per parameter.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the model: the parameters on one line, then the diagnostics when fitted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"BG/NBD: r = {R:0.####}, alpha = {Alpha:0.####}, a = {A:0.####}, b = {B:0.####}{(Diagnostics is { } d ? "; " + d : string.Empty)}");

    internal double AliveUnchecked(int x, double tx, double t)
    {
        if (x == 0)
        {
            return 1;
        }

        double lnBx = x < _lnBx.Length ? _lnBx[x] : Math.Log(B + x - 1);
        double delta = _lnA - lnBx + ((R + x) * Math.Log((Alpha + t) / (Alpha + tx)));
        return LifecycleMath.Logistic(-delta);
    }

    /// <summary>The conditional expectation without the P(alive) factor: (a + b + x − 1)·G.</summary>
    internal double ScaledG(double time, int x, double t)
    {
        double c = A + B + x - 1;
        double logOneMinusZ = -LifecycleMath.Log1P(time / (Alpha + t));
        if (Math.Abs(c) < 1e-9)
        {
            // Only when x = 0 and a + b = 1: the series' lower parameter is 0, but c·G is smooth in c, so the mean of
            // its values at c = ±10⁻⁶ is exact to about 10⁻¹².
            return 0.5 * ((1e-6 * LifecycleMath.EulerSeriesG(A + B - 1 - R, A, 1e-6, logOneMinusZ))
                - (1e-6 * LifecycleMath.EulerSeriesG(A + B - 1 - R, A, -1e-6, logOneMinusZ)));
        }

        return c * LifecycleMath.EulerSeriesG(A + B - 1 - R, A, c, logOneMinusZ);
    }

    internal double Expectation(double time, int x, double tx, double t) =>
        time == 0 ? 0 : ScaledG(time, x, t) * AliveUnchecked(x, tx, t);

    internal static double[,] CheckedCovariance(OptimizerResult result, string[] names, long count, string model)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (Math.Abs(result.Point[i]) > Optimizer.Boundary)
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {model} fit drove {names[i]} to {Math.Exp(result.Point[i]):G4}, the boundary of the parameter space: the data do not identify the model (too few customers, or nothing in the data that the parameter describes)."));
            }
        }

        double[,]? inverse = LifecycleMath.TryInverse(result.Hessian);
        if (inverse is null)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"The {model} log-likelihood is flat or not concave at its maximum (the information matrix is not positive definite): the data do not identify the model."));
        }

        for (int i = 0; i < names.Length; i++)
        {
            for (int j = 0; j < names.Length; j++)
            {
                inverse[i, j] /= count;
            }
        }

        return inverse;
    }

    internal static ResultTable ParameterTable(IReadOnlyList<ModelParameter> parameters)
    {
        var rows = new List<object?[]>(parameters.Count);
        foreach (ModelParameter p in parameters)
        {
            bool known = double.IsFinite(p.LogStandardError);
            ConfidenceInterval? interval = known ? p.Interval() : null;
            rows.Add([p.Name, p.Estimate, known ? p.StandardError : null, interval?.Lower, interval?.Upper]);
        }

        return ResultTable.FromRows(["parameter", "estimate", "std_error", "lower", "upper"], rows);
    }

    internal static void ThrowIfNotPositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"The parameter {name} = {value:R} must be positive and finite."));
        }
    }

    internal static void ThrowIfBadTime(double time)
    {
        if (!(time >= 0) || !double.IsFinite(time))
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, string.Create(CultureInfo.InvariantCulture, $"The forecast length {time:R} must be zero or more and finite."));
        }
    }

    internal static void ThrowIfLengthsDiffer(int frequency, int recency, int tenure, int destination)
    {
        if (frequency != recency || frequency != tenure || frequency != destination)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"The spans differ in length: {frequency} frequencies, {recency} recencies, {tenure} tenures, destination {destination}."));
        }
    }
}
