using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CxCore.Ratings;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Csv;

/// <summary>Reads a Qualtrics CSV export (three header rows: export tags, question texts, ImportId JSON), mapped by <see cref="QualtricsOptions"/>.</summary>
/// <remarks>
/// <para>
/// Columns are found by ImportId (third header row), so renamed export tags still map; errors name the column by its
/// export tag (first header row). The time column (<c>2026-11-22 10:15:03</c>) is read in the zone its ImportId names
/// (<c>{"ImportId":"recordedDate","timeZone":"America/Denver"}</c>, a TZDB id) unless
/// <see cref="QualtricsOptions.TimeZone"/> overrides it.
/// </para>
/// <para>
/// Each accepted row gives one <see cref="Feedback"/> item per answered rating question, in column order. An empty
/// rating cell is an unanswered question (counted in <see cref="ImportReport.UnansweredRatings"/>); a row that answers
/// none is rejected (<see cref="ImportErrorReason.MissingRating"/>). NPS answers are checked against their
/// <c>_NPS_GROUP</c> column (see <see cref="QualtricsOptions.Questions"/>).
/// </para>
/// <para>See <see cref="SurveyReader"/> for streaming, encodings, blank rows and errors.</para>
/// </remarks>
public sealed class QualtricsReader : SurveyReader
{
    /// <summary>The pattern of Qualtrics dates: <c>uuuu-MM-dd HH:mm:ss</c>.</summary>
    internal static readonly LocalDateTimePattern TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");

    private readonly QualtricsOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/>.</summary>
    /// <param name="options">The mapping.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid: no question, or a blank ImportId.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SurveyImportOptions.MaxRowBytes"/> is less than 1024, or <see cref="SurveyImportOptions.InvalidBytes"/> is not a defined value.</exception>
    public QualtricsReader(QualtricsOptions options)
        : base(options ?? throw new ArgumentNullException(nameof(options)))
    {
        _options = options;
        options.Validate();
    }

    internal override int HeaderRowCount => 3;

    internal override string FormatName => "Qualtrics";

    internal override char Separator => ',';

    internal override void ValidateOptions() => _options.Validate();

    internal override RowPlan Bind(IReadOnlyList<string[]> headers)
    {
        string[] tags = headers[0];
        if (headers[1].Length != tags.Length || headers[2].Length != tags.Length)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"The Qualtrics header rows have {tags.Length}, {headers[1].Length} and {headers[2].Length} fields; they must have the same number."));
        }

        var importIds = new string[tags.Length];
        var zones = new string?[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            (importIds[i], zones[i]) = ParseImportId(headers[2][i], i);
        }

        QualtricsOptions o = _options;
        ColumnRef Column(string importId, string what)
        {
            int index = Find(importIds, importId, what + " (ImportId)");
            return new ColumnRef(index, tags[index]);
        }

        ColumnRef time = Column(o.TimeImportId, "the time");
        DateTimeZone zone = o.TimeZone ?? ZoneOf(zones[time.Index], time.Name);
        RatingColumn[] ratings = o.Questions
            .Select(q =>
            {
                ColumnRef column = Column(q.Key, "the question");
                ColumnRef? group = null;
                if (q.Value.Metric == RatingMetric.Nps)
                {
                    int g = Array.IndexOf(importIds, q.Key + "_NPS_GROUP");
                    group = g < 0 ? null : new ColumnRef(g, tags[g]);
                }

                return new RatingColumn(column, q.Value, group);
            })
            .OrderBy(r => r.Column.Index)
            .ToArray();

        return new RowPlan
        {
            FieldCount = tags.Length,
            ResponseId = Column(o.ResponseIdImportId, "the response id"),
            Customer = Column(o.CustomerIdImportId, "the customer id"),
            Time = time,
            TimeFormat = SurveyTimeFormat.FromLocalPattern(TimePattern, zone, o.Resolver),
            Ratings = ratings,
            Comment = o.CommentImportId is null ? null : Column(o.CommentImportId, "the comment"),
            Attributes = o.Attributes.Select(a => new KeyValuePair<string, ColumnRef>(a.Key, Column(a.Value, "the attribute"))).ToArray(),
        };
    }

    private static (string ImportId, string? TimeZone) ParseImportId(string json, int column)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object &&
                root.TryGetProperty("ImportId", out JsonElement id) &&
                id.ValueKind == JsonValueKind.String)
            {
                string? zone = root.TryGetProperty("timeZone", out JsonElement z) && z.ValueKind == JsonValueKind.String ? z.GetString() : null;
                return (id.GetString()!, zone);
            }
        }
        catch (JsonException)
        {
            // Reported below.
        }

        throw new InvalidDataException(string.Create(
            CultureInfo.InvariantCulture,
            $"Field {column + 1} of the third Qualtrics header row is not an ImportId object such as {{\"ImportId\":\"QID1\"}}: '{json}'."));
    }

    private static DateTimeZone ZoneOf(string? zoneId, string column)
    {
        if (zoneId is null)
        {
            throw new InvalidDataException($"The ImportId of the time column '{column}' names no time zone; set QualtricsOptions.TimeZone.");
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new InvalidDataException($"The time zone '{zoneId}' of the time column '{column}' is not a TZDB zone; set QualtricsOptions.TimeZone.");
    }
}
