using System;
using System.Collections.Generic;
using CxCore.Import;
using NodaTime.Text;
using NodaTime.TimeZones;
using NodaTime;

namespace CxCore.Csv;

/// <summary>The mapping of <see cref="SurveyMonkeyReader"/>: which question headings hold the ratings, and the zone the export's dates were written in.</summary>
/// <remarks>
/// <para>
/// A SurveyMonkey CSV export has two header rows: the first holds the question (or metadata) heading in the first
/// column of each question, the second the answer label of each column (<c>Response</c> for a single choice,
/// <c>Open-Ended Response</c> for a comment box). A column belongs to the nearest heading at or before it. A heading is
/// matched exactly (ordinal); when it spans several columns, its rating is the column labelled <c>Response</c> and its
/// comment the column labelled <c>Open-Ended Response</c>.
/// </para>
/// <para>
/// Dates such as <c>11/22/2026 10:15:03 AM</c> carry no zone: they are read in <see cref="TimeZone"/>, the zone of the
/// SurveyMonkey account that exported them. Options are mutable; the reader validates them when it is created and when
/// a read starts.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class SurveyMonkeyOptions : SurveyImportOptions
{
    /// <summary>The default of <see cref="TimePattern"/>: <c>M/d/uuuu h:mm:ss tt</c> in the invariant culture (one- or two-digit month, day and hour).</summary>
    public static LocalDateTimePattern DefaultTimePattern { get; } = LocalDateTimePattern.CreateWithInvariantCulture("M'/'d'/'uuuu h':'mm':'ss tt");

    /// <summary>Creates a mapping.</summary>
    /// <param name="customerIdColumn">The heading of the customer-id column, such as <c>Email Address</c> or <c>Custom Data 1</c>.</param>
    /// <param name="timeZone">The zone the export's dates were written in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customerIdColumn"/> or <paramref name="timeZone"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerIdColumn"/> is empty or white space.</exception>
    public SurveyMonkeyOptions(string customerIdColumn, DateTimeZone timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerIdColumn);
        ArgumentNullException.ThrowIfNull(timeZone);
        CustomerIdColumn = customerIdColumn;
        TimeZone = timeZone;
    }

    /// <summary>The rating questions: heading (the question text of the first header row) to instrument (ordinal keys); at least one.</summary>
    public IDictionary<string, FeedbackInstrument> Questions { get; } = new Dictionary<string, FeedbackInstrument>(StringComparer.Ordinal);

    /// <summary>The heading of the response id.</summary>
    /// <value><c>Respondent ID</c> by default.</value>
    public string ResponseIdColumn { get; set; } = "Respondent ID";

    /// <summary>The heading of the customer id.</summary>
    public string CustomerIdColumn { get; set; }

    /// <summary>The heading of the response time.</summary>
    /// <value><c>End Date</c> by default (when the respondent submitted); <c>Start Date</c> also works.</value>
    public string TimeColumn { get; set; } = "End Date";

    /// <summary>The pattern of the dates.</summary>
    /// <value><see cref="DefaultTimePattern"/> by default.</value>
    public LocalDateTimePattern TimePattern { get; set; } = DefaultTimePattern;

    /// <summary>The zone the dates were written in.</summary>
    public DateTimeZone TimeZone { get; set; }

    /// <summary>How ambiguous and skipped local times become instants, or <see langword="null"/> to reject those rows (see <see cref="SurveyTimeFormat"/>).</summary>
    /// <value>
    /// <see langword="null"/> by default: a response stamped in the hour that repeats when clocks go back cannot be
    /// placed, so it is rejected as <see cref="ImportErrorReason.AmbiguousLocalTime"/>. <see cref="Resolvers.LenientResolver"/>
    /// accepts it as the earlier instant.
    /// </value>
    public ZoneLocalMappingResolver? Resolver { get; set; }

    /// <summary>The heading of a comment question whose open-ended answer becomes the comment of every feedback item of the row, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? CommentColumn { get; set; }

    /// <summary>Customer attributes: attribute name to the heading of its column (ordinal keys), such as <c>"plan"</c> to <c>Custom Data 2</c>.</summary>
    public IDictionary<string, string> Attributes { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    internal void Validate()
    {
        ValidateCommon();
        if (Questions.Count == 0)
        {
            throw new ArgumentException("Questions is empty: name at least one rating question by its heading.", nameof(Questions));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ResponseIdColumn, nameof(ResponseIdColumn));
        ArgumentException.ThrowIfNullOrWhiteSpace(CustomerIdColumn, nameof(CustomerIdColumn));
        ArgumentException.ThrowIfNullOrWhiteSpace(TimeColumn, nameof(TimeColumn));
        ArgumentNullException.ThrowIfNull(TimePattern, nameof(TimePattern));
        ArgumentNullException.ThrowIfNull(TimeZone, nameof(TimeZone));
    }
}
