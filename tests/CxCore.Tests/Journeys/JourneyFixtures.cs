using NodaTime;

namespace CxCore.Tests.Journeys;

/// <summary>Hand-built touchpoints and feedback for the journey tests.</summary>
internal static class JourneyFixtures
{
    public static readonly Instant T0 = Instant.FromUtc(2025, 3, 1, 9, 0);
    public static readonly CustomerId Ann = CustomerId.From("ann");
    public static readonly CustomerId Bob = CustomerId.From("bob");

    public static LifecycleStage Stage(string name) => LifecycleModel.Default.GetStage(name);

    public static Touchpoint Point(
        string id,
        double days,
        CustomerId? customer = null,
        string stage = "Usage",
        Channel? channel = null,
        Department? department = null,
        Initiator initiator = Initiator.Company,
        TouchpointOutcome outcome = TouchpointOutcome.Unknown,
        Duration? wait = null,
        string? topic = null) =>
        new(id, customer ?? Ann, T0 + Duration.FromSeconds((long)Math.Round(days * 86400)), channel ?? Channel.Website, Stage(stage),
            department ?? Department.Product, initiator, outcome, waitTime: wait, topic: topic);

    public static Feedback Answer(string id, double days, string? touchpointId = null, CustomerId? customer = null, FeedbackInstrument? instrument = null, int rating = 8) =>
        new(id, customer ?? Ann, T0 + Duration.FromSeconds((long)Math.Round(days * 86400)), instrument ?? FeedbackInstrument.Nps, rating, touchpointId);

    /// <summary>Spearman's rank correlation (average ranks for ties): Pearson's r of the ranks.</summary>
    public static double Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double[] rx = Ranks(x);
        double[] ry = Ranks(y);
        double mx = rx.Average();
        double my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < rx.Length; i++)
        {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(IReadOnlyList<double> values)
    {
        int[] order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        double[] ranks = new double[values.Count];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }

            double rank = (i + j + 2) / 2.0; // 1-based average rank of positions i..j
            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = rank;
            }

            i = j + 1;
        }

        return ranks;
    }
}
