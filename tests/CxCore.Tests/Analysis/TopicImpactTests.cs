using CxCore.Analysis;
using CxCore.Ratings;

namespace CxCore.Tests.Analysis;

public sealed class TopicImpactTests
{
    // With the topic (detractors, passives, promoters) = (30, 10, 10); without = (20, 50, 80).
    private static readonly RatingCounts With = Nps(30, 10, 10);
    private static readonly RatingCounts Without = Nps(20, 50, 80);

    [Fact]
    public void Compute_HandExample_MatchesFormulaAndR()
    {
        // By hand: NPS(all) = (90 − 50)/200 = 20, NPS(without) = (80 − 20)/150 = 40, impact −20 = w·Δ = 0.25·(−40 − 40).
        // R: w <- 0.25; sT <- 0.8 - 0.4^2; sR <- 100/150 - 0.4^2
        //    v <- w^2*(sT/50 + sR/150) + 0.8^2*w*(1-w)/200; se <- 100*sqrt(v)   # 4.01386485959743
        //    -20 + c(-1, 1)*qnorm(0.975)*se; 2*pnorm(-20/se)                     # [-27.8670305636219, -12.1329694363781], 6.26937939031711e-07
        TopicImpact impact = TopicImpact.Compute("billing", With, Without);

        Assert.Equal("billing", impact.Topic);
        Assert.Equal(20, impact.Overall.Value, 12);
        Assert.Equal(40, impact.WithoutTopic.Value, 12);
        Assert.Equal(-40, impact.WithTopic.Value, 12);
        Assert.Equal(0.25, impact.Share, 12);
        Assert.Equal(-20, impact.Impact, 12);
        Assert.Equal(impact.Overall.Value - impact.WithoutTopic.Value, impact.Impact, 12);
        Assert.Equal(4.01386485959743, impact.StandardError, 11);
        Assert.Equal(-27.8670305636219, impact.Interval.Lower, 10);
        Assert.Equal(-12.1329694363781, impact.Interval.Upper, 10);
        Assert.Equal(6.26937939031711e-07, impact.PValue, 15);
    }

    [Fact]
    public void Variance_MatchesSimulationOfTheMultinomial()
    {
        // Six cells (topic × detractor, passive, promoter): topic 0.10, 0.05, 0.05; rest 0.16, 0.24, 0.40; n = 500.
        // Formula at the truth (by hand): w = 0.2, σ_T² = 0.75 − 0.25² = 0.6875, σ_R² = 0.7 − 0.3² = 0.61, Δ = −0.55,
        // Var = [w·σ_T² + w²·σ_R²/(1 − w) + Δ²·w(1 − w)]/n = (0.1375 + 0.0305 + 0.0484)/500 = 4.328e-4 → 4.328 NPS points².
        double[] cells = [0.10, 0.05, 0.05, 0.16, 0.24, 0.40];
        const int n = 500, replicates = 20_000;
        var random = new Random(20261129);
        double sum = 0, sumSquares = 0, sumPlugIn = 0;
        for (int r = 0; r < replicates; r++)
        {
            long[] c = new long[6];
            for (int i = 0; i < n; i++)
            {
                double u = random.NextDouble(), cumulative = 0;
                int k = 0;
                while (k < 5 && u >= (cumulative += cells[k]))
                {
                    k++;
                }

                c[k]++;
            }

            TopicImpact impact = TopicImpact.Compute("t", Nps(c[0], c[1], c[2]), Nps(c[3], c[4], c[5]));
            sum += impact.Impact;
            sumSquares += impact.Impact * impact.Impact;
            sumPlugIn += impact.StandardError * impact.StandardError;
        }

        double mean = sum / replicates;
        double empirical = (sumSquares - (replicates * mean * mean)) / (replicates - 1);
        Assert.InRange(mean, 0.2 * -55 - 0.1, 0.2 * -55 + 0.1);          // unbiased: w·Δ = −11 NPS points
        Assert.InRange(empirical / 4.328, 0.96, 1.04);                   // Monte Carlo relative SE ≈ 1 %
        Assert.InRange(sumPlugIn / replicates / 4.328, 0.97, 1.03);
        // Treating NPS(all) and NPS(without) as independent would give 0.6739/500 + 0.61/400 → 28.7, far off.
        Assert.True(empirical < 10);
    }

    [Fact]
    public void Compute_NoResponseHasTopic_ImpactIsExactlyZero()
    {
        TopicImpact impact = TopicImpact.Compute("none", RatingCounts.Empty(RatingScale.Nps), Without);

        Assert.Equal(0, impact.Impact);
        Assert.Equal(0, impact.StandardError);
        Assert.Equal(1, impact.PValue);
        Assert.Equal(0, impact.Share);
    }

    [Fact]
    public void Compute_EveryResponseHasTopic_IsUndefined()
    {
        TopicImpact impact = TopicImpact.Compute("all", With, RatingCounts.Empty(RatingScale.Nps));

        Assert.True(double.IsNaN(impact.Impact));
        Assert.False(impact.Interval.IsDefined);
        Assert.True(double.IsNaN(TopicImpact.Compute("x", RatingCounts.Empty(RatingScale.Nps), RatingCounts.Empty(RatingScale.Nps)).Impact));
    }

    [Fact]
    public void ComputeAll_PerResponse_CountsEachTopicOnceAndSortsByImpact()
    {
        // Responses: "billing" on 30 detractors (rating 2), 10 passives (7), 10 promoters (9) — the hand example —
        // plus 150 responses without topics: 20 at 0, 50 at 8, 80 at 10. "app" on 5 of the promoters at 10.
        var ratings = new List<int>();
        var topics = new List<IReadOnlyCollection<string>>();
        void Add(int count, int rating, params string[] tags)
        {
            for (int i = 0; i < count; i++)
            {
                ratings.Add(rating);
                topics.Add(tags);
            }
        }

        Add(30, 2, "billing", "billing"); // a duplicate tag counts once
        Add(10, 7, "billing");
        Add(10, 9, "billing");
        Add(20, 0);
        Add(50, 8);
        Add(75, 10);
        Add(5, 10, "app");

        TopicImpactResult result = TopicImpact.ComputeAll(ratings, topics);

        Assert.Equal(200, result.Responses);
        Assert.Equal(["billing", "app"], result.Topics.Select(t => t.Topic));
        Assert.Equal(TopicImpact.Compute("billing", With, Without).Impact, result.Topics[0].Impact, 12);
        Assert.Equal(50, result.Topics[0].WithTopic.Count);
        // app: without it NPS = (85 − 50)/195·100; impact = 20 − 17.9487… > 0.
        Assert.Equal(20 - (3500.0 / 195), result.Topics[1].Impact, 10);
        ResultTable table = result.ToTable();
        Assert.Equal(2, table.RowCount);
        Assert.Equal(50L, table[0, "n_topic"]);
        Assert.Equal(25.0, (double)table[0, "share_percent"]!, 12);
        Assert.Equal(result.ToTable().ToString(), result.ToString());
        Assert.Equal(2, result.ToRows().Count);
        Assert.Equal(1, result.Topics[0].ToTable().RowCount);
        Assert.Contains("billing", result.Topics[0].ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => TopicImpact.Compute(" ", With, Without));
        Assert.Throws<ArgumentNullException>(() => TopicImpact.Compute(null!, With, Without));
        Assert.Throws<ArgumentNullException>(() => TopicImpact.Compute("t", null!, Without));
        Assert.Throws<ArgumentNullException>(() => TopicImpact.Compute("t", With, null!));
        Assert.Throws<ArgumentException>(() => TopicImpact.Compute("t", RatingCounts.Empty(RatingScale.FivePoint), Without));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicImpact.Compute("t", With, Without, 0));
        Assert.Throws<ArgumentNullException>(() => TopicImpact.ComputeAll(null!, []));
        Assert.Throws<ArgumentNullException>(() => TopicImpact.ComputeAll([1], null!));
        Assert.Throws<ArgumentException>(() => TopicImpact.ComputeAll([1, 2], [[]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicImpact.ComputeAll([11], [[]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicImpact.ComputeAll([-1], [[]]));
        Assert.Throws<ArgumentNullException>(() => TopicImpact.ComputeAll([1], [null!]));
        Assert.Throws<ArgumentException>(() => TopicImpact.ComputeAll([1], [[""]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicImpact.ComputeAll([1], [[]], 1.5));
    }

    private static RatingCounts Nps(long detractors, long passives, long promoters)
    {
        long[] counts = new long[11];
        counts[0] = detractors;
        counts[7] = passives;
        counts[10] = promoters;
        return RatingCounts.FromCounts(RatingScale.Nps, counts);
    }
}
