using CxCore.Journeys;

namespace CxCore.Tests.Journeys;

public sealed partial class MarkovAttributionTests
{
    [Fact]
    public void Compute_CancelledToken_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => MarkovAttribution.Compute(TransitionMatrixTests.PublicExample, 1, source.Token));
    }

    [Fact]
    public void Compute_CancelledWhileReadingThePaths_ThrowsBeforeSolving()
    {
        using var source = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => MarkovAttribution.Compute(CancelAfterLast(TransitionMatrixTests.PublicExample, source), 2, source.Token));

        static IEnumerable<ConversionPath> CancelAfterLast(IEnumerable<ConversionPath> paths, CancellationTokenSource source)
        {
            foreach (ConversionPath path in paths)
            {
                yield return path;
            }

            source.Cancel();
        }
    }

    [Fact]
    public void Compute_CancelledFromAnotherThread_Throws()
    {
        // Order 3 over the R data set forced onto Gauss–Seidel, repeated far longer than the 5 ms before the token is
        // cancelled: the cancellation lands at one of the checks (before a solve or on a sweep) and stops the run.
        using var source = new CancellationTokenSource();
        source.CancelAfter(TimeSpan.FromMilliseconds(5));

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            for (int repeat = 0; repeat < 10_000; repeat++)
            {
                _ = MarkovAttribution.Compute(RData, 3, dense: false, source.Token);
            }
        });
    }
}
