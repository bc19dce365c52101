using CxCore.Lifecycle;
using NodaTime;
using static CxCore.Tests.Lifecycle.SurvivalDataSets;

namespace CxCore.Tests.Lifecycle;

public sealed partial class SurvivalComparisonTests
{
    private static SurvivalObservation[] Observations(double[] time, int[] status, int eventCode, Func<int, string> group) =>
        time.Select((t, i) => new SurvivalObservation(group(i), Duration.FromDays(t), status[i] == eventCode)).ToArray();

    // R 4.2 / survival 3.5.3: s <- survdiff(Surv(time, status) ~ sex, data = lung)
    //   s$chisq 10.3267419548856; pchisq(s$chisq, 1, lower.tail = FALSE) 0.00131116452035549
    //   s$obs 112 53; s$exp 91.5817390295728 73.4182609704272; s$var[1, 1] 40.3714339796426
    [Fact]
    public void LogRank_LungBySex_MatchesSurvdiff()
    {
        var result = SurvivalComparison.Compute(Observations(LungTime, LungStatus, 2, i => LungSex[i] == 1 ? "male" : "female"));

        Assert.Equal(10.3267419548856, result.ChiSquare, 1e-8);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.00131116452035549, result.PValue, 1e-8);
        Assert.Equal(["male", "female"], result.Groups.Select(g => g.Name));
        Assert.Equal([112L, 53L], result.Groups.Select(g => g.ObservedEvents));
        Assert.Equal(91.5817390295728, result.Groups[0].ExpectedEvents, 1e-9);
        Assert.Equal(73.4182609704272, result.Groups[1].ExpectedEvents, 1e-9);
    }

    // s <- survdiff(Surv(time, status) ~ celltype, data = veteran)
    //   s$chisq 25.4037003457854; pchisq(s$chisq, 3, lower.tail = FALSE) 1.27124593900609e-05
    //   s$obs 31 45 26 26; s$exp 47.6546776724754 30.1020793268148 15.6937646143605 34.5494783863493
    [Fact]
    public void LogRank_VeteranByCellType_MatchesSurvdiff()
    {
        string[] levels = ["squamous", "smallcell", "adeno", "large"];
        var result = SurvivalComparison.Compute(
            Observations(VeteranTime, VeteranStatus, 1, i => levels[VeteranCelltype[i] - 1]).OrderBy(o => Array.IndexOf(levels, o.Group)));

        Assert.Equal(25.4037003457854, result.ChiSquare, 1e-8);
        Assert.Equal(3, result.DegreesOfFreedom);
        Assert.Equal(1.27124593900609e-05, result.PValue, 1e-12);
        double[] expected = [47.6546776724754, 30.1020793268148, 15.6937646143605, 34.5494783863493];
        for (int g = 0; g < 4; g++)
        {
            Assert.Equal(levels[g], result.Groups[g].Name);
            Assert.Equal(expected[g], result.Groups[g].ExpectedEvents, 1e-9);
        }

        Assert.Equal([31L, 45L, 26L, 26L], result.Groups.Select(g => g.ObservedEvents));
    }

    // s <- survdiff(Surv(futime, fustat) ~ rx, data = ovarian): s$chisq 1.06273986129141, p 0.302591116989095,
    //   s$exp 5.23353101714994 6.76646898285006
    [Fact]
    public void LogRank_OvarianByTreatment_MatchesSurvdiff()
    {
        var result = SurvivalComparison.Compute(Observations(OvarianTime, OvarianStatus, 1, i => "rx" + OvarianRx[i]).OrderBy(o => o.Group, StringComparer.Ordinal));

        Assert.Equal(1.06273986129141, result.ChiSquare, 1e-8);
        Assert.Equal(0.302591116989095, result.PValue, 1e-8);
        Assert.Equal(5.23353101714994, result.Groups[0].ExpectedEvents, 1e-9);
    }

    [Fact]
    public void LogRank_OneGroup_IsNotDefined()
    {
        var result = SurvivalComparison.Compute([new SurvivalObservation("a", Duration.FromDays(3), true), new SurvivalObservation("a", Duration.FromDays(5), false)]);

        Assert.Equal(0, result.DegreesOfFreedom);
        Assert.True(double.IsNaN(result.PValue));
    }

    [Fact]
    public void Compute_Empty_HasNoGroups() => Assert.Empty(SurvivalComparison.Compute([]).Groups);

    // Hand-worked: acquisition 2026-01-01 for all, as of 2026-07-01 (181 days).
    // c1 detractor (rating 3), churned 2026-02-01 (31 d, event); c2 detractor (6), not churned (181 d, censored);
    // c3 promoter (10), churned 2026-04-11 (100 d, event); c4 passive (8), censored; c5 no answer (ungrouped);
    // c6 promoter whose only answer is after as-of (ungrouped); c7 detractor churned after as-of (censored, 181 d).
    [Fact]
    public void ByNpsGroup_HandWorkedExample()
    {
        DateTimeZone utc = DateTimeZone.Utc;
        Instant start = Instant.FromUtc(2026, 1, 1, 0, 0), asOf = Instant.FromUtc(2026, 7, 1, 0, 0);
        var ids = Enumerable.Range(1, 7).Select(i => CustomerId.From("c" + i)).ToArray();
        Customer[] customers = ids.Select(id => new Customer(id, utc, start)).ToArray();
        Feedback Nps(int c, int rating, Instant at) => new("f" + c + "-" + rating, ids[c - 1], at, FeedbackInstrument.Nps, rating);
        Feedback[] feedback =
        [
            Nps(1, 3, start + Duration.FromDays(5)), Nps(1, 10, start + Duration.FromDays(20)), Nps(2, 6, start + Duration.FromDays(10)),
            Nps(3, 10, start + Duration.FromDays(3)), Nps(4, 8, start + Duration.FromDays(3)), Nps(6, 9, asOf + Duration.FromDays(1)),
            Nps(7, 2, start + Duration.FromDays(1)),
        ];
        var churned = new Dictionary<CustomerId, Instant>
        {
            [ids[0]] = Instant.FromUtc(2026, 2, 1, 0, 0), [ids[2]] = Instant.FromUtc(2026, 4, 11, 0, 0), [ids[6]] = asOf + Duration.FromDays(3),
        };

        var result = SurvivalComparison.ByNpsGroup(customers, feedback, churned, asOf);

        Assert.Equal(2, result.UngroupedCount);
        Assert.Equal(["Detractors", "Passives", "Promoters"], result.Groups.Select(g => g.Name));
        SurvivalCurve detractors = result.Groups[0].Curve;
        Assert.Equal((3L, 1L), (detractors.Count, detractors.EventCount));
        Assert.Equal(Duration.FromDays(31), detractors.Steps[0].Time);
        Assert.Equal(2.0 / 3, detractors.SurvivalAt(Duration.FromDays(31)), 1e-15);
        Assert.Equal(Duration.FromDays(181), detractors.Steps[^1].Time);
        Assert.Equal((1L, 0L), (result.Groups[1].Count, result.Groups[1].ObservedEvents));
        Assert.Equal(Duration.FromDays(100), result.Groups[2].Curve.Steps[0].Time);
    }

    [Fact]
    public void ToCurveTable_StartsEachGroupAtSurvivalOne()
    {
        var result = SurvivalComparison.Compute(Observations(LungTime, LungStatus, 2, i => LungSex[i] == 1 ? "male" : "female"));
        ResultTable table = result.ToCurveTable();

        Assert.Equal(["group", "time_days", "survival", "lower", "upper"], table.Columns);
        Assert.Equal(0.0, table[0, "time_days"]);
        Assert.Equal(1.0, table[0, "survival"]);
        Assert.Equal(2, table.ToRows().Count(r => (double)r["time_days"]! == 0));
    }
}
