using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CxCore.Serialization;

/// <summary>Reads one value of <typeparamref name="T"/> starting at the reader's current token.</summary>
internal delegate T ReadFunc<T>(ref Utf8JsonReader reader, ReadPath path);

/// <summary>Token-level helpers shared by the CxCore converters.</summary>
internal static class JsonRead
{
    /// <summary>Creates the exception for a reading error; its path is attached by <see cref="Root"/> or by the serializer.</summary>
    internal static JsonException Fail(string message, Exception? inner = null) => new(message, inner);

    /// <summary>
    /// Reads a composite value with path tracking. When the value is the root of the document the exception's
    /// <see cref="JsonException.Path"/> is the full path (<c>$[3].touchpoints[0].at</c>); otherwise the serializer sets
    /// the path of the value and the message names the rest.
    /// </summary>
    internal static T Root<T>(ref Utf8JsonReader reader, ReadFunc<T> read)
    {
        bool atRoot = reader.CurrentDepth == 0;
        var path = new ReadPath();
        try
        {
            return read(ref reader, path);
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            // Our own errors are plain JsonExceptions (their cause, if any, is inner); the reader's are subclasses, kept whole.
            throw Locate(ex.Message, ex.GetType() == typeof(JsonException) ? ex.InnerException : ex, path, atRoot);
        }
        catch (ArgumentException ex)
        {
            // Every model constructor call is wrapped where it happens; this is a safety net.
            throw Locate(ex.Message, ex, path, atRoot);
        }
    }

    private static JsonException Locate(string message, Exception? inner, ReadPath path, bool atRoot)
    {
        string relative = path.ToString();
        if (atRoot)
        {
            string full = "$" + relative;
            return new JsonException($"{message} Path: {full}.", full, null, null, inner);
        }

        // The serializer fills in Path (the place of this value) because Path is left null.
        return new JsonException(relative.Length == 0 ? message : $"{message} (At {relative} within the value at Path.)", inner);
    }

    /// <summary>Advances to the next token; the serializer has buffered the whole value, so running out is malformed input.</summary>
    internal static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Fail("The JSON ended inside a value.");
        }
    }

    /// <summary>Checks that the current token starts an object.</summary>
    internal static void StartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Fail($"Expected {what} as a JSON object, but found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Moves to the next member: returns its name with the reader on its value, or false at the end of the object.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, ReadPath path, out string name)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = MemberName(ref reader);
        path.Push(name);
        Next(ref reader);
        return true;
    }

    /// <summary>
    /// Like <see cref="NextProperty(ref Utf8JsonReader, ReadPath, out string)"/>, for an object whose members are
    /// <paramref name="members"/> (at most 32): a member that is not one of them, or that occurs twice, is an error
    /// located at that member (a misspelt <c>"wieght"</c> would otherwise leave the weight at its default silently).
    /// </summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, ReadPath path, string[] members, ref int seen, out string name)
    {
        if (!NextProperty(ref reader, path, out name))
        {
            return false;
        }

        int index = System.Array.IndexOf(members, name);
        if (index < 0)
        {
            throw Fail($"Unknown member '{name}'; the members here are {string.Join(", ", members)}.");
        }

        int bit = 1 << index;
        if ((seen & bit) != 0)
        {
            throw Fail($"The member '{name}' occurs twice.");
        }

        seen |= bit;
        return true;
    }

    // Every member name of the JSON form, so that reading a known name allocates nothing.
    private static readonly string[] KnownNames =
    [
        "id", "customer", "at", "channel", "stage", "department", "initiator", "outcome", "handleTime", "waitTime", "topic",
        "attributes", "instrument", "rating", "touchpointId", "comment", "weight", "topics", "touchpoints", "feedback", "kind",
        "status", "priority", "events", "name", "model", "stages", "min", "max", "zone", "acquiredAt",
    ];

    private static readonly byte[][] KnownUtf8 = System.Array.ConvertAll(KnownNames, System.Text.Encoding.UTF8.GetBytes);

    private static string MemberName(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            ReadOnlySpan<byte> raw = reader.ValueSpan;
            for (int i = 0; i < KnownUtf8.Length; i++)
            {
                if (raw.SequenceEqual(KnownUtf8[i]))
                {
                    return KnownNames[i];
                }
            }
        }

        return reader.GetString()!;
    }

    /// <summary>Reads a string value.</summary>
    internal static string String(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Fail($"Expected a JSON string, but found {Describe(reader.TokenType)}.");
        }

        return reader.GetString()!;
    }

    /// <summary>Reads a string value or <c>null</c>.</summary>
    internal static string? OptionalString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    /// <summary>Reads a whole number that fits in <see cref="int"/>.</summary>
    internal static int Int32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int value))
        {
            throw Fail($"Expected a whole JSON number in the Int32 range, but found {Describe(reader.TokenType)}.");
        }

        return value;
    }

    /// <summary>Reads a number as a <see cref="double"/>.</summary>
    internal static double Double(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out double value))
        {
            throw Fail($"Expected a JSON number, but found {Describe(reader.TokenType)}.");
        }

        return value;
    }

    /// <summary>Reads an array of strings, or <c>null</c>.</summary>
    internal static List<string>? OptionalStrings(ref Utf8JsonReader reader, ReadPath path) =>
        reader.TokenType == JsonTokenType.Null ? null : Array(ref reader, path, static (ref Utf8JsonReader r, ReadPath _) => String(ref r), "a list of strings");

    /// <summary>Reads an array whose elements <paramref name="item"/> reads, pushing each index on the path.</summary>
    internal static List<T> Array<T>(ref Utf8JsonReader reader, ReadPath path, ReadFunc<T> item, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Fail($"Expected {what} as a JSON array, but found {Describe(reader.TokenType)}.");
        }

        var items = new List<T>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            path.PushIndex(items.Count);
            items.Add(item(ref reader, path));
            path.Pop();
        }
    }

    /// <summary>Reads an object of string values (attributes); a repeated key is an error.</summary>
    internal static Dictionary<string, string>? OptionalStringMap(ref Utf8JsonReader reader, ReadPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        StartObject(ref reader, "the attributes");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader, path, out string key))
        {
            if (!map.TryAdd(key, String(ref reader)))
            {
                throw Fail($"The attribute '{key}' occurs twice.");
            }

            path.Pop();
        }

        return map;
    }

    /// <summary>Returns <paramref name="value"/> or throws the missing-member error naming <paramref name="name"/>.</summary>
    internal static T Required<T>(T? value, string name, string what)
        where T : class =>
        value ?? throw Missing(name, what);

    /// <summary>Returns <paramref name="value"/> or throws the missing-member error naming <paramref name="name"/>.</summary>
    internal static T Required<T>(T? value, string name, string what)
        where T : struct =>
        value ?? throw Missing(name, what);

    /// <summary>
    /// Runs a model constructor or factory; an <see cref="ArgumentException"/> becomes a <see cref="JsonException"/>
    /// (the original kept as the inner exception) located at the member named by its parameter, when that is one of
    /// <paramref name="members"/>.
    /// </summary>
    internal static T Construct<T>(ReadPath path, string what, Func<T> create, string[] members)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            if (ex.ParamName is { } name && System.Array.IndexOf(members, name) >= 0)
            {
                path.Push(name);
            }

            throw Fail($"The JSON describes an invalid {what}: {ex.Message}", ex);
        }
    }

    /// <summary>Describes a token type for messages.</summary>
    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static JsonException Missing(string name, string what) =>
        Fail($"The required member '{name}' of the {what} is missing.");
}
