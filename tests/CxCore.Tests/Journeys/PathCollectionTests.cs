using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed class PathCollectionTests
{
    [Fact]
    public void From_Paths_InternsNamesInOrdinalOrderAndTotals()
    {
        var collection = PathCollection.From([
            ConversionPath.FromCounts(["search", "Email", "search"], 2, 3),
            ConversionPath.FromCounts(["direct"], 0, 4),
        ]);

        // Ordinal order puts upper case first.
        Assert.Equal(["Email", "direct", "search"], collection.StepNames);
        Assert.Equal(2, collection.Count);
        Assert.Equal(2, collection.TotalConversions);
        Assert.Equal(7, collection.TotalNonConversions);
        Assert.Equal(9, collection.TotalJourneys);
        Assert.Equal(["search", "Email", "search"], collection[0].Steps);
        Assert.Equal([2, 0, 2, 1], collection.StepIds);
    }

    [Fact]
    public void From_DistinctStringInstances_InternAsOneName()
    {
        string a1 = new('a', 3), a2 = new('a', 3);

        var collection = PathCollection.From([ConversionPath.Single([a1, a2], true)]);

        Assert.Equal(["aaa"], collection.StepNames);
    }

    [Fact]
    public void From_ACollection_ReturnsItself()
    {
        var collection = PathCollection.From([ConversionPath.Single(["a"], true)]);

        Assert.Same(collection, PathCollection.From(collection));
    }

    [Fact]
    public void From_Empty_HasNothing()
    {
        var collection = PathCollection.From([]);

        Assert.Empty(collection);
        Assert.Empty(collection.StepNames);
        Assert.Equal(0, collection.TotalJourneys);
    }

    [Fact]
    public void From_Enumerates_InInputOrder()
    {
        ConversionPath[] paths = [ConversionPath.Single(["b"], true), ConversionPath.Single(["a"], false)];

        Assert.Equal(paths, PathCollection.From(paths).ToArray());
    }

    [Fact]
    public void From_NullPath_ThrowsNamingPosition()
    {
        var error = Assert.Throws<ArgumentException>(() => PathCollection.From([ConversionPath.Single(["a"], true), null!]));

        Assert.Equal("paths", error.ParamName);
        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_Null_Throws() => Assert.Throws<ArgumentNullException>(() => PathCollection.From(null!));

    [Fact]
    public void From_TotalOverflows_Throws() =>
        Assert.Throws<OverflowException>(() => PathCollection.From([
            ConversionPath.FromCounts(["a"], long.MaxValue - 1, 0),
            ConversionPath.FromCounts(["a"], 5, 0),
        ]));
}
