using CxCore.Analysis;

namespace CxCore.Tests.Analysis;

public sealed partial class KeyDriverAnalysisTests
{
    private sealed record Car(double Mpg, double Cyl, double Disp, double Hp, double Wt);

    [Fact]
    public void Compute_NamedColumns_MatchesRAndTheParallelColumns()
    {
        // Columns in any dictionary order (plus one the analysis does not use); drivers in the order asked for.
        var columns = new Dictionary<string, double[]>
        {
            ["wt"] = Wt, ["mpg"] = Mpg, ["hp"] = Hp, ["cyl"] = Cyl, ["disp"] = Disp, ["unused"] = new double[Mpg.Length],
        };

        KeyDriverResult result = KeyDriverAnalysis.Compute(columns, "mpg", ["cyl", "disp", "hp", "wt"]);

        // The R values of Compute_Mtcars_MatchesR.
        Assert.Equal(["cyl", "disp", "hp", "wt"], result.Drivers.Select(d => d.Name));
        Assert.Equal(0.848634793421233, result.RSquared, 1e-9);
        AssertAll([0.209690357573585, 0.188304269370066, 0.179958980425758, 0.270681186051825], result.Drivers.Select(d => d.RelativeWeight), 1e-6);
        AssertAll([0.215709386095256, 0.200698374738939, 0.170076945800816, 0.262150086786223], result.Drivers.Select(d => d.Shapley), 1e-6);
        Assert.Equal(KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames).ToString(), result.ToString());
    }

    [Fact]
    public void Compute_NamedColumnsWithoutDriverList_UsesEveryOtherColumnInNameOrder()
    {
        var columns = new Dictionary<string, List<double>>
        {
            ["wt"] = [.. Wt], ["mpg"] = [.. Mpg], ["hp"] = [.. Hp], ["cyl"] = [.. Cyl], ["disp"] = [.. Disp],
        };

        KeyDriverResult result = KeyDriverAnalysis.Compute(columns, "mpg");

        Assert.Equal(["cyl", "disp", "hp", "wt"], result.Drivers.Select(d => d.Name));
        Assert.Equal(0.848634793421233, result.RSquared, 1e-9);
    }

    [Fact]
    public void Compute_RowsWithSelectors_MatchesTheParallelColumns()
    {
        Car[] cars = Enumerable.Range(0, Mpg.Length).Select(i => new Car(Mpg[i], Cyl[i], Disp[i], Hp[i], Wt[i])).ToArray();

        KeyDriverResult result = KeyDriverAnalysis.Compute(cars, c => c.Mpg,
            [("cyl", c => c.Cyl), ("disp", c => c.Disp), ("hp", c => c.Hp), ("wt", c => c.Wt)]);

        Assert.Equal(["cyl", "disp", "hp", "wt"], result.Drivers.Select(d => d.Name));
        AssertAll([-0.852161959426613, -0.847551379262479, -0.776168371826586, -0.867659376517228], result.Drivers.Select(d => d.Correlation), 1e-9);
        Assert.Equal(KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames).ToString(), result.ToString());
    }

    [Fact]
    public void Compute_WithoutOptions_RunsNoBootstrap()
    {
        KeyDriverResult result = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames);

        Assert.Equal(0, new KeyDriverOptions().BootstrapSamples);
        Assert.Equal(0, result.BootstrapSamples);
        Assert.Equal(0, result.BootstrapFailures);
        Assert.All(result.Drivers, d => Assert.False(d.RelativeWeightInterval.IsDefined));
    }

    [Fact]
    public void Compute_NamedColumns_BadNames_ThrowNamingThem()
    {
        var columns = new Dictionary<string, double[]> { ["mpg"] = Mpg, ["wt"] = Wt, ["cyl"] = Cyl };

        ArgumentException noOutcome = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(columns, "MPG"));
        Assert.Equal("outcome", noOutcome.ParamName);
        Assert.Contains("'MPG'", noOutcome.Message, StringComparison.Ordinal);
        Assert.Contains("'cyl', 'mpg', 'wt'", noOutcome.Message, StringComparison.Ordinal);

        ArgumentException noDriver = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(columns, "mpg", ["wt", "hp"]));
        Assert.Equal("drivers", noDriver.ParamName);
        Assert.Contains("'hp'", noDriver.Message, StringComparison.Ordinal);

        Assert.Equal("drivers", Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(columns, "mpg", ["wt", "mpg"])).ParamName);
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(columns, "mpg", ["wt", null!]));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute((Dictionary<string, double[]>)null!, "mpg"));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(new Dictionary<string, double[]> { ["mpg"] = Mpg, ["wt"] = null! }, "mpg"));
    }

    [Fact]
    public void Compute_Rows_BadArguments_Throw()
    {
        Car[] cars = [new(1, 2, 3, 4, 5)];

        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute((Car[])null!, c => c.Mpg, [("wt", c => c.Wt)]));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(cars, null!, [("wt", c => c.Wt)]));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(cars, c => c.Mpg, [("wt", null!)]));
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(cars, c => c.Mpg, [("wt", c => c.Wt), ("wt", c => c.Hp)]));
    }

    [Fact]
    public void Compute_PreCancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var columns = new Dictionary<string, double[]> { ["mpg"] = Mpg, ["wt"] = Wt, ["cyl"] = Cyl };
        Car[] cars = Enumerable.Range(0, Mpg.Length).Select(i => new Car(Mpg[i], Cyl[i], Disp[i], Hp[i], Wt[i])).ToArray();

        Assert.Throws<OperationCanceledException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl, Wt], ["cyl", "wt"], null, source.Token));
        Assert.Throws<OperationCanceledException>(() => KeyDriverAnalysis.Compute(columns, "mpg", null, null, source.Token));
        Assert.Throws<OperationCanceledException>(() => KeyDriverAnalysis.Compute(cars, c => c.Mpg, [("wt", c => c.Wt)], null, source.Token));
    }

    [Fact]
    public void BootstrapAndShapley_CheckTheTokenAsTheyGo()
    {
        // The inner loops check the token themselves (per resample; every 1,024 Shapley subsets), so a cancellation
        // that arrives while they run stops them: here the token is already cancelled when they start.
        using var source = new CancellationTokenSource();
        source.Cancel();
        double[][] columns = [Cyl, Disp, Hp, Wt, Mpg];
        double[,] correlations = new double[13, 13];
        for (int i = 0; i < 13; i++)
        {
            correlations[i, i] = 1;
        }

        Assert.Throws<OperationCanceledException>(() => KeyDriverAnalysis.Bootstrap(columns, new KeyDriverOptions { BootstrapSamples = 100 }, source.Token));
        Assert.Throws<OperationCanceledException>(() => KeyDriverAnalysis.Shapley(correlations, 12, source.Token));
        Assert.Equal(4, KeyDriverAnalysis.Bootstrap(columns, new KeyDriverOptions { BootstrapSamples = 0 }, source.Token).Intervals.Length);
        Assert.Equal(3, KeyDriverAnalysis.Shapley(new double[4, 4] { { 1, 0, 0, 0.5 }, { 0, 1, 0, 0.5 }, { 0, 0, 1, 0 }, { 0.5, 0.5, 0, 1 } }, 3, source.Token).Length);
    }
}
