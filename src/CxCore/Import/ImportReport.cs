using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using CxCore.Display;

namespace CxCore.Import;

/// <summary>
/// What a read of an import (a survey export, a touchpoint table, a helpdesk ticket export, a database query) did: how
/// many rows it read, accepted and rejected, and the problems of the rejected rows.
/// </summary>
/// <remarks>
/// <para>
/// Pass a report to a reader's <c>Read</c> method; the reader fills it while the rows are enumerated (the read is lazy,
/// so the counts are final only when <see cref="IsComplete"/> is <see langword="true"/>). A report passed to several
/// reads adds up all of them.
/// </para>
/// <para>
/// Rows and errors are counted apart. Row counts (names ending in <c>Rows</c>) are exact and always satisfy
/// <see cref="DataRows"/> = <see cref="AcceptedRows"/> + <see cref="RejectedRows"/>. Header rows and blank rows (no
/// characters, or only separators) are not responses: they are not data rows; blank rows are counted in
/// <see cref="BlankRows"/>. A rejected row has one or more errors: <see cref="ErrorCount"/> counts every error of every
/// rejected row (so it is at least <see cref="RejectedRows"/>), while <see cref="Errors"/> lists the first
/// <see cref="MaxErrorsKept"/> of them so that a file of millions of bad rows cannot exhaust memory.
/// </para>
/// <para>
/// Memory is bounded in bytes too, whatever the rows hold: an <see cref="ImportRowError"/> keeps at most 1,536 characters
/// of its own text (a cell's text is cut to <see cref="ImportRowError.MaxValueLength"/> characters, a message to
/// <see cref="ImportRowError.MaxMessageLength"/>), under 4 KiB with the objects' overhead. So <see cref="Errors"/> holds
/// at most <see cref="MaxErrorsKept"/> × 4 KiB (under 4 MiB at the default 1000), plus the names of the mapped columns,
/// which the errors share with the header.
/// </para>
/// <para>Instances are not thread-safe: read them after (or between) the steps of the enumeration that fills them.</para>
/// </remarks>
[TypeFormatterSource(typeof(ImportReportFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ImportReport
{
    /// <summary>The default of <see cref="MaxErrorsKept"/>: 1000.</summary>
    public const int DefaultMaxErrorsKept = 1000;

    private readonly List<ImportRowError> _errors = [];

    /// <summary>Creates an empty report that keeps up to <paramref name="maxErrorsKept"/> errors.</summary>
    /// <param name="maxErrorsKept">How many errors <see cref="Errors"/> keeps: zero or more; <see cref="DefaultMaxErrorsKept"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrorsKept"/> is negative.</exception>
    public ImportReport(int maxErrorsKept = DefaultMaxErrorsKept)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrorsKept);
        MaxErrorsKept = maxErrorsKept;
        Errors = new ReadOnlyCollection<ImportRowError>(_errors);
    }

    /// <summary>The most errors <see cref="Errors"/> keeps; later errors are only counted.</summary>
    public int MaxErrorsKept { get; }

    /// <summary>The number of data rows read: every row that is neither a header row nor blank; <see cref="AcceptedRows"/> + <see cref="RejectedRows"/>.</summary>
    public long DataRows { get; private set; }

    /// <summary>The number of rows turned into an accepted item (a survey response, a touchpoint, a service case).</summary>
    public long AcceptedRows { get; private set; }

    /// <summary>
    /// The number of rows rejected, each with at least one error: a count of rows, not of errors (a row with a bad
    /// rating and a bad time counts once here and twice in <see cref="ErrorCount"/>).
    /// </summary>
    public long RejectedRows { get; private set; }

    /// <summary>The number of blank rows passed over (empty lines and lines of separators only); not counted in <see cref="DataRows"/>.</summary>
    public long BlankRows { get; private set; }

    /// <summary>The number of empty rating cells in accepted rows: questions the respondent did not answer, which give no feedback.</summary>
    public long UnansweredRatings { get; private set; }

    /// <summary>The number of errors found in the rejected rows, kept in <see cref="Errors"/> or not; a row can have several.</summary>
    public long ErrorCount { get; private set; }

    /// <summary>
    /// The first <see cref="MaxErrorsKept"/> errors, in file order (read-only); a rejected row with several problems has
    /// several entries, with the same <see cref="ImportRowError.LineNumber"/>.
    /// </summary>
    public IReadOnlyList<ImportRowError> Errors { get; }

    /// <summary>Whether errors were found that <see cref="Errors"/> does not keep (<see cref="ErrorCount"/> exceeds its count).</summary>
    public bool ErrorsTruncated => ErrorCount > _errors.Count;

    /// <summary>Whether the last read that filled this report reached the end of its input.</summary>
    /// <remarks><see langword="false"/> before the first read ends, after an enumeration stopped early, or after an exception.</remarks>
    public bool IsComplete { get; private set; }

    /// <summary>
    /// The kept errors as a table, one row per error in file order, with the columns <c>line</c> (the physical line
    /// number), <c>response id</c>, <c>column</c>, <c>value</c> (the raw cell text, or empty), <c>reason</c> (an
    /// <see cref="ImportErrorReason"/> name) and <c>message</c>.
    /// </summary>
    /// <returns>The table (no rows when nothing was rejected); <see cref="ToString"/> gives the counts.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(_errors.Count);
        foreach (ImportRowError error in _errors)
        {
            rows.Add([error.LineNumber, error.ResponseId, error.Column, error.RawValue, error.Reason.ToString(), error.Message]);
        }

        return ResultTable.FromRows(["line", "response id", "column", "value", "reason", "message"], rows);
    }

    /// <summary>
    /// The counts on one line, such as <c>1204 data rows: 1190 accepted, 14 rejected (16 errors, 16 kept); 3 blank
    /// rows; 12 unanswered ratings</c>, ending with <c>(incomplete)</c> while a read has not reached the end of its input.
    /// </summary>
    /// <returns>The summary line.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{DataRows} data rows: {AcceptedRows} accepted, {RejectedRows} rejected ({ErrorCount} errors, {_errors.Count} kept); {BlankRows} blank rows; {UnansweredRatings} unanswered ratings{(IsComplete ? string.Empty : " (incomplete)")}");

    /// <summary>Restores a report exactly as it was written (the JSON form).</summary>
    internal static ImportReport Restore(int maxErrorsKept, long dataRows, long acceptedRows, long rejectedRows, long blankRows,
        long unansweredRatings, long errorCount, bool isComplete, IEnumerable<ImportRowError> errors)
    {
        var report = new ImportReport(maxErrorsKept)
        {
            DataRows = dataRows,
            AcceptedRows = acceptedRows,
            RejectedRows = rejectedRows,
            BlankRows = blankRows,
            UnansweredRatings = unansweredRatings,
            ErrorCount = errorCount,
            IsComplete = isComplete,
        };
        report._errors.AddRange(errors);
        return report;
    }

    internal void Start() => IsComplete = false;

    internal void Complete() => IsComplete = true;

    internal void AddBlank() => BlankRows++;

    internal void Accept(int unanswered)
    {
        DataRows++;
        AcceptedRows++;
        UnansweredRatings += unanswered;
    }

    // Counts the row as read and rejected; the caller throws afterwards when it fails fast, so the counts add up.
    internal void Reject(List<ImportRowError> errors)
    {
        DataRows++;
        RejectedRows++;
        ErrorCount += errors.Count;
        foreach (ImportRowError error in errors)
        {
            if (_errors.Count < MaxErrorsKept)
            {
                _errors.Add(error);
            }
        }
    }
}
