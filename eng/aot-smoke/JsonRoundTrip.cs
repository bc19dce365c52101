using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxCore.Serialization;

namespace CxCore.AotSmoke;

/// <summary>
/// Round-trips sample values of every public data type through System.Text.Json with an application's options
/// (<c>CxJson.Resolver</c> chained with the application's own source-generated context), without reflection, so that
/// the same code runs in the NativeAOT and trimmed consumer and in the test project. Compiled into both
/// (eng/aot-smoke/AotSmoke.csproj and tests/CxCore.Tests): CI compares the lines the consumer prints with the lines
/// the tests wrote, so the JSON text of every value is the same in a NativeAOT build as in a JIT build.
/// </summary>
internal static class JsonRoundTrip
{
    /// <summary>The prefix of every line this check prints (CI selects the lines by it).</summary>
    public const string Prefix = "JSON ";

    /// <summary>Options as an AOT application builds them: no reflection, CxCore's resolver first, then its own context.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>One type's result: whether every value round-tripped, and the line to print.</summary>
    public readonly record struct Outcome(Type Type, bool Ok, string Line);

    /// <summary>The JSON text of <paramref name="value"/> as a value of <paramref name="type"/>.</summary>
    public static string Serialize(object value, Type type) => JsonSerializer.Serialize(value, Options.GetTypeInfo(type));

    /// <summary>
    /// Round-trips every sample: serialize, deserialize, compare (Equals for the types in <paramref name="equatable"/>;
    /// otherwise the value read back must write the same JSON), in the ordinal order of the type names. The line holds
    /// the type, the number of values, the comparison and a 64-bit FNV-1a hash of the JSON texts.
    /// </summary>
    public static IReadOnlyList<Outcome> Run(IReadOnlyDictionary<Type, object[]> samples, IReadOnlySet<Type> equatable)
    {
        var outcomes = new List<Outcome>();
        foreach ((Type type, object[] values) in samples.OrderBy(pair => pair.Key.FullName, StringComparer.Ordinal))
        {
            bool ok = values.Length > 0;
            string problem = string.Empty;
            ulong hash = 14695981039346656037UL;
            try
            {
                JsonTypeInfo info = Options.GetTypeInfo(type);
                foreach (object value in values)
                {
                    string json = JsonSerializer.Serialize(value, info);
                    object? back = JsonSerializer.Deserialize(json, info);
                    bool same = back is not null
                        && (equatable.Contains(type) ? value.Equals(back) : JsonSerializer.Serialize(back, info) == json);
                    if (!same)
                    {
                        ok = false;
                        problem = " does not read back: " + (json.Length <= 200 ? json : json[..200] + "…");
                    }

                    foreach (char c in json)
                    {
                        hash = unchecked((hash ^ c) * 1099511628211UL);
                    }

                    hash = unchecked((hash ^ '\n') * 1099511628211UL);
                }
            }
            catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException or ArgumentException)
            {
                ok = false;
                problem = $" fails: {ex.GetType().Name}: {ex.Message}";
            }

            string comparison = equatable.Contains(type) ? "Equals" : "same JSON";
            outcomes.Add(new Outcome(type, ok, ok
                ? $"{Prefix}{type.FullName}: {values.Length} {(values.Length == 1 ? "value round-trips" : "values round-trip")} ({comparison}), text {hash:x16}"
                : $"{Prefix}{type.FullName}{problem}"));
        }

        return outcomes;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CxJson.Resolver, SmokeJsonContext.Default),
        };
        options.MakeReadOnly();
        return options;
    }
}
