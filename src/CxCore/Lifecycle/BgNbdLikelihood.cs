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
    private readonly int[] _xs; // distinct x values
    private readonly double[] _xCount; // customers per distinct x
    private readonly double[] _ts; // distinct T values
    private readonly double[] _tCount; // customers per distinct T
    private readonly double[] _tRepeats; // Σ x over customers per distinct T
    private readonly double[] _txs; // distinct tₓ values of repeat customers
    private readonly int[] _xIndex; // per repeat triple: index into _xs
    private readonly int[] _tIndex; // per repeat triple: index into _ts
    private readonly int[] _txIndex; // per repeat triple: index into _txs
    private readonly double[] _count; // per repeat triple: customers

    private BgNbdLikelihood(Dictionary<Triple, long> triples, long total, long repeat, double meanTenure)
    {
        Total = total;
        RepeatTransactions = repeat;
        MeanTenure = meanTenure;
        DistinctTriples = triples.Count;
        var xs = new SortedDictionary<int, double>();
        var ts = new Dictionary<double, int>();
        var txs = new Dictionary<double, int>();
        var tCount = new List<double>();
        var tRepeats = new List<double>();
        var txList = new List<double>();
        var tList = new List<double>();
        int repeaters = 0;
        foreach ((Triple key, long count) in triples)
        {
            xs[key.X] = (xs.TryGetValue(key.X, out double c) ? c : 0) + count;
            if (!ts.TryGetValue(key.Tenure, out int ti))
            {
                ti = tList.Count;
                ts.Add(key.Tenure, ti);
                tList.Add(key.Tenure);
                tCount.Add(0);
                tRepeats.Add(0);
            }

            tCount[ti] += count;
            tRepeats[ti] += (double)count * key.X;
            if (key.X > 0)
            {
                repeaters++;
                if (!txs.ContainsKey(key.Recency))
                {
                    txs.Add(key.Recency, txList.Count);
                    txList.Add(key.Recency);
                }
            }
        }

        _xs = [.. xs.Keys];
        _xCount = [.. xs.Values];
        var xPosition = new Dictionary<int, int>(_xs.Length);
        for (int j = 0; j < _xs.Length; j++)
        {
            xPosition.Add(_xs[j], j);
        }

        _ts = [.. tList];
        _tCount = [.. tCount];
        _tRepeats = [.. tRepeats];
        _txs = [.. txList];
        _xIndex = new int[repeaters];
        _tIndex = new int[repeaters];
        _txIndex = new int[repeaters];
        _count = new double[repeaters];
        int i = 0;
        foreach ((Triple key, long count) in triples)
        {
            if (key.X > 0)
            {
                _xIndex[i] = xPosition[key.X];
                _tIndex[i] = ts[key.Tenure];
                _txIndex[i] = txs[key.Recency];
                _count[i++] = count;
            }
        }
    }

    internal long Total { get; }

    internal long RepeatTransactions { get; }

    internal int DistinctTriples { get; }

    internal double MeanTenure { get; }

    /// <summary>Checks the customers' summaries and groups equal (x, tₓ, T) triples.</summary>
    internal static BgNbdLikelihood Group(ReadOnlySpan<int> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> tenure)
    {
        if (frequency.Length != recency.Length || frequency.Length != tenure.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The spans differ in length: {frequency.Length} frequencies, {recency.Length} recencies, {tenure.Length} tenures."),
                nameof(recency));
        }

        // Distinct tenures and recencies are few (whole days, or a bounded set of instants), so each gets a small index
        // and a customer's triple becomes one 64-bit key: x (22 bits), tₓ index (21 bits), T index (21 bits). Beyond
        // those ranges the triple itself is the key.
        var tenures = new Dictionary<double, int>();
        var recencies = new Dictionary<double, int>();
        var packed = new Dictionary<long, long>(Math.Min(frequency.Length, 1 << 16));
        Dictionary<Triple, long>? wide = null;
        long repeat = 0;
        double tenureSum = 0;
        for (int i = 0; i < frequency.Length; i++)
        {
            int x = frequency[i];
            double tx = recency[i], t = tenure[i];
            Check(i, x, tx, t);
            repeat += x;
            tenureSum += t;
            ref int ti = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tenures, t, out bool seenT);
            if (!seenT)
            {
                ti = tenures.Count - 1;
            }

            ref int xi = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(recencies, tx, out bool seenTx);
            if (!seenTx)
            {
                xi = recencies.Count - 1;
            }

            if (x < (1 << 22) && xi < (1 << 21) && ti < (1 << 21))
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(packed, ((long)x << 42) | ((long)xi << 21) | (long)ti, out _)++;
            }
            else
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(wide ??= [], new Triple(x, tx, t), out _)++;
            }
        }

        double[] tValues = new double[tenures.Count], txValues = new double[recencies.Count];
        foreach ((double value, int index) in tenures)
        {
            tValues[index] = value;
        }

        foreach ((double value, int index) in recencies)
        {
            txValues[index] = value;
        }

        var triples = wide ?? new Dictionary<Triple, long>(packed.Count);
        foreach ((long key, long count) in packed)
        {
            var triple = new Triple((int)(key >> 42), txValues[(int)((key >> 21) & ((1 << 21) - 1))], tValues[(int)(key & ((1 << 21) - 1))]);
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(triples, triple, out _) += count;
        }

        return new BgNbdLikelihood(triples, frequency.Length, repeat, frequency.Length == 0 ? double.NaN : tenureSum / frequency.Length);
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

    /// <summary>
    /// The negative mean log-likelihood at θ = (ln r, ln α, ln a, ln b) and its gradient. Per customer,
    /// ln L = [lnΓ(r + x) − lnΓ(r) + r ln α + lnB(a, b + x) − lnB(a, b)] − (r + x) ln(α + T) + 1{x &gt; 0}·softplus(δ) with
    /// δ = ln a − ln(b + x − 1) + (r + x)(ln(α + T) − ln(α + tₓ)); the bracket is summed per distinct x, the second term
    /// per distinct T, and only repeat customers' distinct triples need the third.
    /// </summary>
    internal double NegativeMean(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double r = Math.Exp(theta[0]), alpha = Math.Exp(theta[1]), a = Math.Exp(theta[2]), b = Math.Exp(theta[3]);
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || double.IsInfinity(r) || double.IsInfinity(alpha) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            return double.NaN;
        }

        int k = _xs.Length;
        double[] perX = new double[k * 2];
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
            sum += n * (lgRx + (r * lnAlpha) + lnB);
            gr += n * (dgRx + lnAlpha);
            galpha += n * r / alpha;
            ga += n * (psiAb - psiAbx);
            gb += n * (SpecialFunctions.DiGamma(b + x) - psiB - psiAbx + psiAb);
            perX[j * 2] = x > 0 ? Math.Log(a) - Math.Log(b + x - 1) : 0;
            perX[(j * 2) + 1] = x > 0 ? 1 / (b + x - 1) : 0;
        }

        double[] lnAlphaT = new double[_ts.Length], inverseAlphaT = new double[_ts.Length];
        for (int j = 0; j < _ts.Length; j++)
        {
            lnAlphaT[j] = Math.Log(alpha + _ts[j]);
            inverseAlphaT[j] = 1 / (alpha + _ts[j]);
            double weight = (r * _tCount[j]) + _tRepeats[j]; // Σ c(r + x)
            sum -= weight * lnAlphaT[j];
            gr -= _tCount[j] * lnAlphaT[j];
            galpha -= weight * inverseAlphaT[j];
        }

        double[] lnAlphaTx = new double[_txs.Length], inverseAlphaTx = new double[_txs.Length];
        for (int j = 0; j < _txs.Length; j++)
        {
            lnAlphaTx[j] = Math.Log(alpha + _txs[j]);
            inverseAlphaTx[j] = 1 / (alpha + _txs[j]);
        }

        double inverseA = 1 / a;
        for (int i = 0; i < _count.Length; i++)
        {
            int j = _xIndex[i], ti = _tIndex[i], xi = _txIndex[i];
            double c = _count[i];
            double rx = r + _xs[j];
            double gap = lnAlphaT[ti] - lnAlphaTx[xi];
            double delta = perX[j * 2] + (rx * gap);
            // softplus(δ) = max(δ, 0) + ln(1 + e^−|δ|) and its derivative w = logistic(δ), from one exponential.
            double e = Math.Exp(-Math.Abs(delta));
            double w = delta >= 0 ? 1 / (1 + e) : e / (1 + e);
            sum += c * (Math.Max(delta, 0) + Math.Log(1 + e));
            gr += c * w * gap;
            galpha += c * w * rx * (inverseAlphaT[ti] - inverseAlphaTx[xi]);
            ga += c * w * inverseA;
            gb -= c * w * perX[(j * 2) + 1];
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
