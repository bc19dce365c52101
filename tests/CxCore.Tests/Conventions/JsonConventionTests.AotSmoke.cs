using System.Text.Json;
using CxCore.AotSmoke;
using CxCore.Csv;
using CxCore.Serialization;
using CxCore.Tests.Support;

namespace CxCore.Tests.Conventions;

public sealed partial class JsonConventionTests
{
    /// <summary>
    /// The NativeAOT consumer (eng/aot-smoke) round-trips exactly the types of <see cref="JsonSamples"/>; that set must
    /// be every public data type: every public type of CxCore and CxCore.Csv that is not reviewed non-data
    /// (<see cref="NotData"/>). A new public data type or enum is required here at once.
    /// </summary>
    [Fact]
    public void AotSmokeSamples_CoverEveryPublicDataType()
    {
        HashSet<Type> data = PublicTypes().Where(t => !NotData.ContainsKey(t)).ToHashSet();
        HashSet<Type> covered = JsonSamples.All().Keys.ToHashSet();

        string[] missing = data.Except(covered).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();
        string[] extra = covered.Except(data).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0,
            "The AOT consumer does not round-trip these public data types; add values to JsonSamples.All() " +
            "(AddEnum<T>() for an enum):\n" + string.Join("\n", missing));
        Assert.True(extra.Length == 0,
            "JsonSamples has values of types that are not public data types (not public, or in NotData):\n" + string.Join("\n", extra));
    }

    /// <summary>
    /// The consumer's round trip, run under the JIT: every type passes, and the consumer's options (CxJson.Resolver
    /// chained with its own source-generated context) write the same text as the standard options. The lines go to
    /// artifacts/aot-smoke/json.txt, which CI compares with the lines the NativeAOT and trimmed consumers print.
    /// </summary>
    [Fact]
    public void AotSmokeRoundTrip_UnderTheJit_PassesWithTheStandardText()
    {
        IReadOnlyList<JsonRoundTrip.Outcome> outcomes = JsonRoundTrip.Run(JsonSamples.All(), JsonSamples.Equatable());

        Assert.Equal(JsonSamples.All().Count, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Ok, o.Line));
        foreach ((Type type, object[] values) in JsonSamples.All())
        {
            JsonSerializerOptions standard = type.Assembly == typeof(SurveyReader).Assembly ? Setups[0].Options : CxJson.Options;
            foreach (object value in values)
            {
                Assert.Equal(JsonSerializer.Serialize(value, type, standard), JsonRoundTrip.Serialize(value, type));
            }
        }

        string directory = RepositoryRoot.File("artifacts/aot-smoke");
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "json.txt"), outcomes.Select(o => "ok   " + o.Line));
    }

    [Fact]
    public void AotSmokeRoundTrip_ValueThatDoesNotReadBack_Fails()
    {
        // A type with no JSON form in the consumer's options fails with the exception named, not silently.
        var samples = new Dictionary<Type, object[]> { [typeof(NotInTheResolver)] = [new NotInTheResolver()] };
        JsonRoundTrip.Outcome outcome = Assert.Single(JsonRoundTrip.Run(samples, new HashSet<Type>()));

        Assert.False(outcome.Ok);
        Assert.StartsWith("JSON " + typeof(NotInTheResolver).FullName + " fails: ", outcome.Line, StringComparison.Ordinal);
    }

    private sealed class NotInTheResolver;
}
