using System.Text.Json;
using CxCore.Serialization;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>DateTimeZoneJsonConverter: TZDB ids, fixed offsets, dictionary keys.</summary>
public sealed class DateTimeZoneJsonConverterTests
{
    [Fact]
    public void Write_Zone_WritesTheTzdbId()
    {
        Assert.Equal("\"Europe/Paris\"", CxJson.Serialize(DateTimeZoneProviders.Tzdb["Europe/Paris"]));
        Assert.Equal("\"UTC\"", CxJson.Serialize(DateTimeZone.Utc));
        Assert.Equal(DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(5, 30)), CxJson.Deserialize<DateTimeZone>("\"UTC+05:30\""));
        Assert.Throws<JsonException>(() => CxJson.Deserialize<DateTimeZone>("42"));
    }

    [Fact]
    public void WriteAsPropertyName_DictionaryKey_RoundTrips()
    {
        var zones = new Dictionary<DateTimeZone, int> { [DateTimeZoneProviders.Tzdb["America/New_York"]] = 1, [DateTimeZone.Utc] = 2 };
        string json = JsonSerializer.Serialize(zones, CxJsonTests.UserOptions());
        Assert.Equal("{\"America/New_York\":1,\"UTC\":2}", json);
        Assert.Equal(zones, JsonSerializer.Deserialize<Dictionary<DateTimeZone, int>>(json, CxJsonTests.UserOptions()));
    }

    [Fact]
    public void Write_NullZone_ThrowsArgumentNull()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        Assert.Throws<ArgumentNullException>(() => new DateTimeZoneJsonConverter().Write(writer, null!, CxJson.Options));
    }
}
