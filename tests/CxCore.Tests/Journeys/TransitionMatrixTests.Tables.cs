using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class TransitionMatrixTests
{
    [Fact]
    public void ToTable_PublicExample_LongFormOfObservedTransitions()
    {
        // By hand (Build_PublicExample_CountsEveryTransition): start → c1 2, start → c2 1 (row total 3); c1 → c2 1,
        // c1 → null 1; c2 → c3 2; c3 → conversion 1, c3 → null 1.
        var matrix = TransitionMatrix.Build(PublicExample);

        ResultTable table = matrix.ToTable();

        TableAssert.Columns(table, "from", "to", "count", "probability");
        (string From, string To, long Count, double P)[] expected =
        [
            (S, "c1", 2, 2.0 / 3), (S, "c2", 1, 1.0 / 3), ("c1", "c2", 1, 0.5), ("c1", N, 1, 0.5), ("c2", "c3", 2, 1),
            ("c3", C, 1, 0.5), ("c3", N, 1, 0.5),
        ];
        Assert.Equal(expected.Length, table.RowCount);
        for (int r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r].From, table[r, "from"]);
            Assert.Equal(expected[r].To, table[r, "to"]);
            Assert.Equal(expected[r].Count, table[r, "count"]);
            TableAssert.Number(expected[r].P, table[r, "probability"]);
        }

        TableAssert.Agrees(table, matrix.ToMarkdown(), matrix.ToRows());
    }

    [Fact]
    public void ToTable_NoPaths_HasNoRows() => Assert.Equal(0, TransitionMatrix.Build([]).ToTable().RowCount);
}
