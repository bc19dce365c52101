using System.Globalization;

namespace CxCore.Csv;

/// <summary>One problem found in one row of a survey export: where it is, what the cell held and why it was rejected.</summary>
/// <remarks>
/// <see cref="LineNumber"/> is the physical line of the file where the row starts, counted from 1 and counting every
/// line: the header rows, blank lines and the lines inside quoted fields (a comment with a line break takes two lines).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ImportRowError
{
    internal ImportRowError(long lineNumber, string? responseId, string? column, string? rawValue, ImportErrorReason reason, string message)
    {
        LineNumber = lineNumber;
        ResponseId = responseId;
        Column = column;
        RawValue = rawValue;
        Reason = reason;
        Message = message;
    }

    /// <summary>The 1-based physical line of the file where the rejected row starts.</summary>
    public long LineNumber { get; }

    /// <summary>The row's response id, or <see langword="null"/> when the row has none (or it could not be read).</summary>
    public string? ResponseId { get; }

    /// <summary>The column at fault as the export names it (export tag, question heading or header), or <see langword="null"/> for a problem of the whole row.</summary>
    public string? Column { get; }

    /// <summary>The cell's text exactly as read, or <see langword="null"/> for a problem of the whole row (for <see cref="ImportErrorReason.MalformedRow"/>, the raw record).</summary>
    public string? RawValue { get; }

    /// <summary>Why the row was rejected.</summary>
    public ImportErrorReason Reason { get; }

    /// <summary>A sentence that names the line, the column, the value and the rule it breaks.</summary>
    public string Message { get; }

    /// <summary>Formats the error as <c>line N: Reason: message</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}: {Reason}: {Message}");

    internal static ImportRowError Create(long line, string? responseId, string? column, string? raw, ImportErrorReason reason, string detail)
    {
        string where = column is null
            ? string.Create(CultureInfo.InvariantCulture, $"Line {line}")
            : string.Create(CultureInfo.InvariantCulture, $"Line {line}, column '{column}'");
        return new ImportRowError(line, responseId, column, raw, reason, where + ": " + detail);
    }
}
