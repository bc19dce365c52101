using System.Text.Json;
using CxCore.Charts;
using NodaTime;
using Xunit;

namespace CxCore.Tests.Charts;

public class ChartDataTests
{
    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    private static JsonElement Values(ChartData data)
    {
        ChartSpec spec = VegaLite.RankedBars("t", data, "k", "v");
        return JsonDocument.Parse(spec.Json).RootElement.GetProperty("data").GetProperty("values");
    }

    [Fact]
    public void FromRows_SupportedValues_WrittenAsJson()
    {
        var data = ChartData.FromRows([Row(
            ("k", "phone"), ("v", 1.5), ("i", 3), ("l", 7L), ("b", true), ("n", null),
            ("date", new LocalDate(2026, 3, 29)), ("at", Instant.FromUtc(2026, 3, 29, 1, 30, 15)), ("m", 2.25m))]);

        JsonElement row = Values(data)[0];
        Assert.Equal("phone", row.GetProperty("k").GetString());
        Assert.Equal(1.5, row.GetProperty("v").GetDouble());
        Assert.Equal(3, row.GetProperty("i").GetInt32());
        Assert.Equal(7, row.GetProperty("l").GetInt64());
        Assert.True(row.GetProperty("b").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("n").ValueKind);
        Assert.Equal("2026-03-29", row.GetProperty("date").GetString());
        Assert.Equal("2026-03-29T01:30:15Z", row.GetProperty("at").GetString());
        Assert.Equal(2.25m, row.GetProperty("m").GetDecimal());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromRows_NonFiniteNumber_WrittenAsMissing(double value)
    {
        var data = ChartData.FromRows([Row(("k", "a"), ("v", value))]);

        Assert.Equal(JsonValueKind.Null, Values(data)[0].GetProperty("v").ValueKind);
    }

    [Fact]
    public void FromRows_UnsupportedValueType_ThrowsNamingFieldAndType()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChartData.FromRows([Row(("k", "a"), ("v", Duration.FromHours(1)))]));

        Assert.Contains("'v'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NodaTime.Duration", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_BlankFieldName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChartData.FromRows([Row((" ", 1))]));

        Assert.Contains("blank field name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRows_NullRowOrNullRows_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ChartData.FromRows(null!));
        Assert.Throws<ArgumentNullException>(() => ChartData.FromRows([Row(("k", "a")), null!]));
    }

    [Fact]
    public void FromRows_CopiesRows_LaterChangesDoNotLeakIn()
    {
        var row = Row(("k", "a"), ("v", 1.0));
        var data = ChartData.FromRows([row]);
        row["v"] = 99.0;

        Assert.Equal(1.0, Values(data)[0].GetProperty("v").GetDouble());
        Assert.Equal(1, data.Count);
    }
}
