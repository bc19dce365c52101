namespace CxCore.Tests;

public sealed class LifecycleStageTests
{
    private static readonly LifecycleModel Sales = LifecycleModel.Create("Sales", "Lead", "Deal", "Won");

    [Fact]
    public void Properties_AreNameOrdinalAndModel()
    {
        LifecycleStage deal = Sales.Stages[1];

        Assert.Equal("Deal", deal.Name);
        Assert.Equal(1, deal.Ordinal);
        Assert.Same(Sales, deal.Model);
        Assert.Equal("Deal", deal.ToString());
    }

    [Fact]
    public void Compare_SameModel_FollowsOrdinal()
    {
        LifecycleStage lead = Sales.Stages[0];
        LifecycleStage won = Sales.Stages[2];

        Assert.True(lead < won);
        Assert.True(won > lead);
        Assert.True(lead <= Sales.GetStage("LEAD"));
        Assert.True(won >= lead);
        Assert.False(won < lead);
        Assert.True(lead.CompareTo(won) < 0);
        Assert.Equal(0, won.CompareTo(Sales.Stages[2]));
        Assert.True(won.CompareTo(null) > 0);
        Assert.True(null < lead);
        Assert.True((LifecycleStage?)null <= null);
    }

    [Fact]
    public void Compare_EqualButDistinctModels_Works()
    {
        var copy = LifecycleModel.Create("Sales", "Lead", "Deal", "Won");

        Assert.True(Sales.Stages[0] < copy.Stages[1]);
        Assert.Equal(Sales.Stages[1], copy.Stages[1]);
        Assert.Equal(Sales.Stages[1].GetHashCode(), copy.Stages[1].GetHashCode());
    }

    [Fact]
    public void CompareTo_DifferentModels_Throws()
    {
        LifecycleStage lead = Sales.Stages[0];
        LifecycleStage awareness = LifecycleModel.Default.Stages[0];

        var error = Assert.Throws<InvalidOperationException>(() => lead.CompareTo(awareness));
        Assert.Contains("different lifecycle model", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => lead < awareness);
        Assert.Throws<InvalidOperationException>(() => lead > awareness);
        Assert.Throws<InvalidOperationException>(() => lead <= awareness);
        Assert.Throws<InvalidOperationException>(() => lead >= awareness);
    }

    [Fact]
    public void Equals_DifferentModelsOrOrdinals_AreNotEqual()
    {
        Assert.NotEqual(Sales.Stages[0], LifecycleModel.Default.Stages[0]);
        Assert.NotEqual(Sales.Stages[0], Sales.Stages[1]);
        Assert.True(Sales.Stages[0] != Sales.Stages[1]);
        Assert.True(Sales.Stages[0] == Sales.GetStage("lead"));
        Assert.False(Sales.Stages[0].Equals((object?)null));
        Assert.True(Sales.Stages[0].Equals((object)Sales.Stages[0]));
    }
}
