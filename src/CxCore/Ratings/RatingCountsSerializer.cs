using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Linq;
using System.Text.Json;

namespace CxCore.Ratings;

/// <summary>
/// Stable, versioned serialised forms of <see cref="RatingCounts"/> and <see cref="WeightedRatingCounts"/> — JSON and
/// compact little-endian binary — so partial counts from other processes, files or database queries can be stored,
/// shipped and merged with local ones.
/// </summary>
/// <remarks>
/// <para>
/// <b>JSON, version 1.</b> <c>{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":0,"maximum":10},"counts":[…]}</c>;
/// weighted: <c>"format":"cxcore.weighted-rating-counts"</c> with the arrays <c>"responses"</c>, <c>"weights"</c> and
/// <c>"squaredWeights"</c>. Arrays hold one entry per scale point, lowest first. Members may come in any order; unknown,
/// duplicate or missing members are errors. Doubles are written in shortest round-trip form.
/// </para>
/// <para>
/// <b>Binary, version 1</b> (all integers little-endian): the magic bytes <c>CXRC</c>, a version byte (1), a kind byte
/// (1 counts, 2 weighted), the scale's minimum and maximum (one byte each), then per point an <c>int64</c> count — or,
/// weighted, an <c>int64</c> response count, a <c>float64</c> weight sum and a <c>float64</c> squared-weight sum — and
/// finally the CRC-32 (IEEE 802.3) of everything before it as a <c>uint32</c>. Counts of an 11-point scale take 100 bytes.
/// </para>
/// <para>
/// Round trips are exact. Input that is malformed, truncated, of another kind or version, or that describes invalid
/// counts (negative counts, a broken checksum) is rejected: <see cref="JsonException"/> for JSON and
/// <see cref="InvalidDataException"/> for binary, with a message that says what is wrong. JSON is checked for its shape
/// while it is read, before a document is built: an array longer than the largest scale (101 points), an object with
/// more than 8 members, a string longer than 256 bytes, nesting deeper than the scale object or a single value longer
/// than 64 KiB is rejected where the reader meets it, so hostile input costs time in proportion to the first bad part
/// and a few kilobytes of memory. This class is stateless and thread-safe.
/// </para>
/// </remarks>
public static class RatingCountsSerializer
{
    /// <summary>The version of both forms that this release writes and reads.</summary>
    public const int Version = 1;

    private const string CountsFormat = "cxcore.rating-counts";
    private const string WeightedFormat = "cxcore.weighted-rating-counts";
    private const byte CountsKind = 1;
    private const byte WeightedKind = 2;
    private const int HeaderLength = 8;
    private static ReadOnlySpan<byte> Magic => "CXRC"u8;

    /// <summary>Writes <paramref name="counts"/> as version-1 JSON.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static string ToJson(RatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return WriteJson(writer =>
        {
            WriteHeader(writer, CountsFormat, counts.Scale);
            WriteArray(writer, "counts", counts.AsSpan());
        });
    }

    /// <summary>Writes <paramref name="counts"/> as version-1 JSON.</summary>
    /// <param name="counts">The weighted counts.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static string ToJson(WeightedRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return WriteJson(writer =>
        {
            WriteHeader(writer, WeightedFormat, counts.Scale);
            WriteArray(writer, "responses", counts.Responses);
            WriteArray(writer, "weights", counts.Weights);
            WriteArray(writer, "squaredWeights", counts.SquaredWeights);
        });
    }

    /// <summary>Reads counts written by <see cref="ToJson(RatingCounts)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not valid version-1 rating-count JSON; the message says why.</exception>
    public static RatingCounts ReadCounts(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocumentParts parts = ParseJson(json, CountsFormat, ["counts"]);
        long[] counts = parts.Longs("counts");
        return Validated(() => RatingCounts.FromCounts(parts.Scale, counts));
    }

    /// <summary>Reads weighted counts written by <see cref="ToJson(WeightedRatingCounts)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The weighted counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not valid version-1 weighted-count JSON; the message says why.</exception>
    public static WeightedRatingCounts ReadWeightedCounts(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocumentParts parts = ParseJson(json, WeightedFormat, ["responses", "weights", "squaredWeights"]);
        long[] responses = parts.Longs("responses");
        double[] weights = parts.Doubles("weights"), squared = parts.Doubles("squaredWeights");
        return Validated(() => WeightedRatingCounts.FromSums(parts.Scale, responses, weights, squared));
    }

    /// <summary>Writes <paramref name="counts"/> in the version-1 binary form.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The bytes: 12 + 8 per scale point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static byte[] ToBinary(RatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ReadOnlySpan<long> values = counts.AsSpan();
        byte[] bytes = new byte[HeaderLength + (8 * values.Length) + 4];
        WriteBinaryHeader(bytes, CountsKind, counts.Scale);
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(HeaderLength + (8 * i)), values[i]);
        }

        WriteChecksum(bytes);
        return bytes;
    }

    /// <summary>Writes <paramref name="counts"/> in the version-1 binary form.</summary>
    /// <param name="counts">The weighted counts.</param>
    /// <returns>The bytes: 12 + 24 per scale point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    public static byte[] ToBinary(WeightedRatingCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int points = counts.Scale.PointCount;
        byte[] bytes = new byte[HeaderLength + (24 * points) + 4];
        WriteBinaryHeader(bytes, WeightedKind, counts.Scale);
        for (int i = 0; i < points; i++)
        {
            Span<byte> entry = bytes.AsSpan(HeaderLength + (24 * i));
            BinaryPrimitives.WriteInt64LittleEndian(entry, counts.Responses[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(entry[8..], counts.Weights[i]);
            BinaryPrimitives.WriteDoubleLittleEndian(entry[16..], counts.SquaredWeights[i]);
        }

        WriteChecksum(bytes);
        return bytes;
    }

    /// <summary>Reads counts written by <see cref="ToBinary(RatingCounts)"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="InvalidDataException">The bytes are not valid version-1 binary counts; the message says why.</exception>
    public static RatingCounts ReadCounts(ReadOnlySpan<byte> bytes)
    {
        RatingScale scale = ReadBinaryHeader(bytes, CountsKind, 8);
        long[] counts = new long[scale.PointCount];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = BinaryPrimitives.ReadInt64LittleEndian(bytes[(HeaderLength + (8 * i))..]);
        }

        return ValidatedBinary(() => RatingCounts.FromCounts(scale, counts));
    }

    /// <summary>Reads weighted counts written by <see cref="ToBinary(WeightedRatingCounts)"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The weighted counts.</returns>
    /// <exception cref="InvalidDataException">The bytes are not valid version-1 binary weighted counts; the message says why.</exception>
    public static WeightedRatingCounts ReadWeightedCounts(ReadOnlySpan<byte> bytes)
    {
        RatingScale scale = ReadBinaryHeader(bytes, WeightedKind, 24);
        int points = scale.PointCount;
        long[] responses = new long[points];
        double[] weights = new double[points], squared = new double[points];
        for (int i = 0; i < points; i++)
        {
            ReadOnlySpan<byte> entry = bytes[(HeaderLength + (24 * i))..];
            responses[i] = BinaryPrimitives.ReadInt64LittleEndian(entry);
            weights[i] = BinaryPrimitives.ReadDoubleLittleEndian(entry[8..]);
            squared[i] = BinaryPrimitives.ReadDoubleLittleEndian(entry[16..]);
        }

        return ValidatedBinary(() => WeightedRatingCounts.FromSums(scale, responses, weights, squared));
    }

    /// <summary>Tries to read counts written by <see cref="ToJson(RatingCounts)"/>; never throws.</summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="counts">The counts, or <see langword="null"/> when the text is not valid version-1 rating-count JSON.</param>
    /// <returns>Whether the text was read (<see cref="ReadCounts(string)"/> says why not).</returns>
    public static bool TryReadCounts([NotNullWhen(true)] string? json, [NotNullWhen(true)] out RatingCounts? counts) =>
        TryJson(json, ReadCounts, out counts);

    /// <summary>Tries to read weighted counts written by <see cref="ToJson(WeightedRatingCounts)"/>; never throws.</summary>
    /// <param name="json">The JSON text, or <see langword="null"/>.</param>
    /// <param name="counts">The weighted counts, or <see langword="null"/> when the text is not valid version-1 weighted-count JSON.</param>
    /// <returns>Whether the text was read (<see cref="ReadWeightedCounts(string)"/> says why not).</returns>
    public static bool TryReadWeightedCounts([NotNullWhen(true)] string? json, [NotNullWhen(true)] out WeightedRatingCounts? counts) =>
        TryJson(json, ReadWeightedCounts, out counts);

    /// <summary>Tries to read counts written by <see cref="ToBinary(RatingCounts)"/>; never throws.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="counts">The counts, or <see langword="null"/> when the bytes are not valid version-1 binary counts.</param>
    /// <returns>Whether the bytes were read (<see cref="ReadCounts(ReadOnlySpan{byte})"/> says why not).</returns>
    public static bool TryReadCounts(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out RatingCounts? counts) =>
        TryBinary(bytes, ReadCounts, out counts);

    /// <summary>Tries to read weighted counts written by <see cref="ToBinary(WeightedRatingCounts)"/>; never throws.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="counts">The weighted counts, or <see langword="null"/> when the bytes are not valid version-1 binary weighted counts.</param>
    /// <returns>Whether the bytes were read (<see cref="ReadWeightedCounts(ReadOnlySpan{byte})"/> says why not).</returns>
    public static bool TryReadWeightedCounts(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out WeightedRatingCounts? counts) =>
        TryBinary(bytes, ReadWeightedCounts, out counts);

    private delegate T BinaryReader<T>(ReadOnlySpan<byte> bytes);

    // The Try forms: the readers' documented failures (JsonException, InvalidDataException) become false.
    private static bool TryJson<T>(string? json, Func<string, T> read, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (json is null)
        {
            return false;
        }

        try
        {
            value = read(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryBinary<T>(ReadOnlySpan<byte> bytes, BinaryReader<T> read, [NotNullWhen(true)] out T? value)
        where T : class
    {
        try
        {
            value = read(bytes);
            return true;
        }
        catch (InvalidDataException)
        {
            value = null;
            return false;
        }
    }

    private static string WriteJson(Action<Utf8JsonWriter> body)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteHeader(Utf8JsonWriter writer, string format, RatingScale scale)
    {
        writer.WriteString("format", format);
        writer.WriteNumber("version", Version);
        writer.WriteStartObject("scale");
        writer.WriteNumber("minimum", scale.Minimum);
        writer.WriteNumber("maximum", scale.Maximum);
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, ReadOnlySpan<long> values)
    {
        writer.WriteStartArray(name);
        foreach (long value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, ReadOnlySpan<double> values)
    {
        writer.WriteStartArray(name);
        foreach (double value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }

    private static JsonDocumentParts ParseJson(string json, string expectedFormat, string[] arrays)
    {
        JsonDocument document;
        try
        {
            CheckShape(json);
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new JsonException($"The rating counts are not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("The rating counts must be a JSON object.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var expected = new HashSet<string>(["format", "version", "scale", .. arrays], StringComparer.Ordinal);
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (!expected.Contains(property.Name))
                {
                    throw new JsonException($"Unknown member '{property.Name}' in {expectedFormat} JSON.");
                }

                if (!seen.Add(property.Name))
                {
                    throw new JsonException($"The member '{property.Name}' appears twice.");
                }
            }

            foreach (string name in expected)
            {
                if (!seen.Contains(name))
                {
                    throw new JsonException($"The required member '{name}' is missing from {expectedFormat} JSON.");
                }
            }

            string? format = root.GetProperty("format").ValueKind == JsonValueKind.String ? root.GetProperty("format").GetString() : null;
            if (format != expectedFormat)
            {
                throw new JsonException($"Expected format '{expectedFormat}' but found '{format ?? root.GetProperty("format").ToString()}'.");
            }

            int version = Integer(root.GetProperty("version"), "version");
            if (version != Version)
            {
                throw new JsonException($"Unsupported {expectedFormat} version {version}; this release reads version {Version}.");
            }

            JsonElement scaleElement = root.GetProperty("scale");
            if (scaleElement.ValueKind != JsonValueKind.Object
                || !scaleElement.TryGetProperty("minimum", out JsonElement minimum)
                || !scaleElement.TryGetProperty("maximum", out JsonElement maximum))
            {
                throw new JsonException("The member 'scale' must be an object with 'minimum' and 'maximum'.");
            }

            RatingScale scale = Validated(() => RatingScale.FromRange(Integer(minimum, "scale.minimum"), Integer(maximum, "scale.maximum")));
            var values = new Dictionary<string, JsonElement[]>(StringComparer.Ordinal);
            foreach (string name in arrays)
            {
                JsonElement array = root.GetProperty(name);
                if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != scale.PointCount)
                {
                    throw new JsonException($"The member '{name}' must be an array of {scale.PointCount} numbers, one per point of the scale {scale}.");
                }

                values[name] = [.. array.EnumerateArray().Select(e => e.Clone())];
            }

            return new JsonDocumentParts(scale, values);
        }
    }

    // The largest document a valid one can be: arrays of at most one entry per point of the largest scale, a few members,
    // short strings, one nested object (the scale).
    private const int MaxArrayLength = RatingScale.MaxValue + 1;
    private const int MaxMembers = 8;
    private const int MaxStringBytes = 256;
    private const int MaxDepth = 2;
    private const int MaxTokenBytes = 1 << 16;

    /// <summary>
    /// Rejects text that no valid document resembles — an array longer than any scale, an object with more members than
    /// any form, a long string, deep nesting, a huge number — as soon as the reader reaches it, before a document is
    /// built. The text is read in chunks with a forward-only reader, so a 100 MB <c>counts</c> array costs a few
    /// kilobytes and stops at its 102nd entry instead of being parsed whole.
    /// </summary>
    private static void CheckShape(string json)
    {
        const int ChunkChars = 4096;
        byte[] buffer = new byte[(ChunkChars * 3) + MaxTokenBytes];
        Encoder encoder = Encoding.UTF8.GetEncoder();
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        Span<int> counts = stackalloc int[MaxDepth + 2];
        Span<bool> isArray = stackalloc bool[MaxDepth + 2];
        int depth = 0, filled = 0, position = 0;
        while (true)
        {
            int take = Math.Min(ChunkChars, json.Length - position);
            encoder.Convert(json.AsSpan(position, take), buffer.AsSpan(filled), position + take == json.Length, out int used, out int written, out _);
            position += used;
            filled += written;
            bool final = position == json.Length;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                if (depth > 0 && token is not (JsonTokenType.EndObject or JsonTokenType.EndArray)
                    && (isArray[depth] || token == JsonTokenType.PropertyName))
                {
                    int limit = isArray[depth] ? MaxArrayLength : MaxMembers;
                    if (++counts[depth] > limit)
                    {
                        throw new JsonException(isArray[depth]
                            ? $"An array holds more than {MaxArrayLength} entries; no rating scale has more than {MaxArrayLength} points."
                            : $"An object has more than {MaxMembers} members; no rating-count form has that many.");
                    }
                }

                switch (token)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (++depth > MaxDepth)
                        {
                            throw new JsonException($"The JSON nests deeper than the rating-count forms ({MaxDepth} levels).");
                        }

                        counts[depth] = 0;
                        isArray[depth] = token == JsonTokenType.StartArray;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.String or JsonTokenType.PropertyName when reader.ValueSpan.Length > MaxStringBytes:
                        throw new JsonException($"A string of {reader.ValueSpan.Length} bytes is longer than any in the rating-count forms ({MaxStringBytes}).");
                }
            }

            if (final)
            {
                return;
            }

            // Keep the unread part (an incomplete token) for the next chunk; a token that does not fit is not a number or
            // string of any valid document.
            state = reader.CurrentState;
            int consumed = (int)reader.BytesConsumed;
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;

            // The unread part starts at a token boundary, perhaps with the separator before the next token: the whitespace
            // after that separator means nothing and is dropped, so that padding cannot pile up.
            int separator = filled > 0 && buffer[0] is (byte)',' or (byte)':' ? 1 : 0;
            int blank = separator;
            while (blank < filled && buffer[blank] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                blank++;
            }

            buffer.AsSpan(blank, filled - blank).CopyTo(buffer.AsSpan(separator));
            filled -= blank - separator;
            if (filled > MaxTokenBytes)
            {
                throw new JsonException($"A single JSON value is longer than {MaxTokenBytes} bytes; no rating-count form has one.");
            }
        }
    }

    private static int Integer(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out int value)
            ? value
            : throw new JsonException($"The member '{path}' must be an integer.");

    private static T Validated<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException error)
        {
            throw new JsonException($"The rating counts are invalid: {error.Message}", error);
        }
        catch (OverflowException error)
        {
            throw new JsonException("The rating counts add up to more than a 64-bit count can hold.", error);
        }
    }

    private static T ValidatedBinary<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException error)
        {
            throw new InvalidDataException($"The binary rating counts are invalid: {error.Message}", error);
        }
        catch (OverflowException error)
        {
            throw new InvalidDataException("The binary rating counts add up to more than a 64-bit count can hold.", error);
        }
    }

    private static void WriteBinaryHeader(Span<byte> bytes, byte kind, RatingScale scale)
    {
        Magic.CopyTo(bytes);
        bytes[4] = Version;
        bytes[5] = kind;
        bytes[6] = (byte)scale.Minimum;
        bytes[7] = (byte)scale.Maximum;
    }

    private static void WriteChecksum(byte[] bytes) =>
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32.Compute(bytes.AsSpan(0, bytes.Length - 4)));

    private static RatingScale ReadBinaryHeader(ReadOnlySpan<byte> bytes, byte expectedKind, int bytesPerPoint)
    {
        if (bytes.Length < HeaderLength + 4)
        {
            throw new InvalidDataException($"The binary rating counts are truncated: {bytes.Length} bytes is shorter than the {HeaderLength + 4}-byte minimum.");
        }

        if (!bytes[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("These bytes are not CxCore rating counts: the magic 'CXRC' is missing.");
        }

        if (bytes[4] != Version)
        {
            throw new InvalidDataException($"Unsupported binary rating-count version {bytes[4]}; this release reads version {Version}.");
        }

        if (bytes[5] != expectedKind)
        {
            string Describe(byte kind) => kind switch { CountsKind => "rating counts", WeightedKind => "weighted rating counts", _ => $"an unknown kind ({kind})" };
            throw new InvalidDataException($"Expected {Describe(expectedKind)} but the bytes hold {Describe(bytes[5])}.");
        }

        RatingScale scale;
        try
        {
            scale = RatingScale.FromRange(bytes[6], bytes[7]);
        }
        catch (ArgumentOutOfRangeException error)
        {
            throw new InvalidDataException($"The binary rating counts name an invalid scale {bytes[6]}..{bytes[7]}.", error);
        }

        int expectedLength = HeaderLength + (bytesPerPoint * scale.PointCount) + 4;
        if (bytes.Length != expectedLength)
        {
            throw new InvalidDataException($"The binary rating counts for the scale {scale} must be {expectedLength} bytes long but are {bytes.Length}.");
        }

        uint stored = BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]);
        uint actual = Crc32.Compute(bytes[..^4]);
        if (stored != actual)
        {
            throw new InvalidDataException($"The binary rating counts are corrupt: the checksum is 0x{stored:x8} but the content gives 0x{actual:x8}.");
        }

        return scale;
    }

    private sealed class JsonDocumentParts(RatingScale scale, Dictionary<string, JsonElement[]> arrays)
    {
        public RatingScale Scale => scale;

        public long[] Longs(string name) =>
            [.. arrays[name].Select((e, i) => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long v) ? v : throw new JsonException($"'{name}[{i}]' must be a whole number."))];

        public double[] Doubles(string name) =>
            [.. arrays[name].Select((e, i) => e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double v) ? v : throw new JsonException($"'{name}[{i}]' must be a number."))];
    }
}
