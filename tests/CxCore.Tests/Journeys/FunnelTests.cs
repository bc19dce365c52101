using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(PathArbitraries)])]
public sealed partial class FunnelTests
{
    private static readonly string[] Stages = ["home", "product", "cart", "checkout"];

    // Journeys (weights): home→product→cart→checkout (5), home→product (4), product→cart (3),
    // search→home→blog→cart (2), cart→home→product (1), blog (7).
    private static ConversionPath[] Shop =>
    [
        ConversionPath.FromCounts(["home", "product", "cart", "checkout"], 3, 2),
        ConversionPath.FromCounts(["home", "product"], 0, 4),
        ConversionPath.FromCounts(["product", "cart"], 1, 2),
        ConversionPath.FromCounts(["search", "home", "blog", "cart"], 0, 2),
        ConversionPath.FromCounts(["cart", "home", "product"], 0, 1),
        ConversionPath.FromCounts(["blog"], 0, 7),
    ];

    [Fact]
    public void Build_Closed_HandCounts()
    {
        // Enter at home: 5 + 4 + 2 + 1 = 12. Product after home: 5 + 4 + 1 = 10 (the search path has no product after
        // home). Cart after product: 5. Checkout: 5. Drop-offs 2, 5, 0, 0.
        var funnel = Funnel.Build(Shop, Stages);

        Assert.Equal(FunnelKind.Closed, funnel.Kind);
        Assert.Equal(12, funnel.Entered);
        Assert.Equal([12L, 0, 0, 0], funnel.Steps.Select(s => s.Entered));
        Assert.Equal([12L, 10, 5, 5], funnel.Steps.Select(s => s.Reached));
        Assert.Equal([2L, 5, 0, 0], funnel.Steps.Select(s => s.DropOff));
        Assert.Equal([1.0, 10.0 / 12, 5.0 / 12, 5.0 / 12], funnel.Steps.Select(s => s.Share));
        Assert.Equal(0.5, funnel.Steps[1].DropOffRate);
        Assert.Equal("cart", funnel.Steps[2].Stage);
        Assert.Equal(2, funnel.Steps[2].Index);
    }

    [Fact]
    public void Build_Open_LaterEntriesCount()
    {
        // As closed, plus product → cart (3) entering at product: reached 12, 13, 8, 5 of 15 entered.
        // Drop-offs: home 12 − (13 − 3) = 2, product 13 − 8 = 5, cart 8 − 5 = 3, checkout 0.
        var funnel = Funnel.Build(Shop, Stages, FunnelKind.Open);

        Assert.Equal(15, funnel.Entered);
        Assert.Equal([12L, 3, 0, 0], funnel.Steps.Select(s => s.Entered));
        Assert.Equal([12L, 13, 8, 5], funnel.Steps.Select(s => s.Reached));
        Assert.Equal([2L, 5, 3, 0], funnel.Steps.Select(s => s.DropOff));
        Assert.Equal(13.0 / 15, funnel.Steps[1].Share);
    }

    [Fact]
    public void Build_RepeatedStage_MatchesInOrder()
    {
        // a → b → a reaches a, b, a; a → b reaches a, b only.
        var funnel = Funnel.Build([ConversionPath.Single(["a", "b", "a"], true), ConversionPath.Single(["a", "b"], false)], ["a", "b", "a"]);

        Assert.Equal([2L, 2, 1], funnel.Steps.Select(s => s.Reached));
    }

    [Fact]
    public void Build_NobodyEnters_SharesAreNaN()
    {
        var funnel = Funnel.Build([ConversionPath.Single(["x"], true)], ["a", "b"]);

        Assert.Equal(0, funnel.Entered);
        Assert.All(funnel.Steps, s => Assert.True(double.IsNaN(s.Share) && double.IsNaN(s.DropOffRate)));
    }

    [ScaledProperty(300)]
    public bool Build_Random_ClosedSharesNeverIncrease(ConversionPath[] paths)
    {
        var funnel = Funnel.Build(paths, ["a", "b", "c", "a"]);
        var steps = funnel.Steps;
        return funnel.Entered == 0
            || (steps[0].Share == 1 && steps.Zip(steps.Skip(1)).All(p => p.Second.Share <= p.First.Share && p.Second.Reached == p.First.Reached - p.First.DropOff));
    }

    [ScaledProperty(300)]
    public bool Build_Random_OpenContinuationsNeverExceedReached(ConversionPath[] paths)
    {
        var steps = Funnel.Build(paths, ["a", "b", "c"], FunnelKind.Open).Steps;
        return steps.All(s => s.DropOff >= 0 && s.DropOff <= s.Reached && s.Entered <= s.Reached);
    }

    [Fact]
    public void Build_BadStages_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Funnel.Build(Shop, null!));
        Assert.Throws<ArgumentNullException>(() => Funnel.Build(null!, Stages));
        Assert.Contains("at least one stage", Assert.Throws<ArgumentException>(() => Funnel.Build(Shop, [])).Message, StringComparison.Ordinal);
        Assert.Contains("Stage 1 is blank", Assert.Throws<ArgumentException>(() => Funnel.Build(Shop, ["home", " "])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Funnel.Build(Shop, [TransitionMatrix.StartState]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Funnel.Build(Shop, Stages, (FunnelKind)7));
    }

    [Fact]
    public void ToString_IsAnAlignedTable()
    {
        string text = Funnel.Build(Shop, ["home", "product"]).ToString();

        Assert.Equal(
            string.Join(Environment.NewLine,
                "Closed funnel: 12 journeys entered",
                "stage      entered  reached     share  drop-off  drop-off rate",
                "1 home          12       12  100.00 %         2        16.67 %",
                "2 product        0       10   83.33 %         0         0.00 %"),
            text);
        Assert.Equal("2 product: reached 10 (83.33 %), drop-off 0", Funnel.Build(Shop, ["home", "product"]).Steps[1].ToString());
    }
}
