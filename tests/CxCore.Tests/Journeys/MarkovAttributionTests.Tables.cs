using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class MarkovAttributionTests
{
    [Fact]
    public void ToTable_PublicExample_CreditsSharesAndRemovalEffects()
    {
        // METRICS.md public example: removal effects 0.5, 1, 1; shares 0.2, 0.4, 0.4 of 1 conversion.
        AttributionResult result = MarkovAttribution.Compute(TransitionMatrixTests.PublicExample);

        ResultTable table = result.ToTable();

        TableAssert.Columns(table, "channel", "conversions", "share", "removal_effect");
        Assert.Equal(["c1", "c2", "c3"], Enumerable.Range(0, 3).Select(r => table[r, "channel"]));
        double[] share = [0.2, 0.4, 0.4], removal = [0.5, 1, 1];
        for (int r = 0; r < 3; r++)
        {
            TableAssert.Number(share[r], table[r, "conversions"]);
            TableAssert.Number(share[r], table[r, "share"]);
            TableAssert.Number(removal[r], table[r, "removal_effect"]);
        }

        TableAssert.Agrees(table, result.ToMarkdown(), result.ToRows());
    }
}
