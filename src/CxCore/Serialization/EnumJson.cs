using System;
using System.Text.Json;

namespace CxCore.Serialization;

/// <summary>The camelCase names of the defined values of <typeparamref name="T"/> (for example <c>"onHold"</c>).</summary>
internal static class EnumJson<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Names = Array.ConvertAll(Enum.GetNames<T>(), n => JsonNamingPolicy.CamelCase.ConvertName(n));

    internal static string Format(T value)
    {
        int index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(T).Name} value and has no JSON name.");
        }

        return Names[index];
    }

    internal static T Parse(string text)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return Values[i];
            }
        }

        throw JsonRead.Fail($"'{text}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Names)}.");
    }

    internal static T Read(ref Utf8JsonReader reader) => Parse(JsonRead.String(ref reader));
}
