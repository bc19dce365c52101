using System.Text.Json;
using CxCore.Serialization;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>InstantJsonConverter: InstantPattern.ExtendedIso texts, the range edges, dictionary keys.</summary>
public sealed class InstantJsonConverterTests
{
    [Theory]
    // Hand-written from the ISO-8601 extended form: UTC, 'Z', fraction only as long as needed, up to nanoseconds.
    [InlineData(2025, 3, 1, 9, 30, 0, 0L, "\"2025-03-01T09:30:00Z\"")]
    [InlineData(2025, 3, 1, 9, 30, 0, 500_000_000L, "\"2025-03-01T09:30:00.5Z\"")]
    [InlineData(2025, 3, 1, 9, 30, 0, 1L, "\"2025-03-01T09:30:00.000000001Z\"")]
    [InlineData(1969, 12, 31, 23, 59, 59, 999_999_999L, "\"1969-12-31T23:59:59.999999999Z\"")]
    public void Write_Instant_WritesExtendedIsoThatReadsBack(int y, int mo, int d, int h, int mi, int s, long nanos, string expected)
    {
        Instant instant = Instant.FromUtc(y, mo, d, h, mi, s).PlusNanoseconds(nanos);
        Assert.Equal(expected, CxJson.Serialize(instant));
        Assert.Equal(instant, CxJson.Deserialize<Instant>(expected));
    }

    [Fact]
    public void Write_RangeEdges_RoundTrip()
    {
        // Instant.MinValue is the start of -9998-01-01 and MaxValue the last nanosecond of 9999-12-31 (NodaTime docs).
        Assert.Equal("\"-9998-01-01T00:00:00Z\"", CxJson.Serialize(Instant.MinValue));
        Assert.Equal("\"9999-12-31T23:59:59.999999999Z\"", CxJson.Serialize(Instant.MaxValue));
        Assert.Equal(Instant.MinValue, CxJson.Deserialize<Instant>("\"-9998-01-01T00:00:00Z\""));
        Assert.Equal(Instant.MaxValue, CxJson.Deserialize<Instant>("\"9999-12-31T23:59:59.999999999Z\""));
    }

    [Fact]
    public void WriteAsPropertyName_DictionaryKey_RoundTrips()
    {
        var instants = new Dictionary<Instant, int> { [Instant.FromUtc(2025, 1, 1, 0, 0)] = 4 };
        Assert.Equal("{\"2025-01-01T00:00:00Z\":4}", JsonSerializer.Serialize(instants, CxJsonTests.UserOptions()));
        Assert.Equal(instants, JsonSerializer.Deserialize<Dictionary<Instant, int>>("{\"2025-01-01T00:00:00Z\":4}", CxJsonTests.UserOptions()));
    }

    [Fact]
    public void Write_NullWriter_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => new InstantJsonConverter().Write(null!, Instant.MinValue, CxJson.Options));
}
