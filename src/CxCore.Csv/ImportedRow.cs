using System.Collections.Generic;
using CxCore.Import;
using NodaTime;

namespace CxCore.Csv;

/// <summary>One accepted response of a survey export: its feedback (one item per answered rating question) and the customer attributes it carries.</summary>
/// <remarks>
/// Every <see cref="Feedback"/> item has the row's <see cref="ResponseId"/> as its id, the row's customer and time, and
/// the row's comment, topics and touchpoint where the mapping names them. <see cref="Attributes"/> holds the non-empty
/// cells of the attribute columns, keyed by the attribute names of the options (ordinal). Instances are immutable and
/// thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Csv.CsvJsonConverterFactory))]
public sealed class ImportedRow
{
    internal ImportedRow(long lineNumber, string responseId, CustomerId customer, Instant at, IReadOnlyList<Feedback> feedback, IReadOnlyDictionary<string, string> attributes)
    {
        LineNumber = lineNumber;
        ResponseId = responseId;
        Customer = customer;
        At = at;
        Feedback = feedback;
        Attributes = attributes;
    }

    /// <summary>The 1-based physical line of the file where the row starts (see <see cref="ImportRowError.LineNumber"/>).</summary>
    public long LineNumber { get; }

    /// <summary>The response id, exactly as in the file.</summary>
    public string ResponseId { get; }

    /// <summary>The customer who answered.</summary>
    public CustomerId Customer { get; }

    /// <summary>When the response was recorded.</summary>
    public Instant At { get; }

    /// <summary>The feedback of the row, one item per answered rating question, in column order; never empty (read-only).</summary>
    public IReadOnlyList<Feedback> Feedback { get; }

    /// <summary>The customer attributes of the row: attribute name to cell text, for the non-empty attribute cells (read-only).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }
}
