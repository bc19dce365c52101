using System.Diagnostics;
using CxCore.Service;

namespace CxCore.Tests.Service;

public sealed partial class ServiceMetricsTests
{
    [Fact]
    public void Compute_CancelledToken_ThrowsBeforeComputing()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => ServiceMetrics.Compute([A(), B(), C(), D()], Calendar, SlaPolicy.None, AsOf, cancellationToken: source.Token));
    }

    [Fact]
    public void Compute_CancelledMidway_StopsWithinAFewChunks()
    {
        // 400,000 cases (the four hand-built ones, repeated): tens of chunks of 16,384 cases, far more work than the
        // 20 ms before the token is cancelled, so the cancellation lands in the parallel per-case pass.
        ServiceCase[] four = [A(), B(), C(), D()];
        var cases = new ServiceCase[400_000];
        for (int i = 0; i < cases.Length; i++)
        {
            cases[i] = four[i % 4];
        }

        using var source = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        source.CancelAfter(TimeSpan.FromMilliseconds(20));

        Assert.ThrowsAny<OperationCanceledException>(() => ServiceMetrics.Compute(cases, Calendar, SlaPolicy.None, AsOf, "tier", source.Token));

        // A chunk takes milliseconds; the bound only guards against running to the end on a very slow machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Stopped {watch.Elapsed} after the start.");
    }
}
