using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>Rule-based attribution of conversions to the steps of their paths: first touch, last touch, linear, position-based and time decay.</summary>
/// <remarks>
/// <para>
/// Each model gives every step of a path a weight; the weights of one path sum to 1. A path's
/// <see cref="ConversionPath.Conversions"/> are split between its steps by these weights, and a channel's credit is the
/// sum over every step that names it, so the credits sum to the total conversions. Non-conversions get no credit.
/// </para>
/// <para>
/// Weights of a path with n steps: first touch 1 to step 1; last touch 1 to step n; linear 1/n to each; position-based
/// (U-shaped) 0.4 to the first, 0.4 to the last and 0.2/(n − 2) to each step in between, with 1 for n = 1 and 0.5 each
/// for n = 2 (the 20 % middle share has nowhere to go, so the two ends split everything); time decay
/// w_i ∝ 2^(−Δt_i / halfLife), where Δt_i is the time from step i to the last step of the path (taken as the
/// conversion time).
/// </para>
/// </remarks>
public static class HeuristicAttribution
{
    /// <summary>Attributes the conversions of <paramref name="paths"/> with a position rule.</summary>
    /// <param name="paths">The paths; none null. Pass a <see cref="PathCollection"/> to reuse its interned names.</param>
    /// <param name="model">The model.</param>
    /// <returns>The credits of every channel .</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not a defined <see cref="AttributionModel"/>.</exception>
    /// <exception cref="InvalidOperationException">No path converts, or there are no paths: there is nothing to attribute (the message names the usual cause).</exception>
    public static AttributionResult Compute(IEnumerable<ConversionPath> paths, AttributionModel model)
    {
        if (model is < AttributionModel.FirstTouch or > AttributionModel.PositionBased)
        {
            throw new ArgumentOutOfRangeException(nameof(model), model, "Unknown attribution model; use FirstTouch, LastTouch, Linear or PositionBased (time decay is HeuristicAttribution.TimeDecay).");
        }

        PathCollection collection = PathCollection.Of(paths, nameof(paths));
        collection.ThrowIfNoConversions(model.ToString());
        double[] credit = new double[collection.Names.Length];
        int[] ids = collection.StepIds;
        int[] offsets = collection.Offsets;
        long[] pathConversions = collection.PathConversions;
        for (int p = 0; p < collection.Count; p++)
        {
            double conversions = pathConversions[p];
            if (conversions == 0)
            {
                continue;
            }

            int first = offsets[p], n = offsets[p + 1] - first;
            switch (model)
            {
                case AttributionModel.FirstTouch:
                    credit[ids[first]] += conversions;
                    break;
                case AttributionModel.LastTouch:
                    credit[ids[first + n - 1]] += conversions;
                    break;
                case AttributionModel.Linear:
                    for (int i = 0; i < n; i++)
                    {
                        credit[ids[first + i]] += conversions / n;
                    }

                    break;
                default:
                    if (n <= 2)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            credit[ids[first + i]] += conversions / n;
                        }
                    }
                    else
                    {
                        credit[ids[first]] += 0.4 * conversions;
                        credit[ids[first + n - 1]] += 0.4 * conversions;
                        for (int i = 1; i < n - 1; i++)
                        {
                            credit[ids[first + i]] += 0.2 * conversions / (n - 2);
                        }
                    }

                    break;
            }
        }

        return Result(model.ToString(), collection, credit);
    }

    /// <summary>
    /// Attributes the conversions of <paramref name="paths"/> by time decay: step i of a path gets a weight proportional
    /// to 2^(−Δt_i / <paramref name="halfLife"/>), where Δt_i is the time from the step to the last step of its path.
    /// </summary>
    /// <param name="paths">The paths; all with step times, none null.</param>
    /// <param name="halfLife">The time over which a step's weight halves; positive.</param>
    /// <returns>The credits of every channel .</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is <see langword="null"/> or has no step times (the message gives its position).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="halfLife"/> is zero or negative.</exception>
    /// <exception cref="InvalidOperationException">No path converts, or there are no paths: there is nothing to attribute (the message names the usual cause).</exception>
    public static AttributionResult TimeDecay(IEnumerable<ConversionPath> paths, Duration halfLife)
    {
        if (halfLife <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(halfLife), halfLife, "The half-life must be positive.");
        }

        PathCollection collection = PathCollection.Of(paths, nameof(paths));
        collection.ThrowIfNoConversions("Time-decay");
        for (int p = 0; p < collection.Count; p++)
        {
            if (!collection[p].HasStepTimes)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Time-decay attribution needs the time of every step, but the path at position {p} ({collection[p]}) has no step times; create it with ConversionPath.FromCounts(steps, stepTimes, …)."), nameof(paths));
            }
        }

        double[] credit = new double[collection.Names.Length];
        int[] ids = collection.StepIds;
        int[] offsets = collection.Offsets;
        double halfLifeNanoseconds = halfLife.TotalNanoseconds;
        double[] weights = [];
        for (int p = 0; p < collection.Count; p++)
        {
            double conversions = collection[p].Conversions;
            if (conversions == 0)
            {
                continue;
            }

            Instant[] times = collection[p].TimeArray!;
            int first = offsets[p], n = times.Length;
            if (weights.Length < n)
            {
                weights = new double[n];
            }

            // The last step has weight 2^0 = 1, so the sum is at least 1 and no weight underflows the normalisation.
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                weights[i] = Math.Pow(2, -(times[n - 1] - times[i]).TotalNanoseconds / halfLifeNanoseconds);
                sum += weights[i];
            }

            for (int i = 0; i < n; i++)
            {
                credit[ids[first + i]] += conversions * weights[i] / sum;
            }
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"TimeDecay (half-life {halfLife})"), collection, credit);
    }

    private static AttributionResult Result(string model, PathCollection collection, double[] credit)
    {
        long total = collection.TotalConversions;
        var channels = new ChannelCredit[credit.Length];
        for (int c = 0; c < credit.Length; c++)
        {
            channels[c] = new ChannelCredit(collection.Names[c], credit[c], total > 0 ? credit[c] / total : double.NaN, double.NaN);
        }

        return new AttributionResult(model, channels, total, double.NaN, markov: false);
    }
}
