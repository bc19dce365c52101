using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using CxCore.Import;

namespace CxCore.Display;

/// <summary>
/// The notebook formatters of this package's results (an <see cref="ImportReport"/>): its counts on one line above its
/// errors as a table, shown through the public <see cref="ResultTable.ToHtml(int)"/> with at most
/// <see cref="MaxRows"/> rows, so every output stays well under 50 KiB.
/// </summary>
internal sealed class ImportReportFormatterSource
{
    /// <summary>The most error rows shown; the rest are counted in a "… n more rows" line.</summary>
    internal const int MaxRows = 20;

    /// <summary>The most characters of one cell shown (a longer text ends with "…").</summary>
    internal const int MaxCellLength = 50;

    /// <summary>Creates the source (the kernel calls this public parameterless constructor).</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(Formatter))]
    public ImportReportFormatterSource()
    {
    }

    /// <summary>The HTML and plain-text formatters.</summary>
    /// <returns>Objects with a <c>MimeType</c> property and a <c>Format(object, TextWriter)</c> method.</returns>
    public IEnumerable<object> CreateTypeFormatters() => [new Formatter("text/html"), new Formatter("text/plain")];

    /// <summary>The HTML form: the summary line, then the kept errors as a table.</summary>
    internal static string Html(ImportReport report)
    {
        // A cell can hold up to 1024 characters and each escapes to up to 6 bytes: cut cells keep 20 rows of 6 cells
        // under 20 × 6 × 50 × 6 = 36,000 bytes.
        ResultTable errors = Shorten(report.ToTable());
        return "<div class=\"cx-import-report\"><p>" + Escape(report.ToString()) + "</p>" + (errors.RowCount == 0 ? string.Empty : errors.ToHtml(MaxRows)) + Note(report, html: true) + "</div>";
    }

    /// <summary>The plain-text form: the summary line, then the first errors, one a line.</summary>
    internal static string Text(ImportReport report)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.Write(report.ToString());
        int shown = 0;
        foreach (ImportRowError error in report.Errors)
        {
            if (shown == MaxRows)
            {
                text.Write(string.Create(CultureInfo.InvariantCulture, $"\n… {report.Errors.Count - MaxRows} more errors"));
                break;
            }

            text.Write('\n');
            text.Write(Cut(error.ToString(), 300));
            shown++;
        }

        text.Write(Note(report, html: false));
        return text.ToString();
    }

    private static string Note(ImportReport report, bool html) =>
        !report.ErrorsTruncated ? string.Empty
        : html ? string.Create(CultureInfo.InvariantCulture, $"<p><em>The report kept the first {report.Errors.Count} of {report.ErrorCount} errors (MaxErrorsKept).</em></p>")
        : string.Create(CultureInfo.InvariantCulture, $"\nThe report kept the first {report.Errors.Count} of {report.ErrorCount} errors (MaxErrorsKept).");

    /// <summary>The table with every text cell cut to <see cref="MaxCellLength"/> characters.</summary>
    private static ResultTable Shorten(ResultTable table)
    {
        var rows = new List<object?[]>(table.RowCount);
        for (int r = 0; r < table.RowCount; r++)
        {
            object?[] row = new object?[table.Columns.Count];
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = table[r, c] is string s ? Cut(s, MaxCellLength) : table[r, c];
            }

            rows.Add(row);
        }

        return ResultTable.FromRows(table.Columns, rows);
    }

    private static string Cut(string text, int maxLength) => text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    private static string Escape(string text) => text.Replace("&", "&amp;", System.StringComparison.Ordinal).Replace("<", "&lt;", System.StringComparison.Ordinal)
        .Replace(">", "&gt;", System.StringComparison.Ordinal).Replace("\"", "&quot;", System.StringComparison.Ordinal);

    /// <summary>One MIME type's formatter (a public <c>MimeType</c> and a public, not overloaded, <c>Format</c>).</summary>
    internal sealed class Formatter
    {
        internal Formatter(string mimeType)
        {
            MimeType = mimeType;
        }

        /// <summary>The MIME type written.</summary>
        public string MimeType { get; }

        /// <summary>Writes the value (an <see cref="ImportReport"/>) in <see cref="MimeType"/>.</summary>
        /// <param name="value">The value to display.</param>
        /// <param name="writer">The kernel's writer.</param>
        /// <returns>Whether the value was written.</returns>
        public bool Format(object value, TextWriter writer)
        {
            if (value is not ImportReport report)
            {
                return false;
            }

            writer.Write(MimeType == "text/html" ? Html(report) : Text(report));
            return true;
        }
    }
}
