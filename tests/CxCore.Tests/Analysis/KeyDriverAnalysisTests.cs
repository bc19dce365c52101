using CxCore.Analysis;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests.Analysis;

[Properties(Arbitrary = [typeof(KeyDriverAnalysisTests.Arbitraries)])]
public sealed partial class KeyDriverAnalysisTests
{
    /// <summary>1–7 drivers, 2–40 more rows than drivers, and a seed for the uniform random values.</summary>
    public sealed record RandomData(int Drivers, int Rows, int Seed);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<RandomData> AnyData() =>
            (from p in Gen.Choose(1, 7)
             from extra in Gen.Choose(2, 40)
             from seed in Gen.Choose(0, int.MaxValue)
             select new RandomData(p, p + extra, seed)).ToArbitrary();
    }

    // Expected values from base R 4.x (relaimpo is not available, so LMG enumerates subsets and Johnson's weights
    // come from the eigen decomposition of the predictor correlation matrix):
    //
    //   rw <- function(y, X) {
    //     R <- cor(X); rxy <- cor(X, y); e <- eigen(R, symmetric = TRUE)
    //     L <- e$vectors %*% diag(sqrt(e$values)) %*% t(e$vectors)
    //     b <- solve(L, rxy); as.vector((L^2) %*% (b^2)) }
    //   r2 <- function(y, X, S) { if (length(S) == 0) return(0)
    //     R <- cor(X[, S, drop = FALSE]); r <- cor(X[, S, drop = FALSE], y); as.numeric(t(r) %*% solve(R, r)) }
    //   lmg <- function(y, X) { p <- ncol(X); phi <- numeric(p)
    //     for (j in 1:p) for (m in 0:(2^p - 1)) { S <- which(bitwAnd(m, 2^(0:(p-1))) > 0); if (j %in% S) next
    //       w <- factorial(length(S)) * factorial(p - length(S) - 1) / factorial(p)
    //       phi[j] <- phi[j] + w * (r2(y, X, c(S, j)) - r2(y, X, S)) }
    //     phi }
    //   report <- function(y, X) { fit <- lm(scale(y) ~ scale(X))
    //     list(r = as.vector(cor(X, y)), beta = coef(fit)[-1], R2 = summary(fit)$r.squared, rw = rw(y, X), lmg = lmg(y, X)) }
    //   report(mtcars$mpg, as.matrix(mtcars[, c("cyl", "disp", "hp", "wt")]))
    //   report(swiss$Fertility, as.matrix(swiss[, -1]))

    // R's datasets::mtcars (Henderson and Velleman 1981), columns mpg, cyl, disp, hp, wt.
    private static readonly double[] Mpg = [21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4];
    private static readonly double[] Cyl = [6, 6, 4, 6, 8, 6, 8, 4, 4, 6, 6, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 4, 8, 6, 8, 4];
    private static readonly double[] Disp = [160.0, 160.0, 108.0, 258.0, 360.0, 225.0, 360.0, 146.7, 140.8, 167.6, 167.6, 275.8, 275.8, 275.8, 472.0, 460.0, 440.0, 78.7, 75.7, 71.1, 120.1, 318.0, 304.0, 350.0, 400.0, 79.0, 120.3, 95.1, 351.0, 145.0, 301.0, 121.0];
    private static readonly double[] Hp = [110, 110, 93, 110, 175, 105, 245, 62, 95, 123, 123, 180, 180, 180, 205, 215, 230, 66, 52, 65, 97, 150, 150, 245, 175, 66, 91, 113, 264, 175, 335, 109];
    private static readonly double[] Wt = [2.620, 2.875, 2.320, 3.215, 3.440, 3.460, 3.570, 3.190, 3.150, 3.440, 3.440, 4.070, 3.730, 3.780, 5.250, 5.424, 5.345, 2.200, 1.615, 1.835, 2.465, 3.520, 3.435, 3.840, 3.845, 1.935, 2.140, 1.513, 3.170, 2.770, 3.570, 2.780];

    // R's datasets::swiss (Mosteller and Tukey 1977): Fertility on the five other columns.
    private static readonly double[] Fertility = [80.2, 83.1, 92.5, 85.8, 76.9, 76.1, 83.8, 92.4, 82.4, 82.9, 87.1, 64.1, 66.9, 68.9, 61.7, 68.3, 71.7, 55.7, 54.3, 65.1, 65.5, 65.0, 56.6, 57.4, 72.5, 74.2, 72.0, 60.5, 58.3, 65.4, 75.5, 69.3, 77.3, 70.5, 79.4, 65.0, 92.2, 79.3, 70.4, 65.7, 72.7, 64.4, 77.6, 67.6, 35.0, 44.7, 42.8];
    private static readonly double[] Agriculture = [17.0, 45.1, 39.7, 36.5, 43.5, 35.3, 70.2, 67.8, 53.3, 45.2, 64.5, 62.0, 67.5, 60.7, 69.3, 72.6, 34.0, 19.4, 15.2, 73.0, 59.8, 55.1, 50.9, 54.1, 71.2, 58.1, 63.5, 60.8, 26.8, 49.5, 85.9, 84.9, 89.7, 78.2, 64.9, 75.9, 84.6, 63.1, 38.4, 7.7, 16.7, 17.6, 37.6, 18.7, 1.2, 46.6, 27.7];
    private static readonly double[] Examination = [15, 6, 5, 12, 17, 9, 16, 14, 12, 16, 14, 21, 14, 19, 22, 18, 17, 26, 31, 19, 22, 14, 22, 20, 12, 14, 6, 16, 25, 15, 3, 7, 5, 12, 7, 9, 3, 13, 26, 29, 22, 35, 15, 25, 37, 16, 22];
    private static readonly double[] Education = [12, 9, 5, 7, 15, 7, 7, 8, 7, 13, 6, 12, 7, 12, 5, 2, 8, 28, 20, 9, 10, 3, 12, 6, 1, 8, 3, 10, 19, 8, 2, 6, 2, 6, 3, 9, 3, 13, 12, 11, 13, 32, 7, 7, 53, 29, 29];
    private static readonly double[] Catholic = [9.96, 84.84, 93.40, 33.77, 5.16, 90.57, 92.85, 97.16, 97.67, 91.38, 98.61, 8.52, 2.27, 4.43, 2.82, 24.20, 3.30, 12.11, 2.15, 2.84, 5.23, 4.52, 15.14, 4.20, 2.40, 5.23, 2.56, 7.72, 18.46, 6.10, 99.71, 99.68, 100.00, 98.96, 98.22, 99.06, 99.46, 96.83, 5.62, 13.79, 11.22, 16.92, 4.97, 8.65, 42.34, 50.43, 58.33];
    private static readonly double[] InfantMortality = [22.2, 22.2, 20.2, 20.3, 20.6, 26.6, 23.6, 24.9, 21.0, 24.4, 24.5, 16.5, 19.1, 22.7, 18.7, 21.2, 20.0, 20.2, 10.8, 20.0, 18.0, 22.4, 16.7, 15.3, 21.0, 23.8, 18.0, 16.3, 20.9, 22.5, 15.1, 19.8, 18.3, 19.4, 20.2, 17.8, 16.3, 18.1, 20.3, 20.5, 18.9, 23.0, 20.0, 19.5, 18.0, 18.2, 19.3];

    private static readonly string[] CarNames = ["cyl", "disp", "hp", "wt"];
    private static readonly KeyDriverOptions NoBootstrap = new() { BootstrapSamples = 0 };

    [Fact]
    public void Compute_Mtcars_MatchesR()
    {
        KeyDriverResult result = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, NoBootstrap);

        Assert.Equal(32, result.Count);
        Assert.Equal(0, result.DroppedRows);
        Assert.Equal(0.848634793421233, result.RSquared, 1e-9);
        AssertAll([-0.852161959426613, -0.847551379262479, -0.776168371826586, -0.867659376517228], result.Drivers.Select(d => d.Correlation), 1e-9);
        AssertAll([-0.383240019771790, 0.238527784871564, -0.233645617282489, -0.625669999822543], result.Drivers.Select(d => d.StandardizedBeta), 1e-9);
        AssertAll([0.209690357573585, 0.188304269370066, 0.179958980425758, 0.270681186051825], result.Drivers.Select(d => d.RelativeWeight), 1e-6);
        AssertAll([0.215709386095256, 0.200698374738939, 0.170076945800816, 0.262150086786223], result.Drivers.Select(d => d.Shapley), 1e-6);
        Assert.Equal(100 * 0.270681186051825 / 0.848634793421233, result.Drivers[3].RelativeWeightPercent, 1e-6);
        Assert.Equal(100 * 0.262150086786223 / 0.848634793421233, result.Drivers[3].ShapleyPercent, 1e-6);
    }

    [Fact]
    public void Compute_Swiss_MatchesR()
    {
        KeyDriverResult result = KeyDriverAnalysis.Compute(Fertility, [Agriculture, Examination, Education, Catholic, InfantMortality],
            ["Agriculture", "Examination", "Education", "Catholic", "Infant.Mortality"], NoBootstrap);

        Assert.Equal(47, result.Count);
        Assert.Equal(0.706735001592725, result.RSquared, 1e-9);
        AssertAll([0.353079183619975, -0.645882706457288, -0.663788857035069, 0.463684700651794, 0.416556031434983], result.Drivers.Select(d => d.Correlation), 1e-9);
        AssertAll([-0.312921282499920, -0.164778222539347, -0.670400780106075, 0.347600028144219, 0.251135976298711], result.Drivers.Select(d => d.StandardizedBeta), 1e-9);
        AssertAll([0.0484168958119007, 0.1547082498061600, 0.2719641046459991, 0.1146800299475615, 0.1169657213811046], result.Drivers.Select(d => d.RelativeWeight), 1e-6);
        AssertAll([0.0570912207680912, 0.1711730289002342, 0.2601346786243844, 0.1055701503734937, 0.1127659229265219], result.Drivers.Select(d => d.Shapley), 1e-6);
    }

    [Fact]
    public void Bootstrap_IsSeededReproducibleAndBracketsTheEstimate()
    {
        var options = new KeyDriverOptions { BootstrapSamples = 400, Seed = 7, Confidence = 0.9 };

        KeyDriverResult first = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, options);
        KeyDriverResult again = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, options);
        KeyDriverResult other = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, new KeyDriverOptions { BootstrapSamples = 400, Seed = 8, Confidence = 0.9 });

        Assert.Equal(first.Drivers.Select(d => d.RelativeWeightInterval), again.Drivers.Select(d => d.RelativeWeightInterval));
        Assert.NotEqual(first.Drivers.Select(d => d.RelativeWeightInterval), other.Drivers.Select(d => d.RelativeWeightInterval));
        Assert.Equal(400, first.BootstrapSamples);
        Assert.Equal(0.9, first.Confidence);
        foreach (DriverImportance d in first.Drivers)
        {
            Assert.Equal(0.9, d.RelativeWeightInterval.Level);
            Assert.True(d.RelativeWeightInterval.Lower >= 0 && d.RelativeWeightInterval.Upper <= 1, d.Name);
            Assert.True(d.RelativeWeightInterval.Contains(d.RelativeWeight), d.Name);
        }
    }

    [Fact]
    public void Bootstrap_IsPercentilesOfRelativeWeightsOnRowResamples()
    {
        // Independent replay: draw the same row indices (System.Random with the seed, n draws per resample), run the
        // R-checked point estimate on each materialised resample, and take R's type-7 quantiles by hand:
        // 50 resamples at 90 %: h = 49 × 0.05 = 2.45 → x₍₂₎ + 0.45·(x₍₃₎ − x₍₂₎) (0-based), and h = 46.55 at the top.
        var options = new KeyDriverOptions { BootstrapSamples = 50, Seed = 99, Confidence = 0.9 };
        var random = new Random(99);
        var weights = new List<double>[4];
        for (int j = 0; j < 4; j++)
        {
            weights[j] = [];
        }

        for (int b = 0; b < 50; b++)
        {
            int[] rows = Enumerable.Range(0, 32).Select(_ => random.Next(32)).ToArray();
            KeyDriverResult resample = KeyDriverAnalysis.Compute(rows.Select(i => Mpg[i]).ToArray(),
                [rows.Select(i => Cyl[i]).ToArray(), rows.Select(i => Disp[i]).ToArray(), rows.Select(i => Hp[i]).ToArray(), rows.Select(i => Wt[i]).ToArray()],
                CarNames, NoBootstrap);
            for (int j = 0; j < 4; j++)
            {
                weights[j].Add(resample.Drivers[j].RelativeWeight);
            }
        }

        KeyDriverResult result = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, options);

        Assert.Equal(0, result.BootstrapFailures);
        for (int j = 0; j < 4; j++)
        {
            double[] x = [.. weights[j].Order()];
            Assert.Equal(x[2] + (0.45 * (x[3] - x[2])), result.Drivers[j].RelativeWeightInterval.Lower, 1e-9);
            Assert.Equal(x[46] + (0.55 * (x[47] - x[46])), result.Drivers[j].RelativeWeightInterval.Upper, 1e-9);
        }
    }

    [Fact]
    public void Bootstrap_Off_GivesUndefinedIntervals()
    {
        KeyDriverResult result = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, NoBootstrap);

        Assert.All(result.Drivers, d => Assert.False(d.RelativeWeightInterval.IsDefined));
        Assert.Equal(0, result.BootstrapSamples);
        Assert.Equal(0, result.BootstrapFailures);
    }

    [Fact]
    public void Bootstrap_ConstantInResample_IsSkippedAndCounted()
    {
        // A binary driver with a single 1 in 8 rows is constant (all 0) in about (7/8)^8 ≈ 34 % of resamples.
        double[] y = [1, 2, 3, 4, 5, 6, 7, 9];
        double[] rare = [0, 0, 0, 0, 0, 0, 0, 1];
        double[] x = [1, 3, 2, 5, 4, 7, 6, 8];

        KeyDriverResult result = KeyDriverAnalysis.Compute(y, [rare, x], ["rare", "x"], new KeyDriverOptions { BootstrapSamples = 200, Seed = 1 });

        Assert.InRange(result.BootstrapFailures, 30, 120);
        Assert.True(result.Drivers[0].RelativeWeightInterval.IsDefined);
    }

    [Fact]
    public void MissingValues_ListwiseByDefault_DropAndCount()
    {
        double[] mpg = [.. Mpg, double.NaN, 20];
        double[] cyl = [.. Cyl, 6, 6];
        double[] disp = [.. Disp, 200, 200];
        double[] hp = [.. Hp, 100, double.NaN];
        double[] wt = [.. Wt, 3, 3];

        KeyDriverResult result = KeyDriverAnalysis.Compute(mpg, [cyl, disp, hp, wt], CarNames, NoBootstrap);

        Assert.Equal(32, result.Count);
        Assert.Equal(2, result.DroppedRows);
        Assert.Equal(0.848634793421233, result.RSquared, 1e-9);
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(mpg, [cyl, disp, hp, wt], CarNames,
            new KeyDriverOptions { BootstrapSamples = 0, MissingValues = MissingValueRule.Reject }));
    }

    [ScaledProperty(300)]
    public bool WeightsAndShapleyValues_SumToRSquared_OnRandomData(RandomData c)
    {
        var random = new Random(c.Seed);
        double[][] drivers = Enumerable.Range(0, c.Drivers).Select(_ => Enumerable.Range(0, c.Rows).Select(_ => random.NextDouble()).ToArray()).ToArray();
        double[] outcome = Enumerable.Range(0, c.Rows).Select(i => drivers.Sum(d => d[i]) + random.NextDouble()).ToArray();
        string[] names = Enumerable.Range(0, c.Drivers).Select(j => $"d{j}").ToArray();

        KeyDriverResult result = KeyDriverAnalysis.Compute(outcome, drivers, names, NoBootstrap);

        double weights = result.Drivers.Sum(d => d.RelativeWeight);
        double shapley = result.Drivers.Sum(d => d.Shapley);
        return Math.Abs(weights - result.RSquared) < 1e-9 && Math.Abs(shapley - result.RSquared) < 1e-9
            && result.Drivers.All(d => d.RelativeWeight >= -1e-12)
            && result.RSquared >= 0 && result.RSquared <= 1 + 1e-12;
    }

    [Fact]
    public void Compute_FifteenDrivers_IsAccepted_SixteenRefused()
    {
        var random = new Random(3);
        double[][] drivers = Enumerable.Range(0, 16).Select(_ => Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray()).ToArray();
        double[] outcome = Enumerable.Range(0, 40).Select(i => drivers.Sum(d => d[i]) + random.NextDouble()).ToArray();
        string[] names = Enumerable.Range(0, 16).Select(j => $"d{j}").ToArray();

        KeyDriverResult fifteen = KeyDriverAnalysis.Compute(outcome, drivers[..15], names[..15], NoBootstrap);
        Assert.Equal(fifteen.RSquared, fifteen.Drivers.Sum(d => d.Shapley), 1e-9);

        ArgumentException refused = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(outcome, drivers, names, NoBootstrap));
        Assert.Contains("at most 15 drivers", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ConstantDriverOrOutcome_ThrowsNamingIt()
    {
        double[] constant = Enumerable.Repeat(3.0, 32).ToArray();

        ArgumentException driver = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl, constant], ["cyl", "flat"], NoBootstrap));
        Assert.Contains("'flat' is constant", driver.Message, StringComparison.Ordinal);
        ArgumentException outcome = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(constant, [Cyl, Wt], ["cyl", "wt"], NoBootstrap));
        Assert.Contains("outcome is constant", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TooFewRowsOrCollinear_Throws()
    {
        ArgumentException few = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg[..5], [Cyl[..5], Disp[..5], Hp[..5], Wt[..5]], CarNames, NoBootstrap));
        Assert.Contains("more rows than drivers", few.Message, StringComparison.Ordinal);

        double[] twiceWt = Wt.Select(w => (2 * w) + 1).ToArray();
        ArgumentException collinear = Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [Wt, twiceWt], ["wt", "wt2"], NoBootstrap));
        Assert.Contains("collinear", collinear.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(null!, [Cyl], ["cyl"]));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(Mpg, null!, ["cyl"]));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], null!));
        Assert.Throws<ArgumentNullException>(() => KeyDriverAnalysis.Compute(Mpg, [null!], ["cyl"]));
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [], []));
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], ["cyl", "x"]));
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl, Wt], ["cyl", "cyl"]));
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], [" "]));
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl[..10]], ["cyl"]));
        double[] infinite = [.. Cyl[..31], double.PositiveInfinity];
        Assert.Throws<ArgumentException>(() => KeyDriverAnalysis.Compute(Mpg, [infinite], ["cyl"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], ["cyl"], new KeyDriverOptions { BootstrapSamples = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], ["cyl"], new KeyDriverOptions { BootstrapSamples = -5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], ["cyl"], new KeyDriverOptions { Confidence = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyDriverAnalysis.Compute(Mpg, [Cyl], ["cyl"], new KeyDriverOptions { MissingValues = (MissingValueRule)7 }));
    }

    [Fact]
    public void ToTable_HasDriverRowsAndRSquaredRow()
    {
        KeyDriverResult result = KeyDriverAnalysis.Compute(Mpg, [Cyl, Disp, Hp, Wt], CarNames, NoBootstrap);

        ResultTable table = result.ToTable();

        Assert.Equal(5, table.RowCount);
        Assert.Equal("wt", table[3, "driver"]);
        Assert.Null(table[3, "relative_weight_lower"]);
        Assert.Equal("(R²)", table[4, "driver"]);
        Assert.StartsWith("n = 32 (0 dropped), R² = 0.8486\n", result.ToString(), StringComparison.Ordinal);
        Assert.Equal(table.ToMarkdown(), result.ToMarkdown());
        Assert.Equal(5, result.ToRows().Count);
    }

    private static void AssertAll(double[] expected, IEnumerable<double> actual, double tolerance)
    {
        double[] values = actual.ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - values[i]) <= tolerance, $"element {i}: expected {expected[i]}, got {values[i]}");
        }
    }
}
