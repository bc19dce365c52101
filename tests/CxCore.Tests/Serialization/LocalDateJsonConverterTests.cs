using System.Text.Json;
using CxCore.Serialization;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>LocalDateJsonConverter: ISO dates, the range edges, other calendars, dictionary keys.</summary>
public sealed class LocalDateJsonConverterTests
{
    [Fact]
    public void Write_Dates_WritesIsoAndRejectsOtherCalendars()
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
    public void WriteAsPropertyName_DictionaryKey_RoundTrips()
    {
        var days = new Dictionary<LocalDate, int> { [new LocalDate(2025, 12, 24)] = 3 };
        Assert.Equal("{\"2025-12-24\":3}", JsonSerializer.Serialize(days, CxJsonTests.UserOptions()));
        Assert.Equal(days, JsonSerializer.Deserialize<Dictionary<LocalDate, int>>("{\"2025-12-24\":3}", CxJsonTests.UserOptions()));
    }

    [Fact]
    public void Write_NullWriter_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => new LocalDateJsonConverter().Write(null!, default, CxJson.Options));
}
