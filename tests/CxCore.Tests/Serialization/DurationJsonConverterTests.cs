using System.Text.Json;
using CxCore.Serialization;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>DurationJsonConverter: DurationPattern.JsonRoundtrip texts, the range edges, dictionary keys.</summary>
public sealed class DurationJsonConverterTests
{
    [Theory]
    // Hand-written from DurationPattern.JsonRoundtrip, -H:mm:ss.FFFFFFFFF: total hours, then minutes and seconds.
    [InlineData(0L, "\"0:00:00\"")]
    [InlineData(90L * 60 * 1_000_000_000, "\"1:30:00\"")]
    [InlineData((26L * 3600 + 30 * 60) * 1_000_000_000, "\"26:30:00\"")]
    [InlineData(-1L, "\"-0:00:00.000000001\"")]
    public void Write_Duration_WritesJsonRoundtripThatReadsBack(long nanoseconds, string expected)
    {
        Duration duration = Duration.FromNanoseconds(nanoseconds);
        Assert.Equal(expected, CxJson.Serialize(duration));
        Assert.Equal(duration, CxJson.Deserialize<Duration>(expected));
    }

    [Fact]
    public void Write_RangeEdges_RoundTrip()
    {
        Assert.Equal(Duration.MaxValue, CxJson.Deserialize<Duration>(CxJson.Serialize(Duration.MaxValue)));
        Assert.Equal(Duration.MinValue, CxJson.Deserialize<Duration>(CxJson.Serialize(Duration.MinValue)));
    }

    [Fact]
    public void WriteAsPropertyName_DictionaryKey_RoundTrips()
    {
        var durations = new Dictionary<Duration, int> { [Duration.FromHours(1)] = 5 };
        Assert.Equal("{\"1:00:00\":5}", JsonSerializer.Serialize(durations, CxJsonTests.UserOptions()));
        Assert.Equal(durations, JsonSerializer.Deserialize<Dictionary<Duration, int>>("{\"1:00:00\":5}", CxJsonTests.UserOptions()));
    }

    [Fact]
    public void WriteAsPropertyName_NullWriter_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => new DurationJsonConverter().WriteAsPropertyName(null!, Duration.Zero, CxJson.Options));
}
