using CxCore.Journeys;
using NodaTime;
using static CxCore.Tests.Journeys.JourneyFixtures;

namespace CxCore.Tests.Journeys;

public sealed partial class JourneyScorerTests
{
    [Fact]
    public void ToTable_ScoredJourney_OneRowPerContributionAndPainPoint()
    {
        // The journey of Score_FailureLongWaitAndChannelSwitch_MatchesHandCalculation: Value −25; contributions
        // 12.5, −37.5, 0; weights 1, 1.5, 1.5; base signals 0.5, −1, 0.5; signals 0.5, −1, 0; pains Failure at tp2
        // (37.5), ChannelSwitch and LongWait at tp3 (9.375 each).
        Journey journey = JourneyOf(
            Point("tp1", 0, stage: "Awareness", outcome: TouchpointOutcome.Succeeded),
            Point("tp2", 1, stage: "Purchase", initiator: Initiator.Customer, outcome: TouchpointOutcome.Failed),
            Point("tp3", 1 + (2.0 / 24), stage: "Support", channel: Channel.Phone, department: Department.CustomerService,
                initiator: Initiator.Customer, outcome: TouchpointOutcome.Succeeded, wait: Duration.FromMinutes(10)));
        JourneyScore score = NoDecay.Score(journey);

        ResultTable table = score.ToTable();

        TableAssert.Columns(table, "touchpoint_id", "stage", "channel", "department", "outcome", "base_signal", "signal", "weight", "contribution");
        Assert.Equal(3, table.RowCount);
        Assert.Equal(["tp1", "Awareness", "Website", "Product", "Succeeded"], Enumerable.Range(0, 5).Select(c => table[0, c]));
        Assert.Equal(["tp3", "Support", "Phone", "CustomerService", "Succeeded"], Enumerable.Range(0, 5).Select(c => table[2, c]));
        double[] baseSignal = [0.5, -1, 0.5], signal = [0.5, -1, 0], weight = [1, 1.5, 1.5], contribution = [12.5, -37.5, 0];
        for (int r = 0; r < 3; r++)
        {
            TableAssert.Number(baseSignal[r], table[r, "base_signal"]);
            TableAssert.Number(signal[r], table[r, "signal"]);
            TableAssert.Number(weight[r], table[r, "weight"]);
            TableAssert.Number(contribution[r], table[r, "contribution"]);
        }

        ResultTable pains = score.PainPointsTable();
        TableAssert.Columns(pains, "touchpoint_id", "kind", "stage", "channel", "department", "cost");
        Assert.Equal(["tp2", "tp3", "tp3"], Enumerable.Range(0, 3).Select(r => pains[r, "touchpoint_id"]));
        Assert.Equal(["Failure", "ChannelSwitch", "LongWait"], Enumerable.Range(0, 3).Select(r => pains[r, "kind"]));
        TableAssert.Number(37.5, pains[0, "cost"]);
        TableAssert.Number(9.375, pains[2, "cost"]);

        TableAssert.Agrees(table, score.ToMarkdown(), score.ToRows());
        Assert.Equal("Journey score of ann: -25\n" + table + "Pain points:\n" + pains, score.ToString());
    }

    [Fact]
    public void ToTable_EmptyScore_HasNoRows()
    {
        JourneyScore score = NoDecay.Score(Journey.Create(Ann, [], [Answer("f1", 0)]));

        Assert.Equal(0, score.ToTable().RowCount);
        Assert.Equal(0, score.PainPointsTable().RowCount);
        Assert.StartsWith("Journey score of ann: none (no weighted touchpoints)\n", score.ToString(), StringComparison.Ordinal);
    }
}
