using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Csv;
using CxCore.Import;
using CxCore.Journeys;
using CxCore.Ratings;
using CxCore.Serialization;
using CxCore.Service;
using CxCore.Simulation;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CxCore.Tests.Conventions;

/// <summary>
/// Every public type of CxCore and CxCore.Csv either round-trips through System.Text.Json under every kind of options,
/// or is a reviewed non-data type whose serialisation throws <see cref="NotSupportedException"/> naming it.
/// </summary>
public sealed partial class JsonConventionTests
{
    /// <summary>The reviewed public types that are not data, each with the reason (the converters say what to serialize instead).</summary>
    private static readonly Dictionary<Type, string> NotData = new()
    {
        [typeof(JourneyBuilder)] = "an engine that builds journeys",
        [typeof(TouchpointBuilder)] = "a mutable builder; the Touchpoint it builds serializes",
        [typeof(JourneyScorer)] = "an engine that scores journeys",
        [typeof(RatingTally)] = "a mutable accumulator; its ToCounts() serializes",
        [typeof(WeightedRatingTally)] = "a mutable accumulator; its ToCounts() serializes",
        [typeof(TransitionMatrix)] = "an index built from conversion paths; the PathCollection serializes",
        [typeof(CaseMetrics)] = "a view of the service engine's tables; the ServiceMetrics serializes",
        [typeof(ServiceSegment)] = "a view of the service engine's tables; the ServiceMetrics serializes",
        [typeof(SlaReport)] = "a view of the service engine's tables; the ServiceMetrics serializes",
        [typeof(InstantJsonConverter)] = "a converter",
        [typeof(DurationJsonConverter)] = "a converter",
        [typeof(LocalDateJsonConverter)] = "a converter",
        [typeof(DateTimeZoneJsonConverter)] = "a converter",
        [typeof(CxJsonConverterFactory)] = "a converter",
        [typeof(CsvJsonConverterFactory)] = "a converter",
        [typeof(SurveyReader)] = "a reader (an engine)",
        [typeof(GenericSurveyReader)] = "a reader (an engine)",
        [typeof(QualtricsReader)] = "a reader (an engine)",
        [typeof(SurveyMonkeyReader)] = "a reader (an engine)",
        [typeof(TouchpointCsvReader)] = "a reader (an engine)",
        [typeof(ServiceCaseCsvReader)] = "a reader (an engine)",
        [typeof(CxCore.Import.ServiceCaseDbReader)] = "a reader (an engine)",
        [typeof(CxCore.Import.TouchpointDbReader)] = "a reader (an engine)",
        [typeof(CxCore.Import.ServiceCaseMapping)] = "import settings that can hold resolvers",
        [typeof(CxCore.Import.TouchpointMapping)] = "import settings that can hold resolvers",
        [typeof(CxCore.Import.HelpdeskComparison)] = "a comparison engine",
        [typeof(SurveyImportOptions)] = "import settings holding a SurveyTimeFormat (which can hold a delegate)",
        [typeof(GenericSurveyOptions)] = "import settings holding a SurveyTimeFormat (which can hold a delegate)",
        [typeof(QualtricsOptions)] = "import settings holding a SurveyTimeFormat (which can hold a delegate)",
        [typeof(SurveyMonkeyOptions)] = "import settings holding a SurveyTimeFormat (which can hold a delegate)",
        [typeof(SurveyTimeFormat)] = "NodaTime patterns and possibly a mapping-resolver delegate",
        [typeof(SurveyImportException)] = "an exception; its Error serializes",
    };

    private static readonly (string Name, JsonSerializerOptions Options)[] Setups =
    [
        ("default options", new JsonSerializerOptions()),
        ("Web defaults", new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        ("Web defaults with NodaTime", new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb)),
        ("CxJson.Options", CxJson.Options),
    ];

    private static IEnumerable<Type> PublicTypes() =>
        typeof(RatingCounts).Assembly.GetExportedTypes().Concat(typeof(SurveyReader).Assembly.GetExportedTypes())
            .Where(t => !(t.IsAbstract && t.IsSealed)) // static classes have no instances
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void EveryPublicType_RoundTrips_OrIsReviewedNonData()
    {
        Dictionary<Type, object[]> samples = JsonSamples.All();
        JsonConventions.AssertEvery(PublicTypes(), (type, failures) => Check(type, samples, failures));
    }

    private static void Check(Type type, Dictionary<Type, object[]> samples, StringBuilder failures)
    {
        if (type.GetCustomAttribute<JsonConverterAttribute>(inherit: false) is null)
        {
            failures.AppendLine(
                $"{type.FullName} has no [JsonConverter] and would be written by reflection ({{}} or worse). If it carries data, give it a converter " +
                "(a CxConverter in src/CxCore/Serialization, listed in CxJsonConverterFactory), put [JsonConverter(typeof(CxJsonConverterFactory))] on it, " +
                "document its shape in docs/json.md and add samples to JsonSamples. If it is not data (an engine, an accumulator, options holding " +
                "delegates), give it a NoJsonConverter with the reason and add it, with the reason, to JsonConventionTests.NotData.");
            return;
        }

        if (NotData.ContainsKey(type))
        {
            // CxJson.Options knows the CxCore types only.
            JsonConventions.CheckNotData(type, Setups.Where(s => type.Assembly != typeof(SurveyReader).Assembly || s.Options != CxJson.Options), failures);
            return;
        }

        if (type.IsEnum)
        {
            foreach (object value in Enum.GetValues(type))
            {
                RoundTrip(type, value, failures);
            }

            return;
        }

        if (!samples.TryGetValue(type, out object[]? values) || values.Length == 0)
        {
            failures.AppendLine($"{type.FullName} has a converter but no samples: add values to JsonSamples.All() (or, if it is not data, list it in NotData with the reason).");
            return;
        }

        foreach (object value in values)
        {
            RoundTrip(type, value, failures);
        }
    }

    private static void RoundTrip(Type type, object value, StringBuilder failures)
    {
        // CxJson.Options knows the CxCore types; CxCore.Csv's types serialize with any other options.
        bool csv = type.Assembly == typeof(SurveyReader).Assembly;
        string expected = JsonSerializer.Serialize(value, type, csv ? Setups[0].Options : CxJson.Options);
        JsonConventions.CheckRoundTrip(type, value, expected, csv ? "default options" : "CxJson", Setups.Where(s => !csv || s.Options != CxJson.Options), failures);
        if (expected is "{}" or "[]" && type != typeof(PathCollection))
        {
            failures.AppendLine($"{type.FullName}: a sample is written as {expected}.");
        }
    }

    [Fact]
    public void NotDataList_IsShortAndReviewed()
    {
        Assert.InRange(NotData.Count, 1, 40);
        Assert.All(NotData, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value)));
        Assert.All(NotData.Keys, type => Assert.Contains(type, PublicTypes()));
    }
}
