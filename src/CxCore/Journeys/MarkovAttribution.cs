using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace CxCore.Journeys;

/// <summary>
/// Data-driven attribution by removal effects in an absorbing Markov chain of the paths (Anderl, Becker, von Wangenheim
/// and Schumann 2016, "Mapping the customer journey: lessons learned from graph-based online attribution modeling";
/// the model of the R package ChannelAttribution), solved exactly rather than by simulation.
/// </summary>
/// <remarks>
/// <para>
/// <b>Chain.</b> At order k the transient states are the tuples of the last k steps of a path (the first k − 1 positions
/// of a path use the shorter tuples of the steps so far), plus a start state; conversion and null are absorbing. A path
/// with c conversions and d non-conversions adds c + d to each of its transitions, c to last state → conversion and d to
/// last state → null. Q is the transient block of row probabilities and R the absorbing block.
/// </para>
/// <para>
/// <b>Conversion probability.</b> x = (I − Q)⁻¹ R[·, conversion] is the probability of conversion from each state, and
/// P(conversion) is the start row's average of x. It is found by solving the linear system: dense LU
/// (MathNet.Numerics) for up to 200 transient states, otherwise Gauss–Seidel sweeps — from x = 0 for the full chain
/// and from its solution (an upper bound) for each removal, monotone in both cases since every coefficient is
/// non-negative — until no component changes by more than 1e-15 in a sweep (at most 100 000 sweeps, else
/// <see cref="InvalidOperationException"/>). Both are deterministic.
/// </para>
/// <para>
/// <b>Removal effect.</b> Removing channel c sends all traffic into c (for k &gt; 1: into every state whose tuple contains
/// c) to null. RE_c = 1 − P(conversion without c) / P(conversion), in [0, 1]; share_c = RE_c / Σ RE; the credited
/// conversions share_c × total conversions sum to the total. Example (METRICS.md): paths c1 → c2 → c3 (converts),
/// c1 (does not), c2 → c3 (does not) give P(conversion) = 1/3, removal effects 0.5, 1, 1 and shares 0.2, 0.4, 0.4.
/// </para>
/// <para>
/// When no path converts, P(conversion) is 0 and there is nothing to share: see <see cref="AttributionResult"/>.
/// Cost: one solve per channel plus one; memory proportional to the number of distinct transitions.
/// </para>
/// </remarks>
public static class MarkovAttribution
{
    /// <summary>Attributes the conversions of <paramref name="paths"/> by Markov removal effects.</summary>
    /// <param name="paths">The paths; none null. Pass a <see cref="PathCollection"/> to reuse its interned names.</param>
    /// <param name="order">The order k of the chain, 1 to 4: the number of recent steps a state remembers.</param>
    /// <param name="cancellationToken">Cancels the computation; checked before each solve and on every sweep of the iterative solver.</param>
    /// <returns>Credits, shares and removal effects of every channel, and the conversion probability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A path is <see langword="null"/>, or for <paramref name="order"/> &gt; 1 there are so many distinct steps that the
    /// state tuples cannot be encoded (more than about 40 000 at order 4).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is less than 1 or greater than 4.</exception>
    /// <exception cref="InvalidOperationException">The iterative solver of a large chain did not converge (see remarks).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static AttributionResult Compute(IEnumerable<ConversionPath> paths, int order = 1, CancellationToken cancellationToken = default) =>
        Compute(paths, order, dense: null, cancellationToken);

    /// <summary>As <see cref="Compute(IEnumerable{ConversionPath}, int, CancellationToken)"/>, forcing the dense or the iterative solver (for tests).</summary>
    internal static AttributionResult Compute(IEnumerable<ConversionPath> paths, int order, bool? dense, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, 4);
        PathCollection collection = PathCollection.Of(paths, nameof(paths));
        cancellationToken.ThrowIfCancellationRequested();
        var chain = AttributionChain.Build(collection, order);
        string model = string.Create(CultureInfo.InvariantCulture, $"Markov (order {order})");
        double probability = chain.ConversionProbability(null, dense, cancellationToken);
        string[] names = collection.Names;
        long total = collection.TotalConversions;
        var channels = new ChannelCredit[names.Length];
        if (total == 0)
        {
            for (int c = 0; c < names.Length; c++)
            {
                channels[c] = new ChannelCredit(names[c], 0, double.NaN, double.NaN);
            }

            return new AttributionResult(model, channels, total, probability, markov: true);
        }

        double[] effects = new double[names.Length];
        double sum = 0;
        bool[] removed = new bool[chain.StateCount];
        for (int c = 0; c < names.Length; c++)
        {
            foreach (int s in chain.StatesOfStep[c])
            {
                removed[s] = true;
            }

            double without = chain.ConversionProbability(removed, dense, cancellationToken);

            // Removing a channel cannot raise the probability; rounding can put the ratio a hair above 1.
            effects[c] = Math.Max(0, 1 - without / probability);
            sum += effects[c];
            Array.Clear(removed);
        }

        for (int c = 0; c < names.Length; c++)
        {
            double share = effects[c] / sum;
            channels[c] = new ChannelCredit(names[c], share * total, share, effects[c]);
        }

        return new AttributionResult(model, channels, total, probability, markov: true);
    }
}
