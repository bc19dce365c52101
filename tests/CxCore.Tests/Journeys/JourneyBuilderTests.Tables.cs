using CxCore.Journeys;
using static CxCore.Tests.Journeys.JourneyFixtures;

namespace CxCore.Tests.Journeys;

public sealed partial class JourneyBuilderTests
{
    [Fact]
    public void ToTable_ExactDuplicate_OneIssueRow()
    {
        JourneyBuildResult result = Builder.Build([Point("a1", 0), Point("a1", 0), Point("a2", 1)], []);

        ResultTable table = result.ToTable();

        TableAssert.Columns(table, "customer", "kind", "item_id", "detail");
        Assert.Equal(1, table.RowCount);
        Assert.Equal([Ann.Value, "DuplicateTouchpoint", "a1", result.Issues[0].Detail], Enumerable.Range(0, 4).Select(c => table[0, c]));
        TableAssert.Agrees(table, result.ToMarkdown(), result.ToRows());
        Assert.Equal("1 journeys, 1 issues, 0 collapsed touchpoints\n" + table, result.ToString());
    }

    [Fact]
    public void ToTable_CleanInput_HasNoRows() => Assert.Equal(0, Builder.Build([Point("a1", 0)], []).ToTable().RowCount);
}
