using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxCore.Analysis;
using CxCore.Ratings;
using CxCore.Tests.Conventions;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CxCore.Data.Tests.Conventions;

/// <summary>A source-generated context that lists CxCore.Data types, as an app's own context would.</summary>
[JsonSerializable(typeof(SqlSource))]
[JsonSerializable(typeof(RatingCountQuery))]
[JsonSerializable(typeof(PathCountQuery))]
[JsonSerializable(typeof(SqlArgument))]
[JsonSerializable(typeof(SqlStatement))]
[JsonSerializable(typeof(RatingCountGroup))]
[JsonSerializable(typeof(GroupedRatingCounts))]
[JsonSerializable(typeof(SqlDialect))]
[JsonSerializable(typeof(InstantColumnType))]
[JsonSerializable(typeof(GroupedRatingCountsBuilder))]
[JsonSerializable(typeof(DataJsonConverterFactory))]
internal sealed partial class DataJsonTestContext : JsonSerializerContext;

/// <summary>
/// Every public type of CxCore.Data either round-trips through System.Text.Json under every kind of options (default,
/// Web, NodaTime-configured, a source-generated context) with identical text, or is a reviewed non-data type whose
/// serialisation throws <see cref="NotSupportedException"/> naming it.
/// </summary>
public sealed class JsonConventionTests
{
    private static readonly Dictionary<Type, string> NotData = new()
    {
        [typeof(GroupedRatingCountsBuilder)] = "a mutable accumulator of engine rows; its ToCounts() serializes",
        [typeof(DataJsonConverterFactory)] = "a converter",
    };

    private static readonly (string Name, JsonSerializerOptions Options)[] Setups =
    [
        ("default options", new JsonSerializerOptions()),
        ("Web defaults", new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        ("Web defaults with NodaTime", new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)),
        ("a source-generated context", DataJsonTestContext.Default.Options),
    ];

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static IEnumerable<Type> PublicTypes() =>
        typeof(RatingCountQuery).Assembly.GetExportedTypes()
            .Where(t => !(t.IsAbstract && t.IsSealed)) // static classes have no instances
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Dictionary<Type, object[]> Samples()
    {
        var s = new Dictionary<Type, object[]>();
        void Add<T>(params T[] values)
            where T : notnull => s[typeof(T)] = [.. values.Cast<object>()];

        RatingCountQuery plain = RatingCountQuery.Create(SqlSource.Table("answers"), "score", RatingScale.FivePoint);
        RatingCountQuery full = RatingCountQuery.Create(SqlSource.Table("cx", "survey", "answers"), "nps", RatingScale.Nps)
            .WithWeights("w")
            .WithGroups("region", "plan")
            .WithPeriod("answered_at", CalendarPeriod.Month, Paris, InstantColumnType.UtcTimestamp)
            .WithDates(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)));
        RatingCountQuery periodOnly = RatingCountQuery.Create(SqlSource.Query("SELECT * FROM t WHERE x = 'a'"), "r", RatingScale.SevenPoint)
            .WithPeriod("at", CalendarPeriod.IsoWeek, DateTimeZone.Utc);
        Add(SqlSource.Table("answers"), SqlSource.Table("s", "t"), SqlSource.Table("c", "s", "t"), SqlSource.Query("SELECT 1"),
            SqlSource.ParquetFile("data/answers.parquet"), SqlSource.CsvFile("answers.csv"));
        Add(plain, full, periodOnly);
        PathCountQuery paths = PathCountQuery.Create(SqlSource.ParquetFile("touchpoints.parquet"), "customer", "channel", "at", "id", "converted");
        PathCountQuery tablePaths = PathCountQuery.Create(SqlSource.Table("cx", "touchpoints"), "customer", "channel", "at", "id", "converted");
        Add(paths, tablePaths);
        var statements = new List<SqlStatement> { paths.ToSql(SqlDialect.DuckDb) };
        foreach (SqlDialect dialect in Enum.GetValues<SqlDialect>())
        {
            statements.Add(full.ToSql(dialect));
            statements.Add(tablePaths.ToSql(dialect));
        }

        statements.Add(RatingCountQuery.Create(SqlSource.CsvFile("a.csv"), "score", RatingScale.FivePoint).ToSql(SqlDialect.DuckDb));
        Add([.. statements]);
        Add([.. statements.SelectMany(st => st.Arguments).Distinct().Append(default)]);

        var weighted = new GroupedRatingCountsBuilder(full);
        weighted.Add(["EU", "pro"], new LocalDate(2025, 1, 1), 10, 2, 3, 5);
        weighted.Add(["EU", null], new LocalDate(2025, 2, 1), 0, 1, 0.5, 0.25);
        weighted.Add([null, "pro"], new LocalDate(2025, 2, 1), 7, 4, 4, 4);
        var simple = new GroupedRatingCountsBuilder(plain);
        simple.Add([], null, 5, 12);
        simple.Add([], null, 1, 2);
        GroupedRatingCounts weightedCounts = weighted.ToCounts();
        Add(weightedCounts, simple.ToCounts(), new GroupedRatingCountsBuilder(periodOnly).ToCounts());
        Add([.. weightedCounts.Groups, .. simple.ToCounts().Groups]);
        Add(Enum.GetValues<SqlDialect>());
        Add(Enum.GetValues<InstantColumnType>());
        return s;
    }

    [Fact]
    public void EveryPublicType_RoundTrips_OrIsReviewedNonData()
    {
        Dictionary<Type, object[]> samples = Samples();
        JsonConventions.AssertEvery(PublicTypes(), (type, failures) => Check(type, samples, failures));
    }

    private static void Check(Type type, Dictionary<Type, object[]> samples, StringBuilder failures)
    {
        if (type.GetCustomAttribute<JsonConverterAttribute>(inherit: false) is not { ConverterType: { } converter } || converter != typeof(DataJsonConverterFactory))
        {
            failures.AppendLine(
                $"{type.FullName} has no [JsonConverter(typeof(DataJsonConverterFactory))] and would be written by reflection. If it carries data, give it a " +
                "converter in src/CxCore.Data/DataJson.cs (listed in DataJsonConverterFactory), document its shape in docs/json.md and add samples here; " +
                "if it is not data, give it a not-data converter with the reason and list it, with the reason, in NotData.");
            return;
        }

        if (NotData.ContainsKey(type))
        {
            JsonConventions.CheckNotData(type, Setups, failures);
            return;
        }

        if (!samples.TryGetValue(type, out object[]? values) || values.Length == 0)
        {
            failures.AppendLine($"{type.FullName} has a converter but no samples: add values to Samples() (or, if it is not data, list it in NotData with the reason).");
            return;
        }

        foreach (object value in values)
        {
            RoundTrip(type, value, failures);
        }
    }

    private static void RoundTrip(Type type, object value, StringBuilder failures)
    {
        string expected = JsonSerializer.Serialize(value, type, Setups[0].Options);
        JsonConventions.CheckRoundTrip(type, value, expected, "default options", Setups, failures);
        if (expected is "{}" or "[]")
        {
            failures.AppendLine($"{type.FullName}: a sample is written as {expected}.");
        }
    }

    [Fact]
    public void NotDataList_IsShortAndReviewed()
    {
        Assert.All(NotData, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value)));
        Assert.All(NotData.Keys, type => Assert.Contains(type, PublicTypes()));
    }

    [Fact]
    public void GroupedRatingCounts_MatchesTheDocumentedShape()
    {
        // Written by hand from docs/json.md: one group whose segment is SQL NULL, ratings 1 (once) and 3 (twice) on 1–3.
        const string Expected =
            """{"query":{"source":{"kind":"table","name":["answers"]},"ratingColumn":"score","scale":{"min":1,"max":3},"weightColumn":null,"groupColumns":["segment"],"period":null},"groups":[{"key":[null],"period":null,"counts":{"scale":{"min":1,"max":3},"counts":{"1":1,"2":0,"3":2},"total":3},"weightedCounts":null}],"total":{"scale":{"min":1,"max":3},"counts":{"1":1,"2":0,"3":2},"total":3}}""";
        var builder = new GroupedRatingCountsBuilder(RatingCountQuery.Create(SqlSource.Table("answers"), "score", RatingScale.FromRange(1, 3)).WithGroups("segment"));
        builder.Add([null], null, 3, 2);
        builder.Add([null], null, 1, 1);

        Assert.Equal(Expected, JsonSerializer.Serialize(builder.ToCounts()));
        GroupedRatingCounts read = JsonSerializer.Deserialize<GroupedRatingCounts>(Expected)!;
        Assert.Equal([null], read.Groups[0].Key);
        Assert.Equal(2, read.Total[3]);
    }

    [Theory]
    [InlineData("""{"kind":"table","name":["a"],"path":"x"}""")]
    [InlineData("""{"kind":"view","name":["a"]}""")]
    [InlineData("""{"kind":"table","name":[]}""")]
    [InlineData("""{"kind":"query","text":"  "}""")]
    public void SqlSource_BadJson_IsAJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<SqlSource>(json));

    [Fact]
    public void GroupedRatingCounts_GroupOffTheQuery_IsAJsonException()
    {
        // The query has one group column, the group two key values.
        const string Json =
            """{"query":{"source":{"kind":"table","name":["answers"]},"ratingColumn":"score","scale":{"min":1,"max":3},"weightColumn":null,"groupColumns":["segment"],"period":null},"groups":[{"key":["a","b"],"period":null,"counts":{"scale":{"min":1,"max":3},"counts":{"1":1,"2":0,"3":2}},"weightedCounts":null}]}""";

        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<GroupedRatingCounts>(Json));
        Assert.Contains("one key value per group column", e.Message, StringComparison.Ordinal);
    }
}
