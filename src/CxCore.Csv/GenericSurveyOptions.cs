using System;
using System.Collections.Generic;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>The column mapping of <see cref="GenericSurveyReader"/>: a CSV file with one header row and one response per row (Medallia and home-grown exports).</summary>
/// <remarks>
/// Column names are matched exactly (ordinal, case-sensitive) against the header row; a name that is not in the header
/// fails the read before any row is read. Options are mutable; the reader validates them when it is created and when a
/// read starts.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class GenericSurveyOptions : SurveyImportOptions
{
    /// <summary>Creates a mapping with the four columns every row needs.</summary>
    /// <param name="responseIdColumn">The column of the response id.</param>
    /// <param name="customerIdColumn">The column of the customer id.</param>
    /// <param name="timeColumn">The column of the response time, read with <see cref="TimeFormat"/>.</param>
    /// <param name="ratingColumn">The column of the rating (a plain integer).</param>
    /// <exception cref="ArgumentNullException">A column name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A column name is empty or white space.</exception>
    public GenericSurveyOptions(string responseIdColumn, string customerIdColumn, string timeColumn, string ratingColumn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(responseIdColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerIdColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(ratingColumn);
        ResponseIdColumn = responseIdColumn;
        CustomerIdColumn = customerIdColumn;
        TimeColumn = timeColumn;
        RatingColumn = ratingColumn;
    }

    /// <summary>The column of the response id.</summary>
    public string ResponseIdColumn { get; set; }

    /// <summary>The column of the customer id.</summary>
    public string CustomerIdColumn { get; set; }

    /// <summary>The column of the response time.</summary>
    public string TimeColumn { get; set; }

    /// <summary>The column of the rating.</summary>
    public string RatingColumn { get; set; }

    /// <summary>How the time column is read.</summary>
    /// <value><see cref="SurveyTimeFormat.ExtendedIso"/> (UTC, such as <c>2026-11-22T10:15:03Z</c>) by default.</value>
    public SurveyTimeFormat TimeFormat { get; set; } = SurveyTimeFormat.ExtendedIso;

    /// <summary>The instrument of every rating, when the file holds answers to one question.</summary>
    /// <value><see langword="null"/> by default. Exactly one of <see cref="Instrument"/> and <see cref="InstrumentColumn"/> must be set.</value>
    public FeedbackInstrument? Instrument { get; set; }

    /// <summary>The column that names each row's instrument, looked up in <see cref="Instruments"/>.</summary>
    /// <value><see langword="null"/> by default. Exactly one of <see cref="Instrument"/> and <see cref="InstrumentColumn"/> must be set.</value>
    public string? InstrumentColumn { get; set; }

    /// <summary>The instruments by the text of <see cref="InstrumentColumn"/> (ordinal keys); a value not in it rejects the row (<see cref="ImportErrorReason.UnknownInstrument"/>).</summary>
    public IDictionary<string, FeedbackInstrument> Instruments { get; } = new Dictionary<string, FeedbackInstrument>(StringComparer.Ordinal);

    /// <summary>The column of the free-text comment, or <see langword="null"/> for none.</summary>
    /// <value><see langword="null"/> by default. An empty cell is no comment.</value>
    public string? CommentColumn { get; set; }

    /// <summary>The column of the topics, separated by <see cref="TopicSeparator"/>, or <see langword="null"/> for none.</summary>
    /// <value><see langword="null"/> by default. Topics are trimmed; empty ones (as in <c>a;;b</c>) are not topics and are left out.</value>
    public string? TopicsColumn { get; set; }

    /// <summary>The character between topics in <see cref="TopicsColumn"/>.</summary>
    /// <value><c>;</c> by default.</value>
    public char TopicSeparator { get; set; } = ';';

    /// <summary>The column of the id of the touchpoint rated (transactional surveys), or <see langword="null"/> for none.</summary>
    /// <value><see langword="null"/> by default. An empty or white-space cell means a relationship answer.</value>
    public string? TouchpointIdColumn { get; set; }

    /// <summary>Columns copied into <see cref="ImportedRow.Attributes"/>, keyed by the column name.</summary>
    public IList<string> AttributeColumns { get; } = [];

    /// <summary>The field separator.</summary>
    /// <value><c>,</c> by default; any ASCII character other than the quote, CR and LF.</value>
    public char Separator { get; set; } = ',';

    internal void Validate()
    {
        ValidateCommon();
        ArgumentException.ThrowIfNullOrWhiteSpace(ResponseIdColumn, nameof(ResponseIdColumn));
        ArgumentException.ThrowIfNullOrWhiteSpace(CustomerIdColumn, nameof(CustomerIdColumn));
        ArgumentException.ThrowIfNullOrWhiteSpace(TimeColumn, nameof(TimeColumn));
        ArgumentException.ThrowIfNullOrWhiteSpace(RatingColumn, nameof(RatingColumn));
        ArgumentNullException.ThrowIfNull(TimeFormat, nameof(TimeFormat));
        if ((Instrument is null) == (InstrumentColumn is null))
        {
            throw new ArgumentException("Set exactly one of Instrument (one question for the whole file) and InstrumentColumn (the instrument named in each row).", nameof(Instrument));
        }

        if (InstrumentColumn is not null && Instruments.Count == 0)
        {
            throw new ArgumentException("InstrumentColumn is set but Instruments is empty: every row would be rejected.", nameof(Instruments));
        }

        SurveyReader.ValidateSeparator(Separator, nameof(Separator));
        SurveyReader.ValidateSeparator(TopicSeparator, nameof(TopicSeparator));
        foreach (string column in AttributeColumns)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(column, nameof(AttributeColumns));
        }
    }
}
