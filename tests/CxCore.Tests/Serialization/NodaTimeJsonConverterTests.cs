using System.Text.Json;
using CxCore.Serialization;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>The four NodaTime converters: exact texts, range edges, dictionary keys and rejections.</summary>
/// <remarks>Grouped in one class because each converter is a thin wrapper over one NodaTime pattern.</remarks>
public sealed class NodaTimeJsonConverterTests
{
    [Theory]
    // Hand-written from the ISO-8601 extended form: UTC, 'Z', fraction only as long as needed, up to nanoseconds.
    [InlineData(2025, 3, 1, 9, 30, 0, 0L, "\"2025-03-01T09:30:00Z\"")]
    [InlineData(2025, 3, 1, 9, 30, 0, 500_000_000L, "\"2025-03-01T09:30:00.5Z\"")]
    [InlineData(2025, 3, 1, 9, 30, 0, 1L, "\"2025-03-01T09:30:00.000000001Z\"")]
    [InlineData(1969, 12, 31, 23, 59, 59, 999_999_999L, "\"1969-12-31T23:59:59.999999999Z\"")]
    public void InstantConverter_WritesExtendedIso(int y, int mo, int d, int h, int mi, int s, long nanos, string expected)
    {
        Instant instant = Instant.FromUtc(y, mo, d, h, mi, s).PlusNanoseconds(nanos);
        Assert.Equal(expected, CxJson.Serialize(instant));
        Assert.Equal(instant, CxJson.Deserialize<Instant>(expected));
    }

    [Fact]
    public void InstantConverter_RangeEdges_RoundTrip()
    {
        // Instant.MinValue is the start of -9998-01-01 and MaxValue the last nanosecond of 9999-12-31 (NodaTime docs).
        Assert.Equal("\"-9998-01-01T00:00:00Z\"", CxJson.Serialize(Instant.MinValue));
        Assert.Equal("\"9999-12-31T23:59:59.999999999Z\"", CxJson.Serialize(Instant.MaxValue));
        Assert.Equal(Instant.MinValue, CxJson.Deserialize<Instant>("\"-9998-01-01T00:00:00Z\""));
        Assert.Equal(Instant.MaxValue, CxJson.Deserialize<Instant>("\"9999-12-31T23:59:59.999999999Z\""));
    }

    [Theory]
    // Hand-written from DurationPattern.JsonRoundtrip, -H:mm:ss.FFFFFFFFF: total hours, then minutes and seconds.
    [InlineData(0L, "\"0:00:00\"")]
    [InlineData(90L * 60 * 1_000_000_000, "\"1:30:00\"")]
    [InlineData((26L * 3600 + 30 * 60) * 1_000_000_000, "\"26:30:00\"")]
    [InlineData(-1L, "\"-0:00:00.000000001\"")]
    public void DurationConverter_WritesJsonRoundtrip(long nanoseconds, string expected)
    {
        Duration duration = Duration.FromNanoseconds(nanoseconds);
        Assert.Equal(expected, CxJson.Serialize(duration));
        Assert.Equal(duration, CxJson.Deserialize<Duration>(expected));
    }

    [Fact]
    public void DurationConverter_RangeEdges_RoundTrip()
    {
        Assert.Equal(Duration.MaxValue, CxJson.Deserialize<Duration>(CxJson.Serialize(Duration.MaxValue)));
        Assert.Equal(Duration.MinValue, CxJson.Deserialize<Duration>(CxJson.Serialize(Duration.MinValue)));
    }

    [Fact]
    public void LocalDateConverter_WritesIsoAndRejectsOtherCalendars()
    {
        Assert.Equal("\"2025-03-01\"", CxJson.Serialize(new LocalDate(2025, 3, 1)));
        Assert.Equal(new LocalDate(2025, 3, 1), CxJson.Deserialize<LocalDate>("\"2025-03-01\""));
        Assert.Equal(LocalDate.MaxIsoValue, CxJson.Deserialize<LocalDate>(CxJson.Serialize(LocalDate.MaxIsoValue)));
        Assert.Equal(LocalDate.MinIsoValue, CxJson.Deserialize<LocalDate>(CxJson.Serialize(LocalDate.MinIsoValue)));
        Assert.Throws<JsonException>(() => CxJson.Serialize(new LocalDate(2025, 3, 1, CalendarSystem.Julian)));
        JsonException ex = Assert.Throws<JsonException>(() => CxJson.Deserialize<LocalDate>("\"2025-02-29\""));
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void DateTimeZoneConverter_WritesTheId()
    {
        Assert.Equal("\"Europe/Paris\"", CxJson.Serialize(DateTimeZoneProviders.Tzdb["Europe/Paris"]));
        Assert.Equal("\"UTC\"", CxJson.Serialize(DateTimeZone.Utc));
        Assert.Equal(DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30)), CxJson.Deserialize<DateTimeZone>("\"UTC+05:30\""));
        Assert.Throws<JsonException>(() => CxJson.Deserialize<DateTimeZone>("42"));
    }

    [Fact]
    public void Converters_AsDictionaryKeys_RoundTrip()
    {
        JsonSerializerOptions options = CxJsonTests.UserOptions();
        var zones = new Dictionary<DateTimeZone, int> { [DateTimeZoneProviders.Tzdb["America/New_York"]] = 1, [DateTimeZone.Utc] = 2 };
        string zonesJson = JsonSerializer.Serialize(zones, options);
        Assert.Equal("{\"America/New_York\":1,\"UTC\":2}", zonesJson);
        Assert.Equal(zones, JsonSerializer.Deserialize<Dictionary<DateTimeZone, int>>(zonesJson, options));

        var days = new Dictionary<LocalDate, int> { [new LocalDate(2025, 12, 24)] = 3 };
        Assert.Equal("{\"2025-12-24\":3}", JsonSerializer.Serialize(days, options));
        Assert.Equal(days, JsonSerializer.Deserialize<Dictionary<LocalDate, int>>("{\"2025-12-24\":3}", options));

        var instants = new Dictionary<Instant, int> { [Instant.FromUtc(2025, 1, 1, 0, 0)] = 4 };
        Assert.Equal("{\"2025-01-01T00:00:00Z\":4}", JsonSerializer.Serialize(instants, options));
        Assert.Equal(instants, JsonSerializer.Deserialize<Dictionary<Instant, int>>("{\"2025-01-01T00:00:00Z\":4}", options));

        var durations = new Dictionary<Duration, int> { [Duration.FromHours(1)] = 5 };
        Assert.Equal("{\"1:00:00\":5}", JsonSerializer.Serialize(durations, options));
        Assert.Equal(durations, JsonSerializer.Deserialize<Dictionary<Duration, int>>("{\"1:00:00\":5}", options));
    }

    [Fact]
    public void Converters_NullWriter_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new InstantJsonConverter().Write(null!, Instant.MinValue, CxJson.Options));
        Assert.Throws<ArgumentNullException>(() => new DurationJsonConverter().WriteAsPropertyName(null!, Duration.Zero, CxJson.Options));
        Assert.Throws<ArgumentNullException>(() => new LocalDateJsonConverter().Write(null!, default, CxJson.Options));
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Throws<ArgumentNullException>(() => new DateTimeZoneJsonConverter().Write(writer, null!, CxJson.Options));
    }
}
