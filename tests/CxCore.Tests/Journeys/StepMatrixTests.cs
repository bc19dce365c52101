using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(PathArbitraries)])]
public sealed partial class StepMatrixTests
{
    [Fact]
    public void Build_HandExample_CountsAndShares()
    {
        // a → b (3 journeys), b (1), a → a → c (2). Index 0: a 5, b 1 of 6. Index 1: b 3, a 2 of 5. Index 2: c 2 of 2.
        var matrix = StepMatrix.Build([
            ConversionPath.FromCounts(["a", "b"], 1, 2),
            ConversionPath.FromCounts(["b"], 0, 1),
            ConversionPath.FromCounts(["a", "a", "c"], 2, 0),
        ]);

        Assert.Equal(["a", "b", "c"], matrix.StepNames);
        Assert.Equal(3, matrix.Length);
        Assert.Equal([6L, 5, 2], Enumerable.Range(0, 3).Select(matrix.JourneysAt));
        Assert.Equal(5, matrix.Count("a", 0));
        Assert.Equal(1, matrix.Count("b", 0));
        Assert.Equal(0, matrix.Count("c", 0));
        Assert.Equal(5.0 / 6, matrix.Share("a", 0), 15);
        Assert.Equal(0.6, matrix.Share("b", 1), 15);
        Assert.Equal(0.4, matrix.Share("a", 1), 15);
        Assert.Equal(1.0, matrix.Share("c", 2));
    }

    [ScaledProperty(300)]
    public bool Build_Random_EveryColumnSumsToOne(ConversionPath[] paths)
    {
        var matrix = StepMatrix.Build(paths);
        return Enumerable.Range(0, matrix.Length).All(i =>
            Math.Abs(matrix.StepNames.Sum(s => matrix.Share(s, i)) - 1) < 1e-12
            && matrix.StepNames.Sum(s => matrix.Count(s, i)) == matrix.JourneysAt(i));
    }

    [Fact]
    public void Build_NoPaths_IsEmpty()
    {
        var matrix = StepMatrix.Build([]);

        Assert.Equal(0, matrix.Length);
        Assert.Empty(matrix.StepNames);
    }

    [Fact]
    public void Accessors_BadArguments_Throw()
    {
        var matrix = StepMatrix.Build([ConversionPath.Single(["a", "b"], true)]);

        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Count("a", 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Share("a", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.JourneysAt(2));
        Assert.Throws<KeyNotFoundException>(() => matrix.Count("z", 0));
        Assert.Throws<ArgumentNullException>(() => matrix.Count(null!, 0));
        Assert.Throws<ArgumentNullException>(() => StepMatrix.Build(null!));
    }

    [Fact]
    public void ToString_ShowsSharesInPercent()
    {
        string text = StepMatrix.Build([ConversionPath.Single(["a", "b"], true), ConversionPath.Single(["b"], false)]).ToString();

        Assert.Equal(
            string.Join(Environment.NewLine,
                "step       1        2",
                "a     50.0 %    0.0 %",
                "b     50.0 %  100.0 %"),
            text);
    }
}
