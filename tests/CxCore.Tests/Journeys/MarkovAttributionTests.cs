using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(PathArbitraries)])]
public sealed partial class MarkovAttributionTests
{
    [Fact]
    public void Compute_PublicExample_MatchesMetricsReference()
    {
        // METRICS.md: removal effects 0.5, 1, 1; shares 0.2, 0.4, 0.4. By hand: x(c3) = 1/2, x(c2) = 1/2,
        // x(c1) = 1/4, P = 2/3 · 1/4 + 1/3 · 1/2 = 1/3; without c1 P = 1/3 · 1/2 = 1/6, so RE(c1) = 1/2.
        var result = MarkovAttribution.Compute(TransitionMatrixTests.PublicExample);

        Assert.Equal("Markov (order 1)", result.Model);
        Assert.Equal(1.0 / 3, result.ConversionProbability, 15);
        Assert.Equal(0.5, result["c1"].RemovalEffect, 15);
        Assert.Equal(1.0, result["c2"].RemovalEffect, 15);
        Assert.Equal(1.0, result["c3"].RemovalEffect, 15);
        Assert.Equal(0.2, result["c1"].Share, 15);
        Assert.Equal(0.4, result["c2"].Share, 15);
        Assert.Equal(0.4, result["c3"].Share, 15);
        Assert.Equal(0.2, result["c1"].Conversions, 15);
        Assert.Equal(1, result.TotalConversions);
    }

    // a → c (2 conversions), b → c (2 non-conversions), a → c → a → c (1 conversion, 1 non-conversion).
    private static ConversionPath[] Memory =>
    [
        ConversionPath.FromCounts(["a", "c"], 2, 0),
        ConversionPath.FromCounts(["b", "c"], 0, 2),
        ConversionPath.FromCounts(["a", "c", "a", "c"], 1, 1),
    ];

    [Fact]
    public void Compute_OrderOneHandChain_RemovalEffects()
    {
        // Counts: start → a 4, start → b 2; a → c 6; b → c 2; c → conversion 3, c → null 3, c → a 2 (row 8).
        // x(c) = 3/8 + 2/8 · x(a), x(a) = x(c) ⇒ x(c) = 1/2 = x(a) = x(b); P = 1/2.
        // Without a: x(c) = 3/8, P = 2/6 · 3/8 = 1/8 ⇒ RE(a) = 3/4. Without b: P = 4/6 · 1/2 = 1/3 ⇒ RE(b) = 1/3.
        // Without c: P = 0 ⇒ RE(c) = 1. Σ = 25/12 ⇒ shares 9/25, 4/25, 12/25; credits × 3 conversions.
        var result = MarkovAttribution.Compute(Memory, order: 1);

        Assert.Equal(0.5, result.ConversionProbability, 15);
        Assert.Equal(0.75, result["a"].RemovalEffect, 14);
        Assert.Equal(1.0 / 3, result["b"].RemovalEffect, 14);
        Assert.Equal(1.0, result["c"].RemovalEffect, 14);
        Assert.Equal(9.0 / 25, result["a"].Share, 14);
        Assert.Equal(4.0 / 25, result["b"].Share, 14);
        Assert.Equal(12.0 / 25, result["c"].Share, 14);
        Assert.Equal(3 * 12.0 / 25, result["c"].Conversions, 13);
    }

    [Fact]
    public void Compute_OrderTwoHandChain_RemembersWhereTrafficCameFrom()
    {
        // States are the last two steps: (a), (b), (a,c), (b,c), (c,a).
        // Counts: start → (a) 4, start → (b) 2; (a) → (a,c) 4; (b) → (b,c) 2; (a,c) → conversion 3, → null 1,
        // → (c,a) 2 (row 6); (c,a) → (a,c) 2; (b,c) → null 2.
        // y = x(a,c) = 3/6 + 2/6 · x(c,a), x(c,a) = y ⇒ y = 3/4; x(a) = 3/4, x(b) = 0; P = 4/6 · 3/4 = 1/2.
        // Without a ((a), (a,c), (c,a) go to null): P = 0 ⇒ RE(a) = 1. Without b: P = 1/2 ⇒ RE(b) = 0.
        // Without c: P = 0 ⇒ RE(c) = 1. Shares 1/2, 0, 1/2; credits 1.5, 0, 1.5 of 3 conversions.
        // (R cross-check with the script in MarkovAttributionTests.RReference gives the same.)
        var result = MarkovAttribution.Compute(Memory, order: 2);

        Assert.Equal("Markov (order 2)", result.Model);
        Assert.Equal(0.5, result.ConversionProbability, 15);
        Assert.Equal(1.0, result["a"].RemovalEffect, 14);
        Assert.Equal(0.0, result["b"].RemovalEffect, 14);
        Assert.Equal(1.0, result["c"].RemovalEffect, 14);
        Assert.Equal(1.5, result["a"].Conversions, 13);
        Assert.Equal(0.0, result["b"].Conversions, 13);
        Assert.Equal(1.5, result["c"].Conversions, 13);
    }

    /*
     R reference (R 4.x, base only): an independent implementation that builds the count matrix of the k-step states,
     row-normalises it, and solves (I − Q) x = r for the full chain and with each channel's states removed.

     paths <- c("a>b>c", "b>b>d", "c>a>e>b", "e", "d>c>a", "a>e>a>e>c", "b>d")
     conv <- c(5, 2, 4, 0, 3, 1, 0); non <- c(10, 7, 3, 6, 1, 2, 4)
     markov <- function(k) {
       steps <- strsplit(paths, ">", fixed = TRUE)
       st <- lapply(steps, function(s) sapply(seq_along(s), function(i) paste(s[max(1, i - k + 1):i], collapse = ",")))
       states <- sort(unique(unlist(st))); all <- c("(start)", states, "(conv)", "(null)")
       C <- matrix(0, length(all), length(all), dimnames = list(all, all))
       for (p in seq_along(st)) {
         w <- conv[p] + non[p]; prev <- "(start)"
         for (s in st[[p]]) { C[prev, s] <- C[prev, s] + w; prev <- s }
         C[prev, "(conv)"] <- C[prev, "(conv)"] + conv[p]; C[prev, "(null)"] <- C[prev, "(null)"] + non[p]
       }
       P <- C / pmax(rowSums(C), 1)
       pconv <- function(removed) {
         tr <- c("(start)", states); Q <- P[tr, tr]; r <- P[tr, "(conv)"]
         Q[, removed] <- 0; Q[removed, ] <- 0; r[removed] <- 0
         solve(diag(length(tr)) - Q, r)[["(start)"]]
       }
       base <- pconv(character(0)); ch <- sort(unique(unlist(steps)))
       re <- sapply(ch, function(c) 1 - pconv(states[sapply(strsplit(states, ","), function(t) c %in% t)]) / base)
       list(p = base, re = re, share = re / sum(re))
     }
     options(digits = 17); markov(1); markov(2); markov(3)
    */
    private static ConversionPath[] RData =>
    [
        ConversionPath.Parse("a>b>c", 5, 10),
        ConversionPath.Parse("b>b>d", 2, 7),
        ConversionPath.Parse("c>a>e>b", 4, 3),
        ConversionPath.Parse("e", 0, 6),
        ConversionPath.Parse("d>c>a", 3, 1),
        ConversionPath.Parse("a>e>a>e>c", 1, 2),
        ConversionPath.Parse("b>d", 0, 4),
    ];

    [Theory]
    [InlineData(1, 0.31249999999999994, new[] { 0.57757639534942840, 0.67133072741291633, 0.55001974076097926, 0.21750799232736573, 0.25299302433009963 })]
    [InlineData(2, 0.3125, new[] { 0.86666666666666670, 0.73333333333333328, 0.78666666666666674, 0.29090909090909089, 0.33333333333333337 })]
    [InlineData(3, 0.3125, new[] { 0.86666666666666670, 0.73333333333333339, 0.86666666666666670, 0.33333333333333337, 0.33333333333333337 })]
    public void Compute_RReference_RemovalEffectsAndShares(int order, double probability, double[] effects)
    {
        foreach (bool dense in new[] { true, false })
        {
            var result = MarkovAttribution.Compute(RData, order, dense);

            Assert.Equal(probability, result.ConversionProbability, 13);
            double sum = effects.Sum();
            for (int c = 0; c < effects.Length; c++)
            {
                Assert.Equal(effects[c], result.Channels[c].RemovalEffect, 13);
                Assert.Equal(effects[c] / sum, result.Channels[c].Share, 13);
                Assert.Equal(15 * effects[c] / sum, result.Channels[c].Conversions, 12);
            }
        }
    }

    [Fact]
    public void Compute_OrderFourOnShortPaths_EqualsOrderThreeWhenNoPathIsLonger()
    {
        ConversionPath[] shortPaths = [.. RData.Where(p => p.Steps.Count <= 3)];

        var three = MarkovAttribution.Compute(shortPaths, 3);
        var four = MarkovAttribution.Compute(shortPaths, 4);

        Assert.Equal(three.Channels.Select(c => c.RemovalEffect), four.Channels.Select(c => c.RemovalEffect));
    }

    [Fact]
    public void Compute_LargeChain_IterativeSolverAgreesWithDenseLu()
    {
        // 6 channels at order 3 give more than 200 states (6 + 36 + most of 216), so the public path uses Gauss–Seidel.
        var random = new Random(5);
        string[] channels = [.. Enumerable.Range(0, 6).Select(i => "ch" + i)];
        var paths = Enumerable.Range(0, 1500).Select(_ =>
        {
            string[] steps = [.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => channels[random.Next(channels.Length)])];
            int conversions = random.Next(0, 3);
            return ConversionPath.FromCounts(steps, conversions, random.Next(conversions == 0 ? 1 : 0, 4));
        }).ToArray();
        var collection = PathCollection.From(paths);
        Assert.True(AttributionChain.Build(collection, 3).StateCount > AttributionChain.DenseLimit);

        var iterative = MarkovAttribution.Compute(collection, 3);
        var dense = MarkovAttribution.Compute(collection, 3, dense: true);

        Assert.Equal(dense.ConversionProbability, iterative.ConversionProbability, 13);
        foreach (var (d, i) in dense.Channels.Zip(iterative.Channels))
        {
            Assert.Equal(d.RemovalEffect, i.RemovalEffect, 12);
        }
    }

    [ScaledProperty(200)]
    public bool Build_DictionaryCounts_EqualFlatArrayCounts(ConversionPath[] paths)
    {
        // Large chains count transitions in a dictionary instead of a flat array; both must give the same chain,
        // at orders 1 and 2.
        var collection = PathCollection.From(paths);
        return new[] { 1, 2 }.All(order =>
        {
            var flat = AttributionChain.Build(collection, order, denseCounts: true);
            var dictionary = AttributionChain.Build(collection, order, denseCounts: false);
            return flat.RowStart.SequenceEqual(dictionary.RowStart) && flat.Col.SequenceEqual(dictionary.Col)
                && flat.Count.SequenceEqual(dictionary.Count) && flat.RowTotal.SequenceEqual(dictionary.RowTotal);
        });
    }

    [Fact]
    public void Compute_NoConversions_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MarkovAttribution.Compute([ConversionPath.FromCounts(["a", "b"], 0, 4), ConversionPath.FromCounts(["b"], 0, 1)]));

        Assert.StartsWith("Markov attribution needs at least one conversion, but the input has 2 paths (5 journeys) and not one conversion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoPaths_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MarkovAttribution.Compute([]));

        Assert.Contains("the input has no paths", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Compute_OrderOutOfRange_Throws(int order)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MarkovAttribution.Compute(TransitionMatrixTests.PublicExample, order));

        Assert.Equal("order", error.ParamName);
    }

    [Fact]
    public void Compute_Null_Throws() => Assert.Throws<ArgumentNullException>(() => MarkovAttribution.Compute(null!));

    [Fact]
    public void Indexer_UnknownChannel_Throws()
    {
        var result = MarkovAttribution.Compute(TransitionMatrixTests.PublicExample);

        Assert.Throws<KeyNotFoundException>(() => result["c9"]);
        Assert.Throws<ArgumentNullException>(() => result[null!]);
    }

    [ScaledProperty(200)]
    public bool Compute_Random_SharesSumToOneAndCreditsToConversions(ConvertingPaths input) =>
        new[] { 1, 2, 3, 4 }.All(order =>
        {
            ConversionPath[] paths = input.Paths;
            var result = MarkovAttribution.Compute(paths, order);
            return Math.Abs(result.Channels.Sum(c => c.Share) - 1) < 1e-12
                && Math.Abs(result.Channels.Sum(c => c.Conversions) - paths.Sum(p => p.Conversions)) < 1e-9
                && result.Channels.All(c => c.RemovalEffect is >= 0 and <= 1)
                && result.ConversionProbability is > 0 and <= 1;
        });

    [ScaledProperty(200)]
    public bool Compute_Random_InputOrderDoesNotMatter(ConvertingPaths input, Seed seed) =>
        input.Paths is var paths &&
        new[] { 1, 3 }.All(order =>
        {
            // States are numbered canonically, so a permutation gives the very same numbers.
            var a = MarkovAttribution.Compute(paths, order);
            var b = MarkovAttribution.Compute(PathArbitraries.Shuffled(paths, seed.Value), order);
            return a.ConversionProbability.Equals(b.ConversionProbability)
                && a.Channels.Zip(b.Channels).All(p => p.First.Channel == p.Second.Channel && p.First.Share.Equals(p.Second.Share));
        });

    [ScaledProperty(200)]
    public bool Compute_Random_ProbabilityEqualsConversionRateOfTheData(ConvertingPaths input)
    {
        ConversionPath[] paths = input.Paths;

        // An absorbing chain fitted to the paths reproduces the observed conversion rate: every journey starts at
        // the start state and ends in conversion or null, so the expected absorptions equal the observed ones.
        double observed = (double)paths.Sum(p => p.Conversions) / paths.Sum(p => p.Journeys);
        return Math.Abs(MarkovAttribution.Compute(paths, 2).ConversionProbability - observed) < 1e-12;
    }

    [Fact]
    public void ToString_IsAnAlignedTable()
    {
        string text = MarkovAttribution.Compute(TransitionMatrixTests.PublicExample).ToString();

        Assert.Equal(
            string.Join(Environment.NewLine,
                "Markov (order 1), total conversions 1, P(conversion) = 0.333333",
                "channel  conversions    share  removal effect",
                "c1            0.2000  20.00 %          0.5000",
                "c2            0.4000  40.00 %          1.0000",
                "c3            0.4000  40.00 %          1.0000"),
            text);
        Assert.Equal("c2: 0.4 conversions (40.00 %)", MarkovAttribution.Compute(TransitionMatrixTests.PublicExample)["c2"].ToString());
    }
}
