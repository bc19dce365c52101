using NodaTime;

namespace CxCore.Tests;

public sealed class CustomerTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Instant T = Instant.FromUtc(2025, 2, 3, 4, 5);

    [Fact]
    public void Constructor_KeepsFields_AndCopiesAttributes()
    {
        var source = new Dictionary<string, string> { ["plan"] = "Pro" };
        var customer = new Customer(CustomerId.From("c1"), London, T, source);
        source["plan"] = "Basic";

        Assert.Equal(CustomerId.From("c1"), customer.Id);
        Assert.Same(London, customer.Zone);
        Assert.Equal(T, customer.AcquiredAt);
        Assert.Equal("Pro", customer.Attributes["plan"]);
        Assert.Equal("c1 (Europe/London, acquired 2025-02-03T04:05:00Z)", customer.ToString());
        Assert.Empty(new Customer(CustomerId.From("c2"), London, T).Attributes);
    }

    [Fact]
    public void Constructor_DefaultId_Throws() => Assert.Throws<ArgumentException>("id", () => new Customer(default, London, T));

    [Fact]
    public void Constructor_NullZone_Throws() => Assert.Throws<ArgumentNullException>("zone", () => new Customer(CustomerId.From("c"), null!, T));

    [Fact]
    public void Constructor_BlankAttributeKey_Throws() =>
        Assert.Throws<ArgumentException>("attributes", () => new Customer(CustomerId.From("c"), London, T, new Dictionary<string, string> { [""] = "x" }));

    [Fact]
    public void Equals_ComparesIdZoneIdInstantAndAttributes()
    {
        var a = new Customer(CustomerId.From("c"), London, T, new Dictionary<string, string> { ["tier"] = "Gold" });

        Assert.Equal(a, new Customer(CustomerId.From("c"), DateTimeZoneProviders.Tzdb["Europe/London"], T, new Dictionary<string, string> { ["tier"] = "Gold" }));
        Assert.Equal(a.GetHashCode(), new Customer(CustomerId.From("c"), London, T, new Dictionary<string, string> { ["tier"] = "Gold" }).GetHashCode());
        Assert.NotEqual(a, new Customer(CustomerId.From("d"), London, T, new Dictionary<string, string> { ["tier"] = "Gold" }));
        Assert.NotEqual(a, new Customer(CustomerId.From("c"), DateTimeZoneProviders.Tzdb["Europe/Paris"], T, new Dictionary<string, string> { ["tier"] = "Gold" }));
        Assert.NotEqual(a, new Customer(CustomerId.From("c"), London, T + Duration.FromSeconds(1), new Dictionary<string, string> { ["tier"] = "Gold" }));
        Assert.NotEqual(a, new Customer(CustomerId.From("c"), London, T, new Dictionary<string, string> { ["tier"] = "Silver" }));
        Assert.False(a.Equals(null));
        Assert.True(a.Equals((object)a));
        Assert.True(a == new Customer(CustomerId.From("c"), London, T, new Dictionary<string, string> { ["tier"] = "Gold" }));
        Assert.True(a != new Customer(CustomerId.From("d"), London, T, new Dictionary<string, string> { ["tier"] = "Gold" }));
        Assert.False(a == null);
    }
}
