using System;
using System.Collections.Generic;

namespace CxCore.Analysis;

/// <summary>
/// Adjustments of p-values for multiple comparisons (family-wise error rate): Holm's step-down method and Bonferroni.
/// </summary>
/// <remarks>
/// <para>
/// Both control the probability of at least one false rejection among m tests at level α when an adjusted p-value
/// is compared with α. Holm (1979, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6)
/// is uniformly more powerful than Bonferroni and needs no assumption about dependence between the tests. The
/// results equal R's <c>p.adjust(p, "holm")</c> and <c>p.adjust(p, "bonferroni")</c>.
/// </para>
/// <para>
/// <b>NaN</b> (an undefined test, e.g. of an empty group) stays NaN and is not counted in m, as R does with
/// <c>NA</c> by default. An empty list gives an empty result.
/// </para>
/// </remarks>
public static class MultipleComparisons
{
    /// <summary>
    /// Holm's step-down adjustment: with the m defined p-values sorted ascending, p₍ᵢ₎ becomes
    /// max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎); results are returned in the input order.
    /// </summary>
    /// <param name="pValues">The p-values, each in [0, 1] or NaN.</param>
    /// <returns>The adjusted p-values, in the order of <paramref name="pValues"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pValues"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is outside [0, 1] (and not NaN).</exception>
    public static IReadOnlyList<double> Holm(IReadOnlyList<double> pValues)
    {
        double[] p = Validate(pValues);
        int[] order = DefinedInAscendingOrder(p);
        int m = order.Length;
        double[] adjusted = NaNs(p.Length);
        double running = 0;
        for (int i = 0; i < m; i++)
        {
            running = Math.Max(running, Math.Min(1, (m - i) * p[order[i]]));
            adjusted[order[i]] = running;
        }

        return Array.AsReadOnly(adjusted);
    }

    /// <summary>The Bonferroni adjustment: each defined p-value becomes min(1, m·p), m the number of defined p-values.</summary>
    /// <param name="pValues">The p-values, each in [0, 1] or NaN.</param>
    /// <returns>The adjusted p-values, in the order of <paramref name="pValues"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pValues"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is outside [0, 1] (and not NaN).</exception>
    public static IReadOnlyList<double> Bonferroni(IReadOnlyList<double> pValues)
    {
        double[] p = Validate(pValues);
        int m = 0;
        foreach (double value in p)
        {
            m += double.IsNaN(value) ? 0 : 1;
        }

        double[] adjusted = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            adjusted[i] = double.IsNaN(p[i]) ? double.NaN : Math.Min(1, m * p[i]);
        }

        return Array.AsReadOnly(adjusted);
    }

    private static double[] Validate(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        double[] p = new double[pValues.Count];
        for (int i = 0; i < p.Length; i++)
        {
            double value = pValues[i];
            if (!double.IsNaN(value) && !(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(pValues), value, $"p-value {i} is {value}; a p-value must be in [0, 1] or NaN (undefined).");
            }

            p[i] = value;
        }

        return p;
    }

    private static int[] DefinedInAscendingOrder(double[] p)
    {
        var indices = new List<int>(p.Length);
        for (int i = 0; i < p.Length; i++)
        {
            if (!double.IsNaN(p[i]))
            {
                indices.Add(i);
            }
        }

        int[] order = indices.ToArray();
        // Stable by index among ties, so the result does not depend on the sort algorithm.
        Array.Sort(order, (a, b) => p[a] != p[b] ? p[a].CompareTo(p[b]) : a.CompareTo(b));
        return order;
    }

    private static double[] NaNs(int length)
    {
        double[] result = new double[length];
        Array.Fill(result, double.NaN);
        return result;
    }
}
