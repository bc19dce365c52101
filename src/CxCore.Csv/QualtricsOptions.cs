using System;
using System.Collections.Generic;
using CxCore.Ratings;
using NodaTime;
using NodaTime.TimeZones;

namespace CxCore.Csv;

/// <summary>The mapping of <see cref="QualtricsReader"/>: which Qualtrics ImportIds hold the ratings, the response id, the customer id and the time.</summary>
/// <remarks>
/// <para>
/// Columns are found by the ImportId of the export's third header row (<c>{"ImportId":"QID1"}</c>), not by the export
/// tag of the first row, so a question renamed in the survey still maps. Export the responses with numeric values
/// ("Use numeric values"): the rating cells must be plain integers on the instrument's scale.
/// </para>
/// <para>Options are mutable; the reader validates them when it is created and when a read starts.</para>
/// </remarks>
public sealed class QualtricsOptions : SurveyImportOptions
{
    /// <summary>The rating questions: ImportId (such as <c>QID1</c>) to instrument (ordinal keys); at least one.</summary>
    /// <remarks>
    /// For an <see cref="RatingMetric.Nps"/> instrument, the column with ImportId <c>QID1_NPS_GROUP</c> (export tag
    /// <c>Q1_NPS_GROUP</c>), when the export has it, must agree with the rating: 1 for 0–6, 2 for 7–8, 3 for 9–10, and
    /// empty when the rating is empty.
    /// </remarks>
    public IDictionary<string, FeedbackInstrument> Questions { get; } = new Dictionary<string, FeedbackInstrument>(StringComparer.Ordinal);

    /// <summary>The ImportId of the response id.</summary>
    /// <value><c>_recordId</c> (export tag <c>ResponseId</c>) by default.</value>
    public string ResponseIdImportId { get; set; } = "_recordId";

    /// <summary>The ImportId of the customer id: <c>externalDataReference</c> (export tag <c>ExternalReference</c>) or an embedded-data field such as <c>CustomerId</c>.</summary>
    /// <value><c>externalDataReference</c> by default.</value>
    public string CustomerIdImportId { get; set; } = "externalDataReference";

    /// <summary>The ImportId of the response time, written as <c>2026-11-22 10:15:03</c> in the export's time zone.</summary>
    /// <value><c>recordedDate</c> (export tag <c>RecordedDate</c>) by default; <c>startDate</c> and <c>endDate</c> also work.</value>
    public string TimeImportId { get; set; } = "recordedDate";

    /// <summary>The time zone of the time column, or <see langword="null"/> to take it from the column's ImportId (<c>"timeZone":"America/Denver"</c>).</summary>
    /// <value><see langword="null"/> by default. The read fails when it is <see langword="null"/> and the header names no known zone.</value>
    public DateTimeZone? TimeZone { get; set; }

    /// <summary>How ambiguous and skipped local times become instants, or <see langword="null"/> to reject those rows (see <see cref="SurveyTimeFormat"/>).</summary>
    /// <value><see langword="null"/> by default.</value>
    public ZoneLocalMappingResolver? Resolver { get; set; }

    /// <summary>The ImportId of a text question whose answer becomes the comment of every feedback item of the row (such as <c>QID4_TEXT</c>), or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? CommentImportId { get; set; }

    /// <summary>Customer attributes: attribute name to the ImportId of its column (ordinal keys), such as <c>"segment"</c> to the embedded-data field <c>Segment</c>.</summary>
    public IDictionary<string, string> Attributes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    internal void Validate()
    {
        ValidateCommon();
        if (Questions.Count == 0)
        {
            throw new ArgumentException("Questions is empty: name at least one rating question by its ImportId.", nameof(Questions));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ResponseIdImportId, nameof(ResponseIdImportId));
        ArgumentException.ThrowIfNullOrWhiteSpace(CustomerIdImportId, nameof(CustomerIdImportId));
        ArgumentException.ThrowIfNullOrWhiteSpace(TimeImportId, nameof(TimeImportId));
    }
}
