using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class StepMatrixTests
{
    [Fact]
    public void ToTable_TwoPaths_LongFormWithZeroCounts()
    {
        // Paths a → b and b. Step 1: 2 journeys, a 1 (0.5), b 1 (0.5). Step 2: 1 journey, a 0 (0), b 1 (1).
        var matrix = StepMatrix.Build([ConversionPath.Single(["a", "b"], true), ConversionPath.Single(["b"], false)]);

        ResultTable table = matrix.ToTable();

        TableAssert.Columns(table, "step", "state", "count", "journeys", "share");
        (long Step, string State, long Count, long Journeys, double Share)[] expected =
            [(1, "a", 1, 2, 0.5), (1, "b", 1, 2, 0.5), (2, "a", 0, 1, 0), (2, "b", 1, 1, 1)];
        Assert.Equal(expected.Length, table.RowCount);
        for (int r = 0; r < expected.Length; r++)
        {
            Assert.Equal([expected[r].Step, expected[r].State, expected[r].Count, expected[r].Journeys], Enumerable.Range(0, 4).Select(c => table[r, c]));
            TableAssert.Number(expected[r].Share, table[r, "share"]);
        }

        TableAssert.Agrees(table, matrix.ToMarkdown(), matrix.ToRows());
    }
}
