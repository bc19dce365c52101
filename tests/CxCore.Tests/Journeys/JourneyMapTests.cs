using CxCore.Journeys;
using static CxCore.Tests.Journeys.JourneyFixtures;

namespace CxCore.Tests.Journeys;

public sealed partial class JourneyMapTests
{
    private static readonly JourneyScorer NoDecay = new(new JourneyScoringOptions { RecencyHalfLife = null });

    /// <summary>
    /// Ann: tp1 Purchase/Website/Sales rated NPS 10 (signal (10-5)/5 = 1, w 1.5); tp2 Support/Phone/CustomerService Failed (-1, w 1.5).
    ///      Failure at tp2 costs 100 · 1.5/3 · 1 = 50.
    /// Bob: tp3 Purchase/Website/Sales rated NPS 2 (signal (2-5)/5 = -0.6, w 1.5); tp4 Support/Phone/CustomerService Failed (-1, w 1.5).
    ///      NegativeFeedback at tp3 costs 50 · 0.6 = 30; Failure at tp4 costs 50.
    /// </summary>
    private static Journey[] TwoJourneys()
    {
        Journey ann = Journey.Create(
            Ann,
            [
                Point("tp1", 0, stage: "Purchase", department: Department.Sales),
                Point("tp2", 1, stage: "Support", channel: Channel.Phone, department: Department.CustomerService, initiator: Initiator.Customer, outcome: TouchpointOutcome.Failed),
            ],
            [Answer("f1", 0.1, "tp1", rating: 10)]);
        Journey bob = Journey.Create(
            Bob,
            [
                Point("tp3", 0, Bob, stage: "Purchase", department: Department.Sales, outcome: TouchpointOutcome.Failed),
                Point("tp4", 1, Bob, stage: "Support", channel: Channel.Phone, department: Department.CustomerService, initiator: Initiator.Customer, outcome: TouchpointOutcome.Failed),
            ],
            [Answer("f3", 0.1, "tp3", Bob, rating: 2)]);
        return [ann, bob];
    }

    [Fact]
    public void Build_TwoJourneys_GivesHandComputedCells()
    {
        JourneyMap map = JourneyMap.Build(TwoJourneys(), NoDecay);

        Assert.Equal(2, map.JourneyCount);
        Assert.Equal(4, map.TouchpointCount);
        Assert.Equal(2, map.StageChannelCells.Count);

        JourneyMapCell purchase = map.StageChannelCells[0];
        Assert.Equal(("Purchase", "Website"), (purchase.Stage.Name, purchase.Channel.Name));
        Assert.True(purchase.Department.IsEmpty);
        Assert.Equal(2, purchase.Volume);
        Assert.Equal(0.2, purchase.MeanSignal, 1e-12); // (1 + -0.6)/2
        Assert.Equal(2, purchase.NpsCounts.Total);
        Assert.Equal(0, purchase.Nps.Value); // one promoter (10), one detractor (2)
        Assert.True(purchase.Csat.IsEmpty);
        Assert.True(purchase.Ces.IsEmpty);
        Assert.Equal(30, purchase.PainPointCost, 1e-9);

        JourneyMapCell support = map.StageChannelCells[1];
        Assert.Equal(("Support", "Phone"), (support.Stage.Name, support.Channel.Name));
        Assert.Equal(-1, support.MeanSignal);
        Assert.True(support.Nps.IsEmpty);
        Assert.Equal(100, support.PainPointCost, 1e-9);

        Assert.Equal(["Sales", "CustomerService"], map.StageDepartmentCells.Select(c => c.Department.Name));
        Assert.All(map.StageDepartmentCells, c => Assert.True(c.Channel.IsEmpty));
    }

    [Fact]
    public void Build_PainPoints_RankedByImpactWithDepartmentTotals()
    {
        JourneyMap map = JourneyMap.Build(TwoJourneys(), NoDecay);

        Assert.Equal(2, map.TopPainPoints.Count);
        PainPointImpact top = map.TopPainPoints[0];
        Assert.Equal((PainPointKind.Failure, "Support", "Phone", "CustomerService", 2L), (top.Kind, top.Stage.Name, top.Channel.Name, top.Department.Name, top.Count));
        Assert.Equal(100, top.Impact, 1e-9); // 2 occurrences x 50 points
        Assert.Equal(50, top.MeanCost, 1e-9);
        Assert.Equal(PainPointKind.NegativeFeedback, map.TopPainPoints[1].Kind);
        Assert.Equal(30, map.TopPainPoints[1].Impact, 1e-9);

        Assert.Equal(["CustomerService", "Sales"], map.ImpactByDepartment.Select(d => d.Department.Name));
        Assert.Equal(100, map.ImpactByDepartment[0].Impact, 1e-9);
        Assert.Equal(2, map.ImpactByDepartment[0].Count);
        Assert.Equal(30, map.ImpactByDepartment[1].Impact, 1e-9);
    }

    [Fact]
    public void Build_TopPainPointsLimit_KeepsTheLargest()
    {
        JourneyMap map = JourneyMap.Build(TwoJourneys(), NoDecay, topPainPoints: 1);

        Assert.Equal(PainPointKind.Failure, Assert.Single(map.TopPainPoints).Kind);
    }

    [Fact]
    public void Build_CsatAndCesFeedback_FillTheirScoresWithIntervals()
    {
        Journey journey = Journey.Create(
            Ann,
            [Point("tp1", 0)],
            [
                Answer("f1", 0, "tp1", instrument: FeedbackInstrument.Csat, rating: 5),
                Answer("f2", 0, "tp1", instrument: FeedbackInstrument.Csat, rating: 2),
                Answer("f3", 0, "tp1", instrument: FeedbackInstrument.Ces, rating: 6),
                Answer("f4", 0, "tp1", instrument: FeedbackInstrument.Ces, rating: 4),
            ]);

        JourneyMapCell cell = Assert.Single(JourneyMap.Build([journey], NoDecay).StageChannelCells);

        Assert.Equal(50, cell.Csat.Value); // one of two satisfied (4-5)
        Assert.Equal(5, cell.Ces.Mean); // (6 + 4)/2
        Assert.True(cell.Ces.Interval().IsDefined);
        Assert.Contains("CSAT 50.0 [", cell.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoJourneys_GivesEmptyMap()
    {
        JourneyMap map = JourneyMap.Build([], NoDecay);

        Assert.Equal(0, map.JourneyCount);
        Assert.Empty(map.StageChannelCells);
        Assert.Empty(map.TopPainPoints);
        Assert.Empty(map.ImpactByDepartment);
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => JourneyMap.Build(null!, NoDecay));
        Assert.Throws<ArgumentNullException>(() => JourneyMap.Build([], null!));
        Assert.Throws<ArgumentNullException>(() => JourneyMap.Build([null!], NoDecay));
        Assert.Throws<ArgumentOutOfRangeException>(() => JourneyMap.Build([], NoDecay, 0));
    }

    [Fact]
    public void Build_MiniGenerator_VolumesAddUpToTouchpoints()
    {
        var (points, answers, _) = new MiniJourneyGenerator { Customers = 200 }.Generate(7);
        JourneyBuildResult built = new JourneyBuilder().Build(points, answers);

        JourneyMap map = JourneyMap.Build(built.Journeys, new JourneyScorer());

        Assert.Equal(points.Count, map.TouchpointCount);
        Assert.Equal(points.Count, map.StageChannelCells.Sum(c => c.Volume));
        Assert.Equal(points.Count, map.StageDepartmentCells.Sum(c => c.Volume));
        Assert.Equal(answers.Count, map.StageChannelCells.Sum(c => c.CsatCounts.Total));
        Assert.Equal(map.StageChannelCells.Sum(c => c.PainPointCost), map.ImpactByDepartment.Sum(d => d.Impact), 1e-6);
    }
}
