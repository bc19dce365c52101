using CxCore.Analysis;
using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.Analysis;

public sealed partial class SegmentComparisonTests
{
    // R (ztest as above, with the interval of the adjusted difference):
    //   f <- function(x) { n <- sum(x) + 1.5; d <- (x[1] + .375)/n; p <- (x[3] + .375)/n; c(p - d, ((p + d) - (p - d)^2)/n) }
    //   zt <- function(a, b) { fa <- f(a); fb <- f(b); se <- 100*sqrt(fa[2] + fb[2]); adj <- 100*(fa[1] - fb[1])
    //                          c(se, adj/se, adj + c(-1, 1)*qnorm(0.975)*se) }
    //   zt(A, B)     -> se 14.0813, z 2.30946, [4.92142, 60.11923]      (p 0.0209179, Holm 0.0418357)
    //   zt(B, C)     -> se 13.9819, z -4.16628, [-85.65641, -30.84844]  (p 3.096e-05, Holm 9.288e-05)
    //   zt(A, B + C) -> se 12.2067, z 0.459952, [-18.31018, 29.53917]   (p 0.6455504, Holm 0.6455504)
    //   A's own adjusted Wald interval: n <- 63; d <- 10.75/n; p <- 30.75/n; e <- p - d
    //     100*(e + c(-1, 1)*qnorm(0.975)*sqrt(((p + d) - e^2)/n)) -> [13.30118, 50.19088]
    [Fact]
    public void SegmentPair_ToString_OneLineWithHolm()
    {
        SegmentPairwiseResult result = SegmentComparison.ComparePairwise(Segments, RatingMetric.Nps);

        FormatAssert.Formats("A vs B: Δ = 33.3 [4.9, 60.1] 95%, SE 14.1, z = 2.31, p = 0.02092; Holm p = 0.04184, significant", result.Pairs[0]);
        FormatAssert.Formats("B vs C: Δ = -60.0 [-85.7, -30.8] 95%, SE 14.0, z = -4.17, p < 0.0001; Holm p < 0.0001, significant", result.Pairs[2]);
        FormatAssert.Formats("B vs C: Δ = -60 [-86, -31] 95%, SE 14, z = -4, p < 0.0001; Holm p < 0.0001, significant", result.Pairs[2], "0");
    }

    [Fact]
    public void SegmentScore_ToString_ScoreIntervalAndTest()
    {
        SegmentScore a = SegmentComparison.Compare(Segments, RatingMetric.Nps).Segments[0];
        FormatAssert.Formats("A: 33.3 [13.3, 50.2] 95% (n = 60); Δ = 6.1 [-18.3, 29.5] 95%, SE 12.2, z = 0.46, p = 0.6456; Holm p = 0.6456", a);

        SegmentScore reference = SegmentComparison.Compare(Segments, RatingMetric.Nps, 0.95, "A").Segments[0];
        FormatAssert.Formats("A (reference): 33.3 [13.3, 50.2] 95% (n = 60)", reference);
    }
}
