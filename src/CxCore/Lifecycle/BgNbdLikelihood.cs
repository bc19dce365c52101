using System;
using System.Collections.Generic;
using System.Globalization;
using MathNet.Numerics;

namespace CxCore.Lifecycle;

/// <summary>
/// The BG/NBD log-likelihood over distinct (x, tₓ, T) triples with their counts, and its gradient with respect to the
/// log-parameters (ln r, ln α, ln a, ln b). The terms that depend on x alone are computed once per distinct x.
/// </summary>
internal sealed class BgNbdLikelihood
{
    private readonly int[] _xIndex; // per triple: index into _xs
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly double[] _count;
    private readonly int[] _xs; // distinct x values
    private readonly double[] _xCount; // customers per distinct x

    private BgNbdLikelihood(int[] xIndex, double[] tx, double[] t, double[] count, int[] xs, double[] xCount, long total, long repeat)
    {
        _xIndex = xIndex;
        _tx = tx;
        _t = t;
        _count = count;
        _xs = xs;
        _xCount = xCount;
        Total = total;
        RepeatTransactions = repeat;
    }

    internal long Total { get; }

    internal long RepeatTransactions { get; }

    internal int DistinctTriples => _tx.Length;

    internal double MeanTenure { get; private init; }

    /// <summary>Checks the customers' summaries and groups equal (x, tₓ, T) triples.</summary>
    internal static BgNbdLikelihood Group(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> tenure)
    {
        if (frequency.Length != recency.Length || frequency.Length != tenure.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The spans differ in length: {frequency.Length} frequencies, {recency.Length} recencies, {tenure.Length} tenures."),
                nameof(recency));
        }

        var index = new Dictionary<Triple, int>(Math.Min(frequency.Length, 1 << 16));
        var xs = new List<int>();
        var triples = new List<Triple>();
        var counts = new List<long>();
        long repeat = 0;
        double tenureSum = 0;
        for (int i = 0; i < frequency.Length; i++)
        {
            int x = frequency[i];
            double tx = recency[i], t = tenure[i];
            Check(i, x, tx, t);
            repeat += x;
            tenureSum += t;
            var key = new Triple(x, tx, t);
            if (index.TryGetValue(key, out int slot))
            {
                counts[slot]++;
            }
            else
            {
                index.Add(key, triples.Count);
                triples.Add(key);
                counts.Add(1);
            }
        }

        foreach (Triple triple in triples)
        {
            xs.Add(triple.X);
        }

        int[] distinctX = [.. new SortedSet<int>(xs)];
        var xPosition = new Dictionary<int, int>(distinctX.Length);
        for (int j = 0; j < distinctX.Length; j++)
        {
            xPosition.Add(distinctX[j], j);
        }

        int m = triples.Count;
        int[] xIndex = new int[m];
        double[] txs = new double[m], ts = new double[m], c = new double[m], xCount = new double[distinctX.Length];
        for (int i = 0; i < m; i++)
        {
            xIndex[i] = xPosition[triples[i].X];
            txs[i] = triples[i].Recency;
            ts[i] = triples[i].Tenure;
            c[i] = counts[i];
            xCount[xIndex[i]] += counts[i];
        }

        return new BgNbdLikelihood(xIndex, txs, ts, c, distinctX, xCount, frequency.Length, repeat)
        {
            MeanTenure = frequency.Length == 0 ? double.NaN : tenureSum / frequency.Length,
        };
    }

    /// <summary>Throws unless (x, tₓ, T) is a valid summary: x ≥ 0, 0 ≤ tₓ ≤ T finite, tₓ = 0 exactly when x = 0.</summary>
    internal static void Check(int position, int x, double tx, double t)
    {
        if (x < 0)
        {
            throw new ArgumentOutOfRangeException("frequency", x, string.Create(CultureInfo.InvariantCulture, $"Customer {position} has a negative number of repeat transactions ({x})."));
        }

        if (!double.IsFinite(t) || t < 0)
        {
            throw new ArgumentOutOfRangeException("tenure", t, string.Create(CultureInfo.InvariantCulture, $"Customer {position} has tenure T = {t:R}; it must be finite and zero or more."));
        }

        if (!double.IsFinite(tx) || tx < 0 || tx > t)
        {
            throw new ArgumentOutOfRangeException("recency", tx, string.Create(CultureInfo.InvariantCulture, $"Customer {position} has recency tx = {tx:R}; it must lie between 0 and the tenure T = {t:R}."));
        }

        if (x == 0 && tx != 0)
        {
            throw new ArgumentOutOfRangeException("recency", tx, string.Create(CultureInfo.InvariantCulture, $"Customer {position} has no repeat transaction but recency tx = {tx:R}; it must be 0."));
        }

        if (x > 0 && tx == 0)
        {
            throw new ArgumentOutOfRangeException("recency", tx, string.Create(CultureInfo.InvariantCulture, $"Customer {position} has {x} repeat transactions but recency tx = 0; a repeat transaction comes after the first."));
        }
    }

    /// <summary>The negative mean log-likelihood at θ = (ln r, ln α, ln a, ln b) and its gradient.</summary>
    internal double NegativeMean(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || double.IsInfinity(r) || double.IsInfinity(alpha) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            return double.NaN;
        }

        int k = _xs.Length;
        Span<double> perX = k <= 512 ? stackalloc double[k * 2] : new double[k * 2];
        double lnGammaR = SpecialFunctions.GammaLn(r), psiR = SpecialFunctions.DiGamma(r);
        double lnGammaB = SpecialFunctions.GammaLn(b), psiB = SpecialFunctions.DiGamma(b);
        double lnGammaAb = SpecialFunctions.GammaLn(a + b), psiAb = SpecialFunctions.DiGamma(a + b);
        double sum = 0, gr = 0, galpha = 0, ga = 0, gb = 0;
        double lnAlpha = Math.Log(alpha);
        for (int j = 0; j < k; j++)
        {
            int x = _xs[j];
            double n = _xCount[j];
            double lgRx = SpecialFunctions.GammaLn(r + x) - lnGammaR;
            double dgRx = SpecialFunctions.DiGamma(r + x) - psiR;
            double lnB = SpecialFunctions.GammaLn(b + x) - lnGammaB - (SpecialFunctions.GammaLn(a + b + x) - lnGammaAb);
            double psiAbx = SpecialFunctions.DiGamma(a + b + x);
            double dA = psiAb - psiAbx;
            double dB = SpecialFunctions.DiGamma(b + x) - psiB - psiAbx + psiAb;
            sum += n * (lgRx + (r * lnAlpha) + lnB);
            gr += n * (dgRx + lnAlpha);
            galpha += n * r / alpha;
            ga += n * dA;
            gb += n * dB;
            perX[j * 2] = x > 0 ? Math.Log(a) - Math.Log(b + x - 1) : 0;
            perX[(j * 2) + 1] = x > 0 ? 1 / (b + x - 1) : 0;
        }

        double inverseA = 1 / a;
        for (int i = 0; i < _tx.Length; i++)
        {
            int j = _xIndex[i];
            int x = _xs[j];
            double c = _count[i];
            double rx = r + x;
            double alphaT = alpha + _t[i];
            double lnAlphaT = Math.Log(alphaT);
            sum -= c * rx * lnAlphaT;
            gr -= c * lnAlphaT;
            galpha -= c * rx / alphaT;
            if (x > 0)
            {
                double alphaTx = alpha + _tx[i];
                double gap = lnAlphaT - Math.Log(alphaTx);
                double delta = perX[j * 2] + (rx * gap);
                double w = LifecycleMath.Logistic(delta);
                sum += c * LifecycleMath.Softplus(delta);
                gr += c * w * gap;
                galpha += c * w * rx * ((1 / alphaT) - (1 / alphaTx));
                ga += c * w * inverseA;
                gb -= c * w * perX[(j * 2) + 1];
            }
        }

        double scale = -1.0 / Total;
        gradient[0] = scale * gr * r;
        gradient[1] = scale * galpha * alpha;
        gradient[2] = scale * ga * a;
        gradient[3] = scale * gb * b;
        return scale * sum;
    }

    private readonly record struct Triple(int X, double Recency, double Tenure);
}
