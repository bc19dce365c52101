using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(PathArbitraries)])]
public sealed partial class TransitionMatrixTests
{
    private const string S = TransitionMatrix.StartState, C = TransitionMatrix.ConversionState, N = TransitionMatrix.NullState;

    // The public example of METRICS.md: c1 → c2 → c3 converts, c1 and c2 → c3 do not.
    internal static ConversionPath[] PublicExample =>
    [
        ConversionPath.Single(["c1", "c2", "c3"], converted: true),
        ConversionPath.Single(["c1"], converted: false),
        ConversionPath.Single(["c2", "c3"], converted: false),
    ];

    [Fact]
    public void Build_PublicExample_CountsEveryTransition()
    {
        var matrix = TransitionMatrix.Build(PublicExample);

        Assert.Equal([S, "c1", "c2", "c3", C, N], matrix.States);

        // By hand: start → c1 twice, start → c2 once; c1 → c2 once, c1 → null once; c2 → c3 twice;
        // c3 → conversion once, c3 → null once.
        Assert.Equal(2, matrix.Count(S, "c1"));
        Assert.Equal(1, matrix.Count(S, "c2"));
        Assert.Equal(0, matrix.Count(S, "c3"));
        Assert.Equal(1, matrix.Count("c1", "c2"));
        Assert.Equal(1, matrix.Count("c1", N));
        Assert.Equal(2, matrix.Count("c2", "c3"));
        Assert.Equal(1, matrix.Count("c3", C));
        Assert.Equal(1, matrix.Count("c3", N));
        Assert.Equal(3, matrix.RowTotal(S));
        Assert.Equal(2, matrix.RowTotal("c2"));

        Assert.Equal(2.0 / 3, matrix.Probability(S, "c1"), 15);
        Assert.Equal(1.0 / 3, matrix.Probability(S, "c2"), 15);
        Assert.Equal(0.5, matrix.Probability("c1", N));
        Assert.Equal(1.0, matrix.Probability("c2", "c3"));
        Assert.Equal(0.0, matrix.Probability("c2", "c1"));
    }

    [Fact]
    public void Build_WeightedPathWithRepeat_CountsSelfTransitionsAndWeights()
    {
        // a → a → b with 2 conversions and 3 non-conversions: start → a 5, a → a 5, a → b 5, b → conversion 2, b → null 3.
        var matrix = TransitionMatrix.Build([ConversionPath.FromCounts(["a", "a", "b"], 2, 3)]);

        Assert.Equal(5, matrix.Count(S, "a"));
        Assert.Equal(5, matrix.Count("a", "a"));
        Assert.Equal(0.5, matrix.Probability("a", "a"));
        Assert.Equal(0.4, matrix.Probability("b", C));
        Assert.Equal(0.6, matrix.Probability("b", N));
    }

    [Fact]
    public void Probability_AbsorbingStates_StayPut()
    {
        var matrix = TransitionMatrix.Build(PublicExample);

        Assert.Equal(1.0, matrix.Probability(C, C));
        Assert.Equal(0.0, matrix.Probability(C, N));
        Assert.Equal(1.0, matrix.Probability(N, N));
        Assert.Equal(0, matrix.Count(N, N));
        Assert.Equal(0, matrix.RowTotal(C));
        Assert.Equal(0.0, matrix.Probability("c1", S));
    }

    [Fact]
    public void Build_NoPaths_StartRowIsNaN()
    {
        var matrix = TransitionMatrix.Build([]);

        Assert.Equal([S, C, N], matrix.States);
        Assert.True(double.IsNaN(matrix.Probability(S, C)));
        Assert.Equal(0, matrix.RowTotal(S));
    }

    [Fact]
    public void Count_UnknownState_Throws()
    {
        var matrix = TransitionMatrix.Build(PublicExample);

        Assert.Throws<KeyNotFoundException>(() => matrix.Count("c9", "c1"));
        Assert.Throws<KeyNotFoundException>(() => matrix.Probability("c1", "c9"));
        Assert.Throws<KeyNotFoundException>(() => matrix.RowTotal("c9"));
        Assert.Throws<ArgumentNullException>(() => matrix.Count(null!, "c1"));
    }

    [Fact]
    public void Build_Null_Throws() => Assert.Throws<ArgumentNullException>(() => TransitionMatrix.Build(null!));

    [ScaledProperty(300)]
    public bool Build_Random_EveryTransientRowSumsToOne(ConversionPath[] paths)
    {
        var matrix = TransitionMatrix.Build(paths);
        foreach (string from in matrix.States.Take(matrix.States.Count - 2))
        {
            double sum = matrix.States.Sum(to => matrix.Probability(from, to));
            long total = matrix.States.Sum(to => matrix.Count(from, to));
            if (Math.Abs(sum - 1) > 1e-12 || total != matrix.RowTotal(from))
            {
                return false;
            }
        }

        return matrix.RowTotal(S) == paths.Sum(p => p.Journeys);
    }

    [Fact]
    public void ToString_IsAnAlignedTable()
    {
        string text = TransitionMatrix.Build([ConversionPath.Single(["a"], true)]).ToString();

        Assert.Equal(
            string.Join(Environment.NewLine,
                "from \\ to     (start)       a  (conversion)  (null)",
                "(start)        0.0000  1.0000        0.0000  0.0000",
                "a              0.0000  0.0000        1.0000  0.0000",
                "(conversion)   0.0000  0.0000        1.0000  0.0000",
                "(null)         0.0000  0.0000        0.0000  1.0000"),
            text);
    }
}
