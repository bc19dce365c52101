using CxCore.Analysis;
using CxCore.Ratings;

namespace CxCore.Tests.Analysis;

public sealed partial class SegmentComparisonTests
{
    // Detractors, passives, promoters: A (10, 20, 30), B (20, 20, 20), C (5, 10, 35).
    private static readonly Dictionary<string, RatingCounts> Segments = new()
    {
        ["C"] = Nps(5, 10, 35),
        ["A"] = Nps(10, 20, 30),
        ["B"] = Nps(20, 20, 20),
    };

    // R (the adjusted-Wald NPS comparison: each group plus 3/8 detractor, 3/4 passive, 3/8 promoter, z test on the
    // adjusted difference with the adjusted per-response variances (p + d) − (p − d)², then Holm; the reported
    // difference is the observed one):
    //   ztest <- function(a, b) { f <- function(x) { n <- sum(x) + 1.5; d <- (x[1] + .375)/n; p <- (x[3] + .375)/n
    //                                                c(p - d, ((p + d) - (p - d)^2)/n) }
    //     fa <- f(a); fb <- f(b); se <- 100*sqrt(fa[2] + fb[2]); z <- 100*(fa[1] - fb[1])/se
    //     c(100*((a[3] - a[1])/sum(a) - (b[3] - b[1])/sum(b)), se, 2*pnorm(-abs(z))) }
    //   A <- c(10, 20, 30); B <- c(20, 20, 20); C <- c(5, 10, 35)
    //   r <- rbind(ztest(A, B + C), ztest(B, A + C), ztest(C, A + B)); p.adjust(r[, 3], "holm")
    [Fact]
    public void Compare_NpsVersusRest_MatchesR()
    {
        SegmentComparisonResult result = SegmentComparison.Compare(Segments, RatingMetric.Nps);

        Assert.Equal(["A", "B", "C"], result.Segments.Select(s => s.Segment));
        Assert.Null(result.Reference);
        Assert.Equal(170, result.Count);
        Assert.Equal(100.0 * (85 - 35) / 170, result.Value, 10); // promoters 30 + 20 + 35, detractors 10 + 20 + 5

        SegmentScore a = result.Segments[0], b = result.Segments[1], c = result.Segments[2];
        Assert.Equal(6.06060606060606, a.Comparison.Difference, 10);
        Assert.Equal(12.2066894580718, a.Comparison.StandardError, 10);
        Assert.Equal(0.645550416952998, a.PValue, 12);
        Assert.Equal(0.645550416952998, a.AdjustedPValue, 12);
        Assert.False(a.IsSignificant);

        Assert.Equal(-45.4545454545454, b.Comparison.Difference, 10);
        Assert.Equal(12.4361236960725, b.Comparison.StandardError, 10);
        Assert.Equal(0.000311108480668323, b.PValue, 14);
        Assert.Equal(0.00093332544200497, b.AdjustedPValue, 14);
        Assert.True(b.IsSignificant);

        Assert.Equal(43.3333333333333, c.Comparison.Difference, 10);
        Assert.Equal(0.000416791324433973, c.PValue, 14);
        Assert.Equal(0.00093332544200497, c.AdjustedPValue, 14);
        Assert.True(c.IsSignificant);

        // Each segment's own score and interval are the NPS type's (adjusted Wald by default).
        Assert.Equal(NetPromoterScore.FromCounts(10, 20, 30).Value, a.Value, 12);
        Assert.Equal(NetPromoterScore.FromCounts(10, 20, 30).Interval(), a.Interval);
        Assert.Equal(60, a.Count);
    }

    // R: r2 <- rbind(ztest(B, A), ztest(C, A)); p.adjust(r2[, 3], "holm") → 0.0418357314548178 0.0539675563805569
    [Fact]
    public void Compare_NamedReference_TestsOthersAgainstIt()
    {
        SegmentComparisonResult result = SegmentComparison.Compare(Segments, RatingMetric.Nps, 0.95, "A");

        SegmentScore a = result.Segments[0], b = result.Segments[1], c = result.Segments[2];
        Assert.True(a.IsReference);
        Assert.True(double.IsNaN(a.PValue));
        Assert.True(double.IsNaN(a.AdjustedPValue));
        Assert.False(a.IsSignificant);

        Assert.Equal(-33.3333333333333, b.Comparison.Difference, 10);
        Assert.Equal(14.0813322592403, b.Comparison.StandardError, 10);
        Assert.Equal(0.0209178657274089, b.PValue, 13);
        Assert.Equal(0.0418357314548178, b.AdjustedPValue, 13);
        Assert.True(b.IsSignificant);
        Assert.Equal(0.0539675563805569, c.AdjustedPValue, 13);
        Assert.False(c.IsSignificant); // significant by Wald's overconfident test (Holm p 0.047), not by the adjusted one

        // At 99 % (α = 0.01) neither survives.
        Assert.DoesNotContain(SegmentComparison.Compare(Segments, RatingMetric.Nps, 0.99, "A").Segments, s => s.IsSignificant);
    }

    // R: r <- rbind(ztest(A, B), ztest(A, C), ztest(B, C)); p.adjust(r[, 3], "holm")
    //    differences 33.3333333333333, −26.6666666666667, −60; SE 14.0813322592403, 13.3527806137611, 13.9818824021173
    //    p 0.0209178657274089, 0.0539675563805569, 3.09611348281432e-05; Holm 0.0418357314548178, 0.0539675563805569, 9.28834044844296e-05
    [Fact]
    public void ComparePairwise_AllPairs_MatchR()
    {
        SegmentPairwiseResult result = SegmentComparison.ComparePairwise(Segments, RatingMetric.Nps);

        Assert.Equal([("A", "B"), ("A", "C"), ("B", "C")], result.Pairs.Select(p => (p.First, p.Second)));
        double[] differences = [33.3333333333333, -26.6666666666667, -60];
        double[] errors = [14.0813322592403, 13.3527806137611, 13.9818824021173];
        double[] raw = [0.0209178657274089, 0.0539675563805569, 3.09611348281432e-05];
        double[] holm = [0.0418357314548178, 0.0539675563805569, 9.28834044844296e-05];
        bool[] significant = [true, false, true];
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(differences[k], result.Pairs[k].Comparison.Difference, 10);
            Assert.Equal(errors[k], result.Pairs[k].Comparison.StandardError, 10);
            Assert.Equal(raw[k], result.Pairs[k].PValue, 13);
            Assert.Equal(holm[k], result.Pairs[k].AdjustedPValue, 13);
            Assert.Equal(significant[k], result.Pairs[k].IsSignificant);
        }

        ResultTable table = result.ToTable();
        Assert.Equal(3, table.RowCount);
        Assert.Equal("yes", table[2, "significant"]);
        Assert.Equal(table.ToString(), result.ToString());
        Assert.Equal(table.ToMarkdown(), result.ToMarkdown());
        Assert.Equal(3, result.ToRows().Count);
        Assert.Throws<ArgumentException>(() => SegmentComparison.ComparePairwise(new Dictionary<string, RatingCounts> { ["A"] = Nps(1, 1, 1) }, RatingMetric.Nps));
        Assert.Throws<ArgumentNullException>(() => SegmentComparison.ComparePairwise(null!, RatingMetric.Nps));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentComparison.ComparePairwise(Segments, RatingMetric.Nps, 0));
    }

    [Fact]
    public void Compare_Csat_UsesTwoProportionTest()
    {
        // Top-2-box on 1..5: X satisfied 45/60, Y 30/55. With two segments "vs rest" is X vs Y and Y vs X: one test,
        // so nothing to adjust (m = 1). R: prop.test(c(45, 30), c(60, 55), correct = FALSE)$p.value → 0.0214160552232667
        var segments = new Dictionary<string, RatingCounts>
        {
            ["X"] = RatingCounts.FromCounts(RatingScale.FivePoint, [5, 5, 5, 20, 25]),
            ["Y"] = RatingCounts.FromCounts(RatingScale.FivePoint, [10, 5, 10, 15, 15]),
        };

        SegmentComparisonResult result = SegmentComparison.Compare(segments, RatingMetric.Csat);

        Assert.Equal(75, result.Segments[0].Value, 10);
        Assert.Equal(0.0214160552232667, result.Segments[0].PValue, 12);
        Assert.Equal(0.0214160552232667, result.Segments[1].PValue, 12);
        Assert.Equal(0.0214160552232667, result.Segments[0].AdjustedPValue, 12);
        Assert.Equal(0.0214160552232667, result.Segments[1].AdjustedPValue, 12);
        Assert.True(result.Segments[0].IsSignificant && result.Segments[1].IsSignificant);
        Assert.Equal(-result.Segments[0].Comparison.Difference, result.Segments[1].Comparison.Difference, 12);
    }

    [Fact]
    public void Compare_TwoSegmentsWithAnswersAndAnEmptyOne_IsStillOneTest()
    {
        // The empty segment adds nothing to either rest, so X vs rest and Y vs rest are still X vs Y: m = 1.
        // R: prop.test(c(45, 30), c(60, 55), correct = FALSE)$p.value → 0.0214160552232667
        var segments = new Dictionary<string, RatingCounts>
        {
            ["X"] = RatingCounts.FromCounts(RatingScale.FivePoint, [5, 5, 5, 20, 25]),
            ["Y"] = RatingCounts.FromCounts(RatingScale.FivePoint, [10, 5, 10, 15, 15]),
            ["Z"] = RatingCounts.Empty(RatingScale.FivePoint),
        };

        SegmentComparisonResult result = SegmentComparison.Compare(segments, RatingMetric.Csat);

        Assert.Equal(0.0214160552232667, result.Segments[0].AdjustedPValue, 12);
        Assert.Equal(0.0214160552232667, result.Segments[1].AdjustedPValue, 12);
        Assert.True(double.IsNaN(result.Segments[2].AdjustedPValue));

        // With a named reference there is one test per other segment, as before.
        SegmentComparisonResult vsX = SegmentComparison.Compare(segments, RatingMetric.Csat, 0.95, "X");
        Assert.Equal(0.0214160552232667, vsX.Segments[1].AdjustedPValue, 12);
    }

    [Fact]
    public void Compare_Ces_UsesMeanAndWelch()
    {
        var segments = new Dictionary<string, RatingCounts>
        {
            ["X"] = RatingCounts.FromCounts(RatingScale.SevenPoint, [0, 0, 1, 2, 3, 2, 2]),
            ["Y"] = RatingCounts.FromCounts(RatingScale.SevenPoint, [1, 2, 3, 2, 1, 0, 0]),
        };

        SegmentComparisonResult result = SegmentComparison.Compare(segments, RatingMetric.Ces);

        // X mean (3 + 8 + 15 + 12 + 14) / 10 = 5.2; Welch comparison is EffortScore.Compare's.
        Assert.Equal(5.2, result.Segments[0].Value, 12);
        ScoreComparison expected = EffortScore.Compare(EffortScore.FromCounts(segments["X"]), EffortScore.FromCounts(segments["Y"]));
        Assert.Equal(expected, result.Segments[0].Comparison);
    }

    [Fact]
    public void Compare_EmptySegment_IsKeptWithUndefinedTest()
    {
        var segments = new Dictionary<string, RatingCounts>(Segments) { ["D"] = RatingCounts.Empty(RatingScale.Nps) };

        SegmentComparisonResult result = SegmentComparison.Compare(segments, RatingMetric.Nps);

        SegmentScore d = result.Segments[3];
        Assert.Equal(0, d.Count);
        Assert.True(double.IsNaN(d.Value));
        Assert.False(d.Interval.IsDefined);
        Assert.True(double.IsNaN(d.AdjustedPValue));
        // m stays 3, so the other adjusted p-values are unchanged.
        Assert.Equal(0.00093332544200497, result.Segments[1].AdjustedPValue, 14);
    }

    [Fact]
    public void ToTable_HasOneRowPerSegmentPlusOverall()
    {
        ResultTable table = SegmentComparison.Compare(Segments, RatingMetric.Nps, 0.95, "A").ToTable();

        Assert.Equal(["segment", "n", "score", "lower", "upper", "difference", "p_value", "p_holm", "significant"], table.Columns);
        Assert.Equal(4, table.RowCount);
        Assert.Equal("reference", table[0, "significant"]);
        Assert.Null(table[0, "p_value"]);
        Assert.Equal("yes", table[1, "significant"]);
        Assert.Equal("(overall)", table[3, "segment"]);
        Assert.Equal(170L, table[3, "n"]);
        var result = SegmentComparison.Compare(Segments, RatingMetric.Nps);
        Assert.Equal(result.ToTable().ToString(), result.ToString());
        Assert.Equal(result.ToTable().ToMarkdown(), result.ToMarkdown());
        Assert.Equal(4, result.ToRows().Count);
    }

    [Fact]
    public void Compare_BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SegmentComparison.Compare(null!, RatingMetric.Nps));
        Assert.Throws<ArgumentException>(() => SegmentComparison.Compare(new Dictionary<string, RatingCounts> { ["A"] = Nps(1, 1, 1) }, RatingMetric.Nps));
        Assert.Throws<ArgumentException>(() => SegmentComparison.Compare(Segments, RatingMetric.Nps, 0.95, "Z"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentComparison.Compare(Segments, RatingMetric.Nps, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentComparison.Compare(Segments, (RatingMetric)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentComparison.Compare(Segments, RatingMetric.Custom));
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentComparison.ComparePairwise(Segments, RatingMetric.Custom));
        var mixed = new Dictionary<string, RatingCounts> { ["A"] = Nps(1, 1, 1), ["B"] = RatingCounts.Empty(RatingScale.FivePoint) };
        Assert.Throws<ArgumentException>(() => SegmentComparison.Compare(mixed, RatingMetric.Csat));
        var fivePoint = new Dictionary<string, RatingCounts> { ["A"] = RatingCounts.Empty(RatingScale.FivePoint), ["B"] = RatingCounts.Empty(RatingScale.FivePoint) };
        Assert.Throws<ArgumentException>(() => SegmentComparison.Compare(fivePoint, RatingMetric.Nps));
        var withNull = new Dictionary<string, RatingCounts> { ["A"] = Nps(1, 1, 1), ["B"] = null! };
        Assert.Throws<ArgumentNullException>(() => SegmentComparison.Compare(withNull, RatingMetric.Nps));
    }

    private static RatingCounts Nps(long detractors, long passives, long promoters)
    {
        long[] counts = new long[11];
        counts[0] = detractors;
        counts[7] = passives;
        counts[10] = promoters;
        return RatingCounts.FromCounts(RatingScale.Nps, counts);
    }
}
