using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CxCore.Import;

/// <summary>
/// Turns a time cell into an <see cref="Instant"/>: text with its own UTC offset, or wall-clock text read in a fixed zone
/// or in the zone a cell names; typed database values as they are. On failure, the detail names the pattern, quotes the
/// value and suggests a pattern that would read it.
/// </summary>
internal sealed class ImportTime
{
    // Candidates for the suggestion, tried in order on a value that does not match the configured pattern.
    private static readonly OffsetDateTimePattern[] OffsetCandidates =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF' 'o<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalCandidates =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu HH':'mm':'ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("MM'/'dd'/'uuuu HH':'mm':'ss"),
    ];

    private readonly OffsetDateTimePattern _offset;
    private readonly LocalDateTimePattern _local;
    private readonly DateTimeZone? _zone;
    private readonly bool _zoneColumn;
    private readonly ZoneLocalMappingResolver? _resolver;

    // The allocation-free path for wall-clock text in the fixed zone (null when the pattern or the setup has none).
    private readonly FixedLocalDateTimeFormat? _fastLocal;
    private readonly ZoneIntervalWindow? _fastZone;

    public ImportTime(OffsetDateTimePattern offset, LocalDateTimePattern local, DateTimeZone? zone, bool zoneColumn, ZoneLocalMappingResolver? resolver)
    {
        _offset = offset;
        _local = local;
        _zone = zone;
        _zoneColumn = zoneColumn;
        _resolver = resolver;
        if (zone is not null && resolver is null)
        {
            _fastLocal = FixedLocalDateTimeFormat.TryCreate(local);
            _fastZone = _fastLocal is null ? null : new ZoneIntervalWindow(zone);
        }
    }

    /// <summary>Whether the text is wall-clock time (a fixed zone or a zone column is configured).</summary>
    public bool IsLocal => _zone is not null || _zoneColumn;

    /// <summary>Describes the configured pattern for messages.</summary>
    public string PatternDescription => IsLocal
        ? $"the local date-time pattern '{_local.PatternText}'"
        : $"the offset date-time pattern '{_offset.PatternText}'";

    /// <summary>Reads a zone id, such as <c>Europe/Berlin</c>, or returns null.</summary>
    public static DateTimeZone? FindZone(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    /// <summary>Parses <paramref name="text"/>; <paramref name="rowZone"/> is the zone of the row's zone cell, if any.</summary>
    public bool TryParse(string text, DateTimeZone? rowZone, out Instant instant, out ImportErrorReason reason, out string detail)
    {
        instant = default;
        reason = ImportErrorReason.UnparseableTime;
        if (string.IsNullOrWhiteSpace(text))
        {
            detail = "the time is empty.";
            return false;
        }

        if (!IsLocal)
        {
            ParseResult<OffsetDateTime> result = _offset.Parse(text);
            if (result.Success)
            {
                instant = result.Value.ToInstant();
                detail = string.Empty;
                return true;
            }

            detail = $"{ImportRowError.Quote(text)} does not match {PatternDescription}.{Suggest(text)}";
            return false;
        }

        ParseResult<LocalDateTime> local = _local.Parse(text);
        if (!local.Success)
        {
            detail = $"{ImportRowError.Quote(text)} does not match {PatternDescription}.{Suggest(text)}";
            return false;
        }

        return TryResolve(local.Value, rowZone ?? _zone!, text, out instant, out reason, out detail);
    }

    /// <summary>
    /// The fast path of <see cref="TryParse"/> for wall-clock text in the fixed zone, without a row zone: true with the
    /// instant <see cref="TryParse"/> would give, or false, and then the caller calls <see cref="TryParse"/> (which also
    /// words the errors). Allocates nothing on the common path.
    /// </summary>
    public bool TryParseFast(ReadOnlySpan<char> text, out Instant instant)
    {
        if (_fastZone is not null && _fastLocal!.TryParse(text, out LocalDateTime local))
        {
            return _fastZone.TryMap(local, out instant);
        }

        instant = default;
        return false;
    }

    /// <summary>Maps a wall-clock time in <paramref name="zone"/>, rejecting skipped and ambiguous times unless a resolver is set.</summary>
    public bool TryResolve(LocalDateTime local, DateTimeZone zone, string text, out Instant instant, out ImportErrorReason reason, out string detail)
    {
        instant = default;
        reason = ImportErrorReason.UnparseableTime;
        if (_resolver is not null)
        {
            try
            {
                instant = zone.ResolveLocal(local, _resolver).ToInstant();
                detail = string.Empty;
                return true;
            }
            catch (SkippedTimeException)
            {
            }
            catch (AmbiguousTimeException)
            {
            }
        }

        ZoneLocalMapping mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                instant = mapping.First().ToInstant();
                detail = string.Empty;
                return true;
            case 0:
                reason = ImportErrorReason.SkippedLocalTime;
                detail = string.Create(CultureInfo.InvariantCulture, $"{ImportRowError.Quote(text)} does not exist in {zone.Id} (a daylight-saving gap); set a resolver to accept it.");
                return false;
            default:
                reason = ImportErrorReason.AmbiguousLocalTime;
                detail = string.Create(CultureInfo.InvariantCulture, $"{ImportRowError.Quote(text)} occurs twice in {zone.Id} (a daylight-saving overlap); set a resolver to choose one.");
                return false;
        }
    }

    /// <summary>A sentence suggesting a pattern that reads <paramref name="text"/>, or the empty string.</summary>
    private string Suggest(string text)
    {
        foreach (OffsetDateTimePattern candidate in OffsetCandidates)
        {
            if (candidate.Parse(text).Success)
            {
                return IsLocal
                    ? $" The value carries a UTC offset: read it as an instant with OffsetPattern '{candidate.PatternText}' and no zone."
                    : $" It matches the offset pattern '{candidate.PatternText}'.";
            }
        }

        foreach (LocalDateTimePattern candidate in LocalCandidates)
        {
            if (candidate.Parse(text).Success)
            {
                return IsLocal
                    ? $" It matches the local pattern '{candidate.PatternText}'."
                    : $" The value has no UTC offset: it is wall-clock time, so set LocalPattern '{candidate.PatternText}' with a Zone or a ZoneColumn.";
            }
        }

        return string.Empty;
    }
}
