using CxCore.Journeys;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Tests.Journeys;

/// <summary>
/// The journey score computed the plain way, straight from the formula in JourneyScorer's documentation and
/// docs/journey-scoring.md, from the touchpoint and feedback objects and the options (no compact scoring data, nothing
/// shared with the library's code): the oracle the fast path is compared with, bit for bit. It follows the documented
/// order of operations (penalties summed repeat, switch, wait, stall; weight = stage × channel × 2^(−age/h);
/// contributions 100 · (w·s) / Σw added in touchpoint order; an excess beyond ±100 moved into the largest contribution
/// of that sign; time differences compared in 100-ns ticks).
/// </summary>
internal static class ReferenceJourneyScore
{
    public static double Value(JourneyScoringOptions options, Journey journey) => Value(options, journey, journey.End);

    public static double Value(JourneyScoringOptions options, Journey journey, Instant asOf)
    {
        IReadOnlyList<Touchpoint> points = journey.Touchpoints;
        int n = points.Count;
        if (n == 0)
        {
            return double.NaN;
        }

        var weights = new double[n];
        var signals = new double[n];
        double totalWeight = 0;
        int lastCustomer = -1;
        for (int i = 0; i < n; i++)
        {
            Touchpoint point = points[i];
            long t = Ticks(point.At);

            double sum = 0;
            int count = 0;
            foreach (Feedback answer in journey.Feedback)
            {
                if (answer.TouchpointId == point.Id)
                {
                    RatingScale scale = answer.Instrument.Scale;
                    sum += ((2.0 * answer.Rating) - scale.Minimum - scale.Maximum) / (scale.Maximum - scale.Minimum);
                    count++;
                }
            }

            double baseSignal = count > 0 ? sum / count : point.Outcome switch
            {
                TouchpointOutcome.Succeeded => options.SucceededSignal,
                TouchpointOutcome.Failed => options.FailedSignal,
                TouchpointOutcome.Abandoned => options.AbandonedSignal,
                _ => options.UnknownSignal,
            };

            bool repeat = false, change = false;
            if (point.Initiator == Initiator.Customer)
            {
                if (point.Topic is not null)
                {
                    for (int j = i - 1; j >= 0 && t - Ticks(points[j].At) <= options.RepeatWindow.BclCompatibleTicks; j--)
                    {
                        if (points[j].Initiator == Initiator.Customer && points[j].Topic == point.Topic)
                        {
                            repeat = true;
                            break;
                        }
                    }
                }

                change = lastCustomer >= 0 && t - Ticks(points[lastCustomer].At) <= options.ServiceEpisodeGap.BclCompatibleTicks && points[lastCustomer].Channel != point.Channel;
                lastCustomer = i;
            }

            bool wait = point.WaitTime is { } w && w > options.ExpectedWait;
            bool stall = i > 0 && t - Ticks(points[i - 1].At) > options.StallThreshold.BclCompatibleTicks && !point.Stage.Equals(points[i - 1].Stage);

            double penalty = 0;
            penalty += repeat ? options.RepeatContactPenalty : 0;
            penalty += change ? options.ChannelSwitchPenalty : 0;
            penalty += wait ? options.LongWaitPenalty : 0;
            penalty += stall ? options.StallPenalty : 0;
            double signal = repeat || change || wait || stall ? baseSignal - penalty : baseSignal;
            signals[i] = Math.Clamp(signal, -1.0, 1.0);

            double weight = options.StageWeights.TryGetValue(point.Stage.Name, out double s) ? s : options.DefaultStageWeight;
            weight *= options.ChannelWeights.TryGetValue(point.Channel, out double c) ? c : options.DefaultChannelWeight;
            if (options.RecencyHalfLife is { } halfLife)
            {
                weight *= double.Exp2((t - Ticks(asOf)) * (1.0 / halfLife.BclCompatibleTicks));
            }

            weights[i] = weight;
            totalWeight += weight;
        }

        if (!(totalWeight > 0))
        {
            return double.NaN;
        }

        var contributions = new double[n];
        double value = 0;
        for (int i = 0; i < n; i++)
        {
            contributions[i] = 100 * (weights[i] * signals[i]) / totalWeight;
            value += contributions[i];
        }

        for (int attempt = 0; attempt < 8 && (value > 100 || value < -100); attempt++)
        {
            double bound = value > 100 ? 100 : -100;
            int largest = 0;
            for (int i = 1; i < n; i++)
            {
                if (bound * contributions[i] > bound * contributions[largest])
                {
                    largest = i;
                }
            }

            contributions[largest] -= value - bound;
            value = contributions.Sum();
        }

        return value;
    }

    // The documented precision: instants as 100-ns ticks, rounded toward the past (Instant.ToUnixTimeTicks).
    private static long Ticks(Instant instant) => instant.ToUnixTimeTicks();
}
