using System.Collections.Generic;

namespace CxCore.Csv;

/// <summary>A column of the file: its index and the name errors call it by.</summary>
internal readonly record struct ColumnRef(int Index, string Name);

/// <summary>A rating column, with its instrument (null: from the row's instrument column) and its Qualtrics NPS group column.</summary>
internal sealed record RatingColumn(ColumnRef Column, FeedbackInstrument? Instrument, ColumnRef? NpsGroup);

/// <summary>Where every value of a row is, resolved from the header rows once per read.</summary>
internal sealed class RowPlan
{
    public required int FieldCount { get; init; }

    public required ColumnRef ResponseId { get; init; }

    public required ColumnRef Customer { get; init; }

    public required ColumnRef Time { get; init; }

    public required SurveyTimeFormat TimeFormat { get; init; }

    public required RatingColumn[] Ratings { get; init; }

    public ColumnRef? Instrument { get; init; }

    public IReadOnlyDictionary<string, FeedbackInstrument>? Instruments { get; init; }

    public ColumnRef? Comment { get; init; }

    public ColumnRef? Topics { get; init; }

    public char TopicSeparator { get; init; } = ';';

    public ColumnRef? Touchpoint { get; init; }

    public required KeyValuePair<string, ColumnRef>[] Attributes { get; init; }
}
