using System.Text;
using System.Text.Json;

namespace CxCore.Tests.Conventions;

/// <summary>The checks behind the JSON convention tests of every package (this file is linked into the other test projects).</summary>
internal static class JsonConventions
{
    /// <summary>Runs <paramref name="check"/> on every type (an exception is a failure of that type) and asserts that none failed.</summary>
    internal static void AssertEvery(IEnumerable<Type> types, Action<Type, StringBuilder> check)
    {
        var failures = new StringBuilder();
        foreach (Type type in types)
        {
            try
            {
                check(type, failures);
            }
            catch (Exception ex)
            {
                failures.AppendLine($"{type.FullName}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Length == 0, "Public types without a working JSON form:\n" + failures);
    }

    /// <summary>Serializing a not-data type throws <see cref="NotSupportedException"/> naming it, under every setup.</summary>
    internal static void CheckNotData(Type type, IEnumerable<(string Name, JsonSerializerOptions Options)> setups, StringBuilder failures)
    {
        foreach ((string name, JsonSerializerOptions options) in setups)
        {
            object? value = type.IsValueType ? Activator.CreateInstance(type) : null;
            var ex = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(value, type, options));
            if (!ex.Message.Contains(type.FullName!, StringComparison.Ordinal))
            {
                failures.AppendLine($"{type.FullName}: serializing it with {name} throws, but the message does not name the type: {ex.Message}");
            }
        }
    }

    /// <summary>
    /// Every setup writes <paramref name="expected"/> for <paramref name="value"/> and reads it back to an equal value (by
    /// <see cref="IEquatable{T}"/> where the type has it, else structurally: the value read writes the same JSON).
    /// </summary>
    internal static void CheckRoundTrip(
        Type type, object value, string expected, string expectedFrom, IEnumerable<(string Name, JsonSerializerOptions Options)> setups, StringBuilder failures)
    {
        bool equatable = typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);
        foreach ((string name, JsonSerializerOptions options) in setups)
        {
            string json = JsonSerializer.Serialize(value, type, options);
            if (json != expected)
            {
                failures.AppendLine($"{type.FullName}: {name} writes {Cut(json)} but {expectedFrom} writes {Cut(expected)}");
                continue;
            }

            object? back = JsonSerializer.Deserialize(json, type, options);
            bool same = back is not null && (equatable ? value.Equals(back) : JsonSerializer.Serialize(back, type, options) == json);
            if (!same)
            {
                failures.AppendLine($"{type.FullName}: {Cut(json)} does not read back to an equal value with {name}.");
            }
        }
    }

    private static string Cut(string json) => json.Length <= 300 ? json : json[..300] + "…";
}
