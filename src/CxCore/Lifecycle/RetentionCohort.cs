using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>One acquisition cohort of a <see cref="CohortRetention"/> table: its calendar period, size and retention cells.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class RetentionCohort
{
    internal RetentionCohort(DateInterval period, string label, long size, IReadOnlyList<RetentionCell> cells)
    {
        Period = period;
        Label = label;
        Size = size;
        Cells = cells;
    }

    /// <summary>The calendar period the cohort's customers were acquired in (local dates, both inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The period's label (<c>2026-03</c>, <c>2026-W09</c>, <c>2026-Q1</c>, <c>2026-03-01</c>).</summary>
    public string Label { get; }

    /// <summary>The number of customers acquired in the period.</summary>
    public long Size { get; }

    /// <summary>One cell per complete period since acquisition (k = 0, 1, …), up to the last period that ended by the as-of instant.</summary>
    public IReadOnlyList<RetentionCell> Cells { get; }

    /// <summary>Formats the cohort as <c>label: n customers, k periods</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label}: {Size} customers, {Cells.Count} complete periods");
}
