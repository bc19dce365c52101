using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>Reads a CSV file with one header row and one response per row, mapped by <see cref="GenericSurveyOptions"/> (Medallia and home-grown exports).</summary>
/// <remarks>
/// <para>
/// Each accepted row gives one <see cref="Feedback"/> item: the rating of <see cref="GenericSurveyOptions.RatingColumn"/>
/// on the instrument of the options (or of the row's instrument column), with the row's comment, topics and
/// touchpoint. An empty rating cell rejects the row (<see cref="ImportErrorReason.MissingRating"/>).
/// </para>
/// <para>See <see cref="SurveyReader"/> for streaming, encodings, blank rows and errors.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class GenericSurveyReader : SurveyReader
{
    private readonly GenericSurveyOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/>.</summary>
    /// <param name="options">The column mapping.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid: a blank column name, both or neither of <see cref="GenericSurveyOptions.Instrument"/> and <see cref="GenericSurveyOptions.InstrumentColumn"/>, or an instrument column with no instruments.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A separator is not ASCII, or is the quote, CR or LF; or <see cref="SurveyImportOptions.MaxRowBytes"/> is less than 1024, or <see cref="SurveyImportOptions.InvalidBytes"/> is not a defined value.</exception>
    public GenericSurveyReader(GenericSurveyOptions options)
        : base(options ?? throw new ArgumentNullException(nameof(options)))
    {
        _options = options;
        options.Validate();
    }

    internal override int HeaderRowCount => 1;

    internal override string FormatName => "generic";

    internal override char Separator => _options.Separator;

    internal override void ValidateOptions() => _options.Validate();

    internal override RowPlan Bind(IReadOnlyList<string[]> headers)
    {
        string[] names = headers[0];
        GenericSurveyOptions o = _options;
        ColumnRef Column(string name, string what) => new(Find(names, name, what), name);
        ColumnRef? Optional(string? name, string what) => name is null ? null : Column(name, what);

        ColumnRef? instrument = Optional(o.InstrumentColumn, "the instrument");
        return new RowPlan
        {
            FieldCount = names.Length,
            ResponseId = Column(o.ResponseIdColumn, "the response id"),
            Customer = Column(o.CustomerIdColumn, "the customer id"),
            Time = Column(o.TimeColumn, "the time"),
            TimeFormat = o.TimeFormat,
            Ratings = [new RatingColumn(Column(o.RatingColumn, "the rating"), o.Instrument, null)],
            Instrument = instrument,
            Instruments = instrument is null ? null : new Dictionary<string, FeedbackInstrument>(o.Instruments, StringComparer.Ordinal),
            Comment = Optional(o.CommentColumn, "the comment"),
            Topics = Optional(o.TopicsColumn, "the topics"),
            TopicSeparator = o.TopicSeparator,
            Touchpoint = Optional(o.TouchpointIdColumn, "the touchpoint id"),
            Attributes = o.AttributeColumns.Select(a => new KeyValuePair<string, ColumnRef>(a, Column(a, "the attribute"))).ToArray(),
        };
    }
}
