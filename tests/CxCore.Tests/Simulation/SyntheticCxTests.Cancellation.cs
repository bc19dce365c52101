using System.Diagnostics;
using CxCore.Simulation;

namespace CxCore.Tests.Simulation;

public sealed partial class SyntheticCxTests
{
    [Fact]
    public void Generate_CancelledToken_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SyntheticCx.Generate(new SyntheticCxOptions { Customers = 10 }, source.Token));
    }

    [Fact]
    public void Generate_CancelledMidway_StopsWithinAFewThousandCustomers()
    {
        // A million customers take many seconds; the token is checked every 1,024 customers (milliseconds apart).
        using var source = new CancellationTokenSource();
        var watch = Stopwatch.StartNew();
        source.CancelAfter(TimeSpan.FromMilliseconds(50));

        Assert.ThrowsAny<OperationCanceledException>(() => SyntheticCx.Generate(new SyntheticCxOptions { Customers = 1_000_000 }, source.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Stopped {watch.Elapsed} after the start.");
    }
}
