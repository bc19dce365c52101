using System;
using System.Globalization;
using CxCore.Import;
using NodaTime.Text;
using NodaTime.TimeZones;
using NodaTime;

namespace CxCore.Csv;

/// <summary>How the time cell of a survey export is turned into an <see cref="Instant"/>.</summary>
/// <remarks>
/// <para>
/// Three kinds: an <see cref="InstantPattern"/> for UTC text (<see cref="ExtendedIso"/>, the default of the generic
/// mapping), an <see cref="OffsetDateTimePattern"/> for text that carries its own UTC offset, and a
/// <see cref="LocalDateTimePattern"/> for wall-clock text without a zone, read in a <see cref="DateTimeZone"/>.
/// </para>
/// <para>
/// Wall-clock times can be ambiguous (in the hour that repeats when clocks go back) or skipped (in the hour that does
/// not exist when clocks go forward). Without a resolver such a row is rejected with
/// <see cref="ImportErrorReason.AmbiguousLocalTime"/> or <see cref="ImportErrorReason.SkippedLocalTime"/>: the file does
/// not say which instant was meant. Pass a resolver (for example <see cref="Resolvers.LenientResolver"/>: the earlier of
/// two ambiguous instants, a skipped time shifted forward by the gap) to accept them instead.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class SurveyTimeFormat
{
    private readonly InstantPattern? _instant;
    private readonly OffsetDateTimePattern? _offset;
    private readonly LocalDateTimePattern? _local;
    private readonly DateTimeZone? _zone;
    private readonly ZoneLocalMappingResolver? _resolver;

    private SurveyTimeFormat(InstantPattern? instant, OffsetDateTimePattern? offset, LocalDateTimePattern? local, DateTimeZone? zone, ZoneLocalMappingResolver? resolver)
    {
        _instant = instant;
        _offset = offset;
        _local = local;
        _zone = zone;
        _resolver = resolver;
    }

    /// <summary>UTC text in extended ISO-8601, such as <c>2026-11-22T10:15:03Z</c> or <c>2026-11-22T10:15:03.25Z</c> (<see cref="InstantPattern.ExtendedIso"/>).</summary>
    public static SurveyTimeFormat ExtendedIso { get; } = new(InstantPattern.ExtendedIso, null, null, null, null);

    /// <summary>The time zone wall-clock text is read in, or <see langword="null"/> for instant and offset patterns.</summary>
    public DateTimeZone? Zone => _zone;

    /// <summary>Reads UTC text with <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The pattern, such as <see cref="InstantPattern.General"/>.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public static SurveyTimeFormat FromInstantPattern(InstantPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new SurveyTimeFormat(pattern, null, null, null, null);
    }

    /// <summary>Reads text that carries its own UTC offset with <paramref name="pattern"/>, such as <c>2026-11-22T10:15:03-07:00</c>.</summary>
    /// <param name="pattern">The pattern, such as <see cref="OffsetDateTimePattern.ExtendedIso"/>.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is <see langword="null"/>.</exception>
    public static SurveyTimeFormat FromOffsetPattern(OffsetDateTimePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new SurveyTimeFormat(null, pattern, null, null, null);
    }

    /// <summary>Reads wall-clock text with <paramref name="pattern"/> in <paramref name="zone"/>.</summary>
    /// <param name="pattern">The pattern, such as <c>LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss")</c>.</param>
    /// <param name="zone">The zone the wall-clock times were written in.</param>
    /// <param name="resolver">
    /// How ambiguous and skipped local times become instants, or <see langword="null"/> (the default) to reject them
    /// (see the remarks of <see cref="SurveyTimeFormat"/>).
    /// </param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> or <paramref name="zone"/> is <see langword="null"/>.</exception>
    public static SurveyTimeFormat FromLocalPattern(LocalDateTimePattern pattern, DateTimeZone zone, ZoneLocalMappingResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(zone);
        return new SurveyTimeFormat(null, null, pattern, zone, resolver);
    }

    /// <summary>Describes the format: its pattern text and, for wall-clock text, its zone.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        _instant is not null ? $"instant '{_instant.PatternText}'"
        : _offset is not null ? $"offset '{_offset.PatternText}'"
        : $"local '{_local!.PatternText}' in {_zone!.Id}";

    internal bool TryParse(string text, out Instant instant, out ImportErrorReason reason, out string detail)
    {
        instant = default;
        reason = ImportErrorReason.UnparseableTime;
        if (text.Length == 0)
        {
            detail = "the time is empty.";
            return false;
        }

        if (_instant is not null)
        {
            ParseResult<Instant> result = _instant.Parse(text);
            if (result.Success)
            {
                instant = result.Value;
                detail = string.Empty;
                return true;
            }

            detail = $"{ImportRowError.Quote(text)} does not match the instant pattern '{_instant.PatternText}'.";
            return false;
        }

        if (_offset is not null)
        {
            ParseResult<OffsetDateTime> result = _offset.Parse(text);
            if (result.Success)
            {
                instant = result.Value.ToInstant();
                detail = string.Empty;
                return true;
            }

            detail = $"{ImportRowError.Quote(text)} does not match the offset date-time pattern '{_offset.PatternText}'.";
            return false;
        }

        ParseResult<LocalDateTime> local = _local!.Parse(text);
        if (!local.Success)
        {
            detail = $"{ImportRowError.Quote(text)} does not match the local date-time pattern '{_local.PatternText}'.";
            return false;
        }

        if (_resolver is not null)
        {
            try
            {
                instant = _zone!.ResolveLocal(local.Value, _resolver).ToInstant();
                detail = string.Empty;
                return true;
            }
            catch (SkippedTimeException)
            {
                // A resolver such as Resolvers.StrictResolver rejects the time: report it like the default does.
            }
            catch (AmbiguousTimeException)
            {
            }
        }

        ZoneLocalMapping mapping = _zone!.MapLocal(local.Value);
        switch (mapping.Count)
        {
            case 1:
                instant = mapping.Single().ToInstant();
                detail = string.Empty;
                return true;
            case 0:
                reason = ImportErrorReason.SkippedLocalTime;
                detail = string.Create(CultureInfo.InvariantCulture, $"{ImportRowError.Quote(text)} does not exist in {_zone.Id} (a daylight-saving gap); pass a resolver to accept it.");
                return false;
            default:
                reason = ImportErrorReason.AmbiguousLocalTime;
                detail = string.Create(CultureInfo.InvariantCulture, $"{ImportRowError.Quote(text)} occurs twice in {_zone.Id} (a daylight-saving overlap); pass a resolver to choose one.");
                return false;
        }
    }
}
