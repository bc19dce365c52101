using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Serialization;

/// <summary>The text forms of NodaTime values, built on NodaTime's own patterns.</summary>
internal static class NodaJson
{
    internal static string FormatInstant(Instant value) => InstantPattern.ExtendedIso.Format(value);

    internal static Instant ParseInstant(string text) => Parse(InstantPattern.ExtendedIso.Parse(text), "instant", text);

    internal static Instant ReadInstant(ref Utf8JsonReader reader) => ParseInstant(JsonRead.String(ref reader));

    internal static string FormatDuration(Duration value) => DurationPattern.JsonRoundtrip.Format(value);

    internal static Duration ParseDuration(string text) => Parse(DurationPattern.JsonRoundtrip.Parse(text), "duration", text);

    internal static Duration ReadDuration(ref Utf8JsonReader reader) => ParseDuration(JsonRead.String(ref reader));

    internal static Duration? ReadOptionalDuration(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDuration(ref reader);

    internal static string FormatLocalDate(LocalDate value)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            throw new JsonException(
                $"The date {value} is in the {value.Calendar.Id} calendar; only ISO dates are written. Convert it with WithCalendar(CalendarSystem.Iso) first.");
        }

        return LocalDatePattern.Iso.Format(value);
    }

    internal static LocalDate ParseLocalDate(string text) => Parse(LocalDatePattern.Iso.Parse(text), "ISO date", text);

    internal static DateTimeZone ParseZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? throw JsonRead.Fail($"'{id}' is not a time zone id of TZDB {DateTimeZoneProviders.Tzdb.VersionId} (nor a fixed-offset id such as UTC+01:00).");

    private static T Parse<T>(ParseResult<T> result, string what, string text) =>
        result.Success ? result.Value : throw JsonRead.Fail($"'{text}' is not a valid {what}: {result.Exception.Message}", result.Exception);
}
