using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace CxCore.Serialization;

/// <summary>
/// A JSON value being read by a <see cref="CxConverter{T}"/>, with its path relative to the value the converter was
/// handed (for messages such as <c>"... at .points[2].counts"</c>).
/// </summary>
internal readonly struct JsonIn
{
    private readonly JsonElement _element;
    private readonly string _path;

    internal JsonIn(JsonElement element, string path)
    {
        _element = element;
        _path = path;
    }

    internal JsonElement Element => _element;

    internal bool IsNull => _element.ValueKind == JsonValueKind.Null;

    /// <summary>Creates an error whose message names this value's place.</summary>
    internal JsonException Fail(string message, Exception? inner = null) =>
        new(_path.Length == 0 ? message : $"{message} (at {_path})", inner);

    /// <summary>
    /// Checks that this value is an object whose members are all in <paramref name="members"/>, each at most once, and
    /// that every member in <paramref name="required"/> is present.
    /// </summary>
    internal JsonIn Object(string what, string[] members, string[] required)
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"Expected {what} as a JSON object, but found {Kind(_element.ValueKind)}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            if (Array.IndexOf(members, property.Name) < 0)
            {
                throw Fail($"Unknown member '{property.Name}' in {what}; the members are {string.Join(", ", members)}.");
            }

            if (!seen.Add(property.Name))
            {
                throw Fail($"The member '{property.Name}' of {what} occurs twice.");
            }
        }

        foreach (string name in required)
        {
            if (!seen.Contains(name))
            {
                throw Fail($"The required member '{name}' of {what} is missing.");
            }
        }

        return this;
    }

    /// <summary>The member <paramref name="name"/>; a missing member reads as <c>null</c>.</summary>
    internal JsonIn this[string name] =>
        _element.TryGetProperty(name, out JsonElement value)
            ? new JsonIn(value, _path + "." + name)
            : new JsonIn(default, _path + "." + name);

    internal bool Has(string name) => _element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The elements of this array.</summary>
    internal List<JsonIn> Items(string what)
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"Expected {what} as a JSON array, but found {Kind(_element.ValueKind)}.");
        }

        var items = new List<JsonIn>(_element.GetArrayLength());
        int i = 0;
        foreach (JsonElement item in _element.EnumerateArray())
        {
            items.Add(new JsonIn(item, _path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            i++;
        }

        return items;
    }

    /// <summary>The members of this object in document order.</summary>
    internal List<(string Name, JsonIn Value)> Members(string what)
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"Expected {what} as a JSON object, but found {Kind(_element.ValueKind)}.");
        }

        var members = new List<(string, JsonIn)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw Fail($"The key '{property.Name}' of {what} occurs twice.");
            }

            members.Add((property.Name, new JsonIn(property.Value, _path + "['" + property.Name + "']")));
        }

        return members;
    }

    /// <summary>A number; <c>null</c> is NaN (an empty or undefined value); <c>"Infinity"</c> and <c>"-Infinity"</c> are the infinities.</summary>
    internal double Double()
    {
        switch (_element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return double.NaN;
            case JsonValueKind.Number when _element.TryGetDouble(out double value):
                return value;
            case JsonValueKind.String when _element.ValueEquals("Infinity"):
                return double.PositiveInfinity;
            case JsonValueKind.String when _element.ValueEquals("-Infinity"):
                return double.NegativeInfinity;
            default:
                throw Fail($"Expected a JSON number or null, but found {Kind(_element.ValueKind)}.");
        }
    }

    internal long Int64()
    {
        if (_element.ValueKind != JsonValueKind.Number || !_element.TryGetInt64(out long value))
        {
            throw Fail($"Expected a whole JSON number in the Int64 range, but found {Kind(_element.ValueKind)}.");
        }

        return value;
    }

    internal int Int32()
    {
        if (_element.ValueKind != JsonValueKind.Number || !_element.TryGetInt32(out int value))
        {
            throw Fail($"Expected a whole JSON number in the Int32 range, but found {Kind(_element.ValueKind)}.");
        }

        return value;
    }

    internal bool Boolean() => _element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"Expected true or false, but found {Kind(_element.ValueKind)}."),
    };

    internal bool? OptionalBoolean() => IsNull || _element.ValueKind == JsonValueKind.Undefined ? null : Boolean();

    internal string String()
    {
        if (_element.ValueKind != JsonValueKind.String)
        {
            throw Fail($"Expected a JSON string, but found {Kind(_element.ValueKind)}.");
        }

        return _element.GetString()!;
    }

    internal string? OptionalString() => IsNull || _element.ValueKind == JsonValueKind.Undefined ? null : String();

    internal T Enum<T>()
        where T : struct, System.Enum => Wrap(String(), EnumJson<T>.Parse);

    internal Instant Instant() => Wrap(String(), NodaJson.ParseInstant);

    internal LocalDate LocalDate() => Wrap(String(), NodaJson.ParseLocalDate);

    internal Duration? OptionalDuration() =>
        IsNull || _element.ValueKind == JsonValueKind.Undefined ? null : Wrap(String(), NodaJson.ParseDuration);

    internal DateTimeZone Zone() => Wrap(String(), NodaJson.ParseZone);

    /// <summary>Reads this value with one of the token-based model readers of <see cref="ModelJson"/>.</summary>
    internal T Model<T>(ReadFunc<T> read)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            _element.WriteTo(writer);
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        var path = new ReadPath();
        try
        {
            return read(ref reader, path);
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            throw Fail(ex.Message + (path.ToString() is { Length: > 0 } inner ? $" (within, at {inner})" : string.Empty), ex);
        }
    }

    /// <summary>Runs a constructor or factory; an <see cref="ArgumentException"/> becomes a <see cref="JsonException"/> naming the place.</summary>
    internal T Construct<T>(string what, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw Fail($"The JSON describes an invalid {what}: {ex.Message}", ex);
        }
    }

    private T Wrap<T>(string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            throw Fail(ex.Message, ex.InnerException);
        }
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
