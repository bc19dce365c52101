using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using MathNet.Numerics;

namespace CxCore.Lifecycle;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005, "RFM and CLV"; Fader and Hardie 2013,
/// "The Gamma-Gamma Model of Monetary Value"): its maximum-likelihood fit from repeat customers' mean transaction
/// values, and the expected mean value of a customer's future transactions.
/// </summary>
/// <remarks>
/// <para>
/// <b>Model.</b> A customer's transaction values are independent Gamma(p, ν) (shape p, rate ν, mean p/ν); across
/// customers ν ~ Gamma(q, γ). Spend is assumed independent of the purchase process, so the model combines with
/// <see cref="BgNbdModel"/> for lifetime value. Only repeat customers (x ≥ 1) enter, with z̄, the mean value of their x
/// repeat transactions (the first transaction is left out, as in the papers and the CDNOW summary).
/// </para>
/// <para>
/// <b>Likelihood</b> of z̄ given x: Γ(px + q)/(Γ(px)Γ(q)) · γ^q · z̄^(px−1) · x^(px) / (γ + x z̄)^(px+q); maximised over
/// (ln p, ln q, ln γ) from p = 1, q = 2, γ = mean z̄ by the same optimiser as the BG/NBD fit (see
/// <see cref="BgNbdModel"/>), with standard errors from the Hessian.
/// </para>
/// <para>
/// <b>Prediction.</b> E[Z | x, z̄] = (γ + x z̄)·p/(px + q − 1) = w·pγ/(q − 1) + (1 − w)·z̄ with
/// w = (q − 1)/(px + q − 1): the customer's own mean shrunk towards the population mean pγ/(q − 1).
/// </para>
/// <para>
/// <b>Boundary cases.</b> No repeat customer: throws. Values that do not vary between customers (every z̄ equal) put the
/// maximum on the boundary (q and γ run to infinity): throws naming the parameter. A value of zero or less cannot come
/// from a gamma distribution: throws naming the customer. Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class GammaGammaModel : ITabularResult
{
    internal GammaGammaModel(ModelParameter p, ModelParameter q, ModelParameter gamma, FitDiagnostics? diagnostics)
    {
        PParameter = p;
        QParameter = q;
        GammaParameter = gamma;
        Diagnostics = diagnostics;
        Parameters = Array.AsReadOnly(new[] { p, q, gamma });
    }

    /// <summary>The shape p of each customer's transaction-value distribution.</summary>
    public double P => PParameter.Estimate;

    /// <summary>The shape q of the distribution of the rate ν across customers.</summary>
    public double Q => QParameter.Estimate;

    /// <summary>The rate γ of the distribution of ν across customers (in the money unit of the values).</summary>
    public double Gamma => GammaParameter.Estimate;

    /// <summary>p with its standard error (NaN for a model made with <see cref="FromParameters"/>).</summary>
    public ModelParameter PParameter { get; }

    /// <summary>q with its standard error.</summary>
    public ModelParameter QParameter { get; }

    /// <summary>γ with its standard error.</summary>
    public ModelParameter GammaParameter { get; }

    /// <summary>p, q and γ in that order.</summary>
    public IReadOnlyList<ModelParameter> Parameters { get; }

    /// <summary>How the fit went, or <see langword="null"/> for a model made with <see cref="FromParameters"/>.</summary>
    public FitDiagnostics? Diagnostics { get; }

    /// <summary>The maximised log-likelihood; NaN for a model made with <see cref="FromParameters"/>.</summary>
    public double LogLikelihood => Diagnostics?.LogLikelihood ?? double.NaN;

    /// <summary>The population mean transaction value pγ/(q − 1); +∞ when q ≤ 1 (the mean does not exist).</summary>
    public double PopulationMeanValue => Q > 1 ? P * Gamma / (Q - 1) : double.PositiveInfinity;

    /// <summary>A model with known parameters.</summary>
    /// <param name="p">The shape p, positive and finite.</param>
    /// <param name="q">The shape q, positive and finite.</param>
    /// <param name="gamma">The rate γ, positive and finite.</param>
    /// <returns>The model; its standard errors are NaN and it has no <see cref="Diagnostics"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive and finite.</exception>
    public static GammaGammaModel FromParameters(double p, double q, double gamma)
    {
        BgNbdModel.ThrowIfNotPositive(p, nameof(p));
        BgNbdModel.ThrowIfNotPositive(q, nameof(q));
        BgNbdModel.ThrowIfNotPositive(gamma, nameof(gamma));
        return new GammaGammaModel(new("p", p, double.NaN), new("q", q, double.NaN), new("gamma", gamma, double.NaN), null);
    }

    /// <summary>Fits the model to the repeat customers (x ≥ 1) of an activity summary, with their mean repeat-transaction values.</summary>
    /// <param name="summary">The summary; every repeat customer needs a monetary value.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">A repeat customer has no monetary value, or the data do not identify the model.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A repeat customer's mean value is zero or less.</exception>
    public static GammaGammaModel Fit(ActivitySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var x = new List<int>();
        var m = new List<double>();
        foreach (CustomerActivity c in summary.Customers)
        {
            if (c.Frequency == 0)
            {
                continue;
            }

            if (double.IsNaN(c.MonetaryValue))
            {
                throw new ArgumentException(
                    $"Customer {c.Customer} has {c.Frequency} repeat transactions but no monetary value (an event without a value); the Gamma-Gamma model needs every repeat transaction's value.",
                    nameof(summary));
            }

            x.Add(c.Frequency);
            m.Add(c.MonetaryValue);
        }

        return Fit(x.ToArray(), m.ToArray());
    }

    /// <summary>Fits the model to repeat-transaction counts and mean repeat-transaction values.</summary>
    /// <param name="frequency">x per customer; customers with x = 0 are left out (their value is not read).</param>
    /// <param name="monetaryValue">z̄ per customer: the mean value of the x repeat transactions, positive and finite when x ≥ 1.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, there is no repeat customer, or the data do not identify the model.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a repeat customer's value is not positive and finite.</exception>
    public static GammaGammaModel Fit(ReadOnlySpan<int> frequency, ReadOnlySpan<double> monetaryValue)
    {
        if (frequency.Length != monetaryValue.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"There are {frequency.Length} frequencies but {monetaryValue.Length} monetary values."), nameof(monetaryValue));
        }

        var xs = new List<double>();
        var ms = new List<double>();
        double sum = 0;
        for (int i = 0; i < frequency.Length; i++)
        {
            int x = frequency[i];
            if (x < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(frequency), x, string.Create(CultureInfo.InvariantCulture, $"Customer {i} has a negative number of repeat transactions ({x})."));
            }

            if (x == 0)
            {
                continue;
            }

            double m = monetaryValue[i];
            if (!(m > 0) || !double.IsFinite(m))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(monetaryValue), m, string.Create(CultureInfo.InvariantCulture, $"Customer {i} has a mean transaction value of {m:R}; the Gamma-Gamma model needs positive, finite values."));
            }

            xs.Add(x);
            ms.Add(m);
            sum += m;
        }

        if (xs.Count == 0)
        {
            throw new ArgumentException("No customer made a repeat transaction, so there are no transaction values to fit the Gamma-Gamma model to.", nameof(frequency));
        }

        var likelihood = new Likelihood(xs.ToArray(), ms.ToArray());
        OptimizerResult result = Optimizer.Minimize(likelihood.NegativeMean, [0, Math.Log(2), Math.Log(sum / xs.Count)]);
        double[,] covariance = BgNbdModel.CheckedCovariance(result, ["p", "q", "gamma"], xs.Count, "Gamma-Gamma");
        var diagnostics = new FitDiagnostics(
            result.Converged, result.Iterations, result.Evaluations, Optimizer.MaxAbs(result.Gradient), -result.Value * xs.Count, xs.Count);
        double[] point = result.Point;
        return new GammaGammaModel(
            new("p", Math.Exp(point[0]), Math.Sqrt(covariance[0, 0])),
            new("q", Math.Exp(point[1]), Math.Sqrt(covariance[1, 1])),
            new("gamma", Math.Exp(point[2]), Math.Sqrt(covariance[2, 2])),
            diagnostics);
    }

    /// <summary>E[Z | x, z̄]: the expected value of a future transaction of a customer with <paramref name="frequency"/> repeat transactions of mean <paramref name="monetaryValue"/>.</summary>
    /// <param name="frequency">x, zero or more; with 0 the result is <see cref="PopulationMeanValue"/>.</param>
    /// <param name="monetaryValue">z̄, positive and finite when x ≥ 1 (not read when x = 0).</param>
    /// <returns>The expected value; +∞ when px + q ≤ 1 (the mean does not exist).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public double ExpectedAverageValue(int frequency, double monetaryValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        if (frequency == 0)
        {
            return PopulationMeanValue;
        }

        if (!(monetaryValue > 0) || !double.IsFinite(monetaryValue))
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, "The mean transaction value must be positive and finite.");
        }

        return ExpectedUnchecked(frequency, monetaryValue);
    }

    internal double ExpectedUnchecked(int x, double m)
    {
        double denominator = (P * x) + Q - 1;
        return x == 0 ? PopulationMeanValue : denominator > 0 ? (Gamma + (x * m)) * P / denominator : double.PositiveInfinity;
    }

    /// <summary>
    /// The parameters as a table with columns <c>parameter, estimate, std_error, lower, upper</c> (95 % log-scale Wald
    /// intervals; empty for a model made with <see cref="FromParameters"/>).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable() => BgNbdModel.ParameterTable(Parameters);

    /// <summary>The parameter table as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per parameter.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the model: the parameters on one line, then the diagnostics when fitted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Gamma-Gamma: p = {P:0.####}, q = {Q:0.####}, gamma = {Gamma:0.####}{(Diagnostics is { } d ? "; " + d : string.Empty)}");

    private sealed class Likelihood(double[] x, double[] m)
    {
        private readonly double[] _lnM = Array.ConvertAll(m, Math.Log);
        private readonly double[] _lnX = Array.ConvertAll(x, Math.Log);

        internal double NegativeMean(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            double p = Math.Exp(theta[0]), q = Math.Exp(theta[1]), g = Math.Exp(theta[2]);
            if (!(p > 0 && q > 0 && g > 0) || double.IsInfinity(p) || double.IsInfinity(q) || double.IsInfinity(g))
            {
                return double.NaN;
            }

            double lnGammaQ = SpecialFunctions.GammaLn(q), psiQ = SpecialFunctions.DiGamma(q), lnG = Math.Log(g);
            double sum = 0, gp = 0, gq = 0, gg = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double xi = x[i], px = p * xi;
                double gxm = g + (xi * m[i]);
                double lnGxm = Math.Log(gxm);
                double psiPxq = SpecialFunctions.DiGamma(px + q);
                sum += SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lnGammaQ + (q * lnG) + ((px - 1) * _lnM[i]) + (px * _lnX[i]) - ((px + q) * lnGxm);
                gp += xi * (psiPxq - SpecialFunctions.DiGamma(px) + _lnM[i] + _lnX[i] - lnGxm);
                gq += psiPxq - psiQ + lnG - lnGxm;
                gg += (q / g) - ((px + q) / gxm);
            }

            double scale = -1.0 / x.Length;
            gradient[0] = scale * gp * p;
            gradient[1] = scale * gq * q;
            gradient[2] = scale * gg * g;
            return scale * sum;
        }
    }
}
