using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxCore.Lifecycle;

/// <summary>
/// Discounted customer lifetime value from a <see cref="BgNbdModel"/> (how many transactions) and a
/// <see cref="GammaGammaModel"/> (what each is worth), over a finite horizon of equal periods.
/// </summary>
/// <remarks>
/// <para>
/// For a customer with history (x, tₓ, T, z̄), K periods of length Δ (in the models' time unit), a discount rate d per
/// period and a margin m (the share of spend that is profit):
/// CLV = m · E[Z | x, z̄] · Σ_{k=1..K} (E[Y(kΔ) | x, tₓ, T] − E[Y((k−1)Δ) | x, tₓ, T]) / (1 + d)^k,
/// the expected value of the transactions in each future period, discounted to the end of observation at the end of
/// the period (Fader, Hardie and Lee 2005, "RFM and CLV", with the expected-transactions curve of the BG/NBD model in
/// place of its continuous discounting; the same discrete form as the Python <c>lifetimes</c> package). Customers
/// without repeat transactions are valued at the population mean spend.
/// </para>
/// <para>Thread-safe (static, no state).</para>
/// </remarks>
public static class CustomerLifetimeValue
{
    /// <summary>The discounted lifetime value of one customer.</summary>
    /// <param name="transactions">The fitted BG/NBD model.</param>
    /// <param name="spend">The fitted Gamma-Gamma model.</param>
    /// <param name="customer">The customer's summary (in the models' time unit); a repeat customer needs a monetary value.</param>
    /// <param name="periods">K, the number of future periods, 1 to 10,000.</param>
    /// <param name="periodLength">Δ, the length of a period in the models' time unit (for weekly data and months, 365.25/12/7), positive and finite.</param>
    /// <param name="discountRate">d, the discount rate per period, zero or more and finite (0.01 for 1 % a month).</param>
    /// <param name="margin">m, the profit share of spend, finite; 1 (revenue) by default.</param>
    /// <returns>The value, in the money unit of the spend model.</returns>
    /// <exception cref="ArgumentNullException">A model is null.</exception>
    /// <exception cref="ArgumentException">The customer has repeat transactions but no monetary value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static double Of(BgNbdModel transactions, GammaGammaModel spend, CustomerActivity customer, int periods, double periodLength, double discountRate, double margin = 1)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(spend);
        double[] weights = Weights(periods, periodLength, discountRate, margin);
        return Value(transactions, spend, customer, 0, weights, periodLength, null);
    }

    /// <summary>The discounted lifetime value of every customer of a summary, in its order.</summary>
    /// <param name="transactions">The fitted BG/NBD model.</param>
    /// <param name="spend">The fitted Gamma-Gamma model.</param>
    /// <param name="summary">The customers (in the models' time unit).</param>
    /// <param name="periods">K, the number of future periods, 1 to 10,000.</param>
    /// <param name="periodLength">Δ, the length of a period in the models' time unit, positive and finite.</param>
    /// <param name="discountRate">d, the discount rate per period, zero or more and finite.</param>
    /// <param name="margin">m, the profit share of spend, finite; 1 by default.</param>
    /// <returns>One value per customer.</returns>
    /// <exception cref="ArgumentNullException">A model or <paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">A repeat customer has no monetary value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    /// <remarks>The hypergeometric series are shared by customers with the same (x, T), so large summaries cost little more per customer than P(alive).</remarks>
    public static double[] Compute(BgNbdModel transactions, GammaGammaModel spend, ActivitySummary summary, int periods, double periodLength, double discountRate, double margin = 1)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(summary);
        double[] weights = Weights(periods, periodLength, discountRate, margin);
        var cache = new Dictionary<(int, double), double[]>();
        double[] result = new double[summary.Customers.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Value(transactions, spend, summary.Customers[i], i, weights, periodLength, cache);
        }

        return result;
    }

    /// <summary>wₖ = m·[1/(1 + d)^k − 1/(1 + d)^(k+1)] for k = 1..K−1 and m/(1 + d)^K for k = K: Σ wₖ E[Y(kΔ)] is the discounted sum of the increments.</summary>
    private static double[] Weights(int periods, double periodLength, double discountRate, double margin)
    {
        if (periods < 1 || periods > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), periods, "The number of periods must be 1 to 10,000.");
        }

        if (!(periodLength > 0) || !double.IsFinite(periodLength))
        {
            throw new ArgumentOutOfRangeException(nameof(periodLength), periodLength, "The period length must be positive and finite.");
        }

        if (!(discountRate >= 0) || !double.IsFinite(discountRate))
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, "The discount rate must be zero or more and finite.");
        }

        if (!double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, "The margin must be finite.");
        }

        double[] w = new double[periods + 1];
        for (int k = 1; k <= periods; k++)
        {
            double discount = Math.Pow(1 + discountRate, -k);
            w[k] = margin * (k < periods ? discount - Math.Pow(1 + discountRate, -(k + 1)) : discount);
        }

        return w;
    }

    private static double Value(BgNbdModel transactions, GammaGammaModel spend, CustomerActivity c, int position, double[] weights, double periodLength, Dictionary<(int, double), double[]>? cache)
    {
        BgNbdLikelihood.Check(position, c.Frequency, c.Recency, c.Tenure);
        if (c.Frequency > 0 && !(c.MonetaryValue > 0))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Customer {c.Customer} has {c.Frequency} repeat transactions but no positive monetary value ({c.MonetaryValue}); the spend model needs it."),
                cache is null ? "customer" : "summary");
        }

        double value = spend.ExpectedUnchecked(c.Frequency, c.MonetaryValue);
        double[]? scaled = null;
        if (cache is null || !cache.TryGetValue((c.Frequency, c.Tenure), out scaled))
        {
            scaled = new double[weights.Length];
            for (int k = 1; k < weights.Length; k++)
            {
                scaled[k] = transactions.ScaledG(k * periodLength, c.Frequency, c.Tenure);
            }

            cache?.Add((c.Frequency, c.Tenure), scaled);
        }

        double sum = 0;
        for (int k = 1; k < weights.Length; k++)
        {
            sum += weights[k] * scaled[k];
        }

        return value * sum * transactions.AliveUnchecked(c.Frequency, c.Recency, c.Tenure);
    }
}
