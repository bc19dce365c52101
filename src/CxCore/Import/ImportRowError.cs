using System.Globalization;

namespace CxCore.Import;

/// <summary>One problem found in one row of an import: where it is, what the cell held and why it was rejected.</summary>
/// <remarks>
/// <para>
/// <see cref="LineNumber"/> is the physical line of the file where the row starts, counted from 1 and counting every
/// line: the header rows, blank lines and the lines inside quoted fields (a comment with a line break takes two lines).
/// For a database reader it is the 1-based number of the record in the result set.
/// </para>
/// <para>
/// An error's size is bounded whatever the row held, so that a report of many errors stays small: <see cref="RawValue"/>
/// and <see cref="ResponseId"/> keep at most <see cref="MaxValueLength"/> characters (a longer value keeps its first
/// <see cref="MaxValueLength"/> characters and <see cref="RawValueTruncated"/> or <see cref="ResponseIdTruncated"/> says
/// so), and <see cref="Message"/>, which quotes values only in short excerpts, has at most
/// <see cref="MaxMessageLength"/> characters. An error therefore holds at most 1,536 characters of its own text
/// (about 3 KiB; under 4 KiB with the objects' overhead); <see cref="Column"/> is shared with the header.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ImportRowError
{
    /// <summary>The most characters <see cref="RawValue"/> and <see cref="ResponseId"/> keep: 256.</summary>
    public const int MaxValueLength = 256;

    /// <summary>The most characters <see cref="Message"/> has: 1024.</summary>
    public const int MaxMessageLength = 1024;

    /// <summary>The most characters of a value that a message quotes: 64.</summary>
    internal const int ExcerptLength = 64;

    internal ImportRowError(long lineNumber, string? responseId, string? column, string? rawValue, ImportErrorReason reason, string message)
    {
        LineNumber = lineNumber;
        ResponseId = Cut(responseId, MaxValueLength, out bool idCut);
        ResponseIdTruncated = idCut;
        Column = column;
        RawValue = Cut(rawValue, MaxValueLength, out bool rawCut);
        RawValueTruncated = rawCut;
        Reason = reason;
        Message = message.Length <= MaxMessageLength ? message : Cut(message, MaxMessageLength - 1, out _)! + "…";
    }

    /// <summary>Restores an error exactly as it was written (the JSON form): the texts are already cut.</summary>
    internal ImportRowError(long lineNumber, string? responseId, bool responseIdTruncated, string? column, string? rawValue, bool rawValueTruncated, ImportErrorReason reason, string message)
    {
        LineNumber = lineNumber;
        ResponseId = responseId;
        ResponseIdTruncated = responseIdTruncated;
        Column = column;
        RawValue = rawValue;
        RawValueTruncated = rawValueTruncated;
        Reason = reason;
        Message = message;
    }

    /// <summary>The 1-based physical line of the file where the rejected row starts.</summary>
    public long LineNumber { get; }

    /// <summary>
    /// The row's id (the response id of a survey row, the touchpoint id or case id of other imports) (its first <see cref="MaxValueLength"/> characters when it is longer; see
    /// <see cref="ResponseIdTruncated"/>), or <see langword="null"/> when the row has none (or it could not be read).
    /// </summary>
    public string? ResponseId { get; }

    /// <summary>Whether the response id is longer than <see cref="MaxValueLength"/> characters and <see cref="ResponseId"/> holds only its start.</summary>
    public bool ResponseIdTruncated { get; }

    /// <summary>The column at fault as the export names it (export tag, question heading or header), or <see langword="null"/> for a problem of the whole row.</summary>
    public string? Column { get; }

    /// <summary>
    /// The cell's text as read, or <see langword="null"/> for a problem of the whole row (for
    /// <see cref="ImportErrorReason.MalformedRow"/> and <see cref="ImportErrorReason.InvalidEncoding"/>, the raw record);
    /// a text longer than <see cref="MaxValueLength"/> characters keeps only its first <see cref="MaxValueLength"/>
    /// (see <see cref="RawValueTruncated"/>).
    /// </summary>
    public string? RawValue { get; }

    /// <summary>Whether the cell's text is longer than <see cref="MaxValueLength"/> characters and <see cref="RawValue"/> holds only its start.</summary>
    public bool RawValueTruncated { get; }

    /// <summary>Why the row was rejected.</summary>
    public ImportErrorReason Reason { get; }

    /// <summary>
    /// A sentence that names the line, the column, the value and the rule it breaks; values are quoted in excerpts of at
    /// most 64 characters and the column name in at most <see cref="MaxValueLength"/> (a longer one is followed by its
    /// length), and the sentence has at most <see cref="MaxMessageLength"/> characters.
    /// </summary>
    public string Message { get; }

    /// <summary>Formats the error as <c>line N: Reason: message</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}: {Reason}: {Message}");

    /// <summary>A value as messages quote it: in quotes, cut to <paramref name="length"/> characters with its length when longer; "(none)" for null.</summary>
    internal static string Quote(string? value, int length = ExcerptLength)
    {
        if (value is null)
        {
            return "(none)";
        }

        if (value.Length <= length)
        {
            return "'" + value + "'";
        }

        return string.Create(CultureInfo.InvariantCulture, $"'{Cut(value, length, out _)}…' ({value.Length:N0} characters)");
    }

    internal static ImportRowError Create(long line, string? responseId, string? column, string? raw, ImportErrorReason reason, string detail)
    {
        string where = column is null
            ? string.Create(CultureInfo.InvariantCulture, $"Line {line}")
            : string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {Quote(column, MaxValueLength)}");
        return new ImportRowError(line, responseId, column, raw, reason, where + ": " + detail);
    }

    /// <summary>The first <paramref name="length"/> characters of <paramref name="value"/>, one fewer when that would split a surrogate pair.</summary>
    private static string? Cut(string? value, int length, out bool cut)
    {
        cut = value is not null && value.Length > length;
        if (!cut)
        {
            return value;
        }

        if (char.IsHighSurrogate(value![length - 1]))
        {
            length--;
        }

        return value[..length];
    }
}
