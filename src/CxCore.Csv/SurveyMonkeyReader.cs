using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>Reads a SurveyMonkey CSV export (two header rows: headings and answer labels), mapped by <see cref="SurveyMonkeyOptions"/>.</summary>
/// <remarks>
/// <para>
/// Columns are found by heading (see <see cref="SurveyMonkeyOptions"/>); errors name them by heading. Dates carry no
/// zone and are read in <see cref="SurveyMonkeyOptions.TimeZone"/>; a date in a daylight-saving gap or overlap is
/// rejected unless <see cref="SurveyMonkeyOptions.Resolver"/> is set.
/// </para>
/// <para>
/// Each accepted row gives one <see cref="Feedback"/> item per answered rating question, in column order. An empty
/// rating cell is an unanswered question (counted in <see cref="ImportReport.UnansweredRatings"/>); a row that answers
/// none is rejected (<see cref="ImportErrorReason.MissingRating"/>).
/// </para>
/// <para>See <see cref="SurveyReader"/> for streaming, encodings, blank rows and errors.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class SurveyMonkeyReader : SurveyReader
{
    private const string ResponseLabel = "Response";
    private const string OpenEndedLabel = "Open-Ended Response";

    private readonly SurveyMonkeyOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/>.</summary>
    /// <param name="options">The mapping.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid: no question, or a blank heading.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SurveyImportOptions.MaxRowBytes"/> is less than 1024, or <see cref="SurveyImportOptions.InvalidBytes"/> is not a defined value.</exception>
    public SurveyMonkeyReader(SurveyMonkeyOptions options)
        : base(options ?? throw new ArgumentNullException(nameof(options)))
    {
        _options = options;
        options.Validate();
    }

    internal override int HeaderRowCount => 2;

    internal override string FormatName => "SurveyMonkey";

    internal override char Separator => ',';

    internal override void ValidateOptions() => _options.Validate();

    internal override RowPlan Bind(IReadOnlyList<string[]> headers)
    {
        string[] headings = headers[0];
        string[] labels = headers[1];
        if (labels.Length != headings.Length)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"The SurveyMonkey header rows have {headings.Length} and {labels.Length} fields; they must have the same number."));
        }

        // A column belongs to the nearest heading at or before it.
        var owner = new string[headings.Length];
        string current = string.Empty;
        for (int i = 0; i < headings.Length; i++)
        {
            if (headings[i].Length > 0)
            {
                current = headings[i];
            }

            owner[i] = current;
        }

        ColumnRef Column(string heading, string label, string what)
        {
            int first = FindFirst(owner, heading, what);
            int count = 1;
            while (first + count < owner.Length && string.Equals(owner[first + count], heading, StringComparison.Ordinal))
            {
                count++;
            }

            // A heading spans adjacent columns; the same heading again further on is a second question of that name.
            ThrowIfRepeated(owner, heading, what, first, first + count);

            if (count == 1)
            {
                return new ColumnRef(first, heading);
            }

            for (int i = first; i < first + count; i++)
            {
                if (string.Equals(labels[i], label, StringComparison.Ordinal))
                {
                    return new ColumnRef(i, heading + " / " + label);
                }
            }

            throw new InvalidDataException($"The heading '{heading}' ({what}) spans {count} columns and none is labelled '{label}'.");
        }

        SurveyMonkeyOptions o = _options;
        return new RowPlan
        {
            FieldCount = headings.Length,
            ResponseId = Column(o.ResponseIdColumn, ResponseLabel, "the response id"),
            Customer = Column(o.CustomerIdColumn, ResponseLabel, "the customer id"),
            Time = Column(o.TimeColumn, ResponseLabel, "the time"),
            TimeFormat = SurveyTimeFormat.FromLocalPattern(o.TimePattern, o.TimeZone, o.Resolver),
            Ratings = o.Questions
                .Select(q => new RatingColumn(Column(q.Key, ResponseLabel, "the question"), q.Value, null))
                .OrderBy(r => r.Column.Index)
                .ToArray(),
            Comment = o.CommentColumn is null ? null : Column(o.CommentColumn, OpenEndedLabel, "the comment"),
            Attributes = o.Attributes.Select(a => new KeyValuePair<string, ColumnRef>(a.Key, Column(a.Value, ResponseLabel, "the attribute"))).ToArray(),
        };
    }
}
