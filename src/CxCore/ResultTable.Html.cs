using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CxCore.Display;

namespace CxCore;

[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed partial class ResultTable
{
    /// <summary>
    /// Formats the table as an HTML <c>&lt;table&gt;</c>: a header row of <c>&lt;th&gt;</c>, then one row per table row;
    /// cells hold the same text as <see cref="ToString"/> (numbers formatted as there), HTML-escaped (<c>&amp;</c>,
    /// <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> become entities, so no markup in the data reaches the page); number
    /// columns are right-aligned. No script, style sheet or other external asset.
    /// </summary>
    /// <returns>The HTML fragment.</returns>
    public string ToHtml() => ToHtml(int.MaxValue);

    /// <summary>
    /// Formats the first <paramref name="maxRows"/> rows as an HTML table (see <see cref="ToHtml()"/>), followed, when
    /// rows are left out, by a last row that says how many: <c>… 12 more rows</c>.
    /// </summary>
    /// <param name="maxRows">The most rows to show: zero or more.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is negative.</exception>
    public string ToHtml(int maxRows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        return Html(caption: null, Math.Min(maxRows, RowCount), Columns.Count, int.MaxValue);
    }

    /// <summary>
    /// The table as a notebook shows it: at most <see cref="NotebookDisplay.MaxColumns"/> columns, long cells cut, and
    /// the rows of <see cref="DisplayRowCount"/>.
    /// </summary>
    internal string ToDisplayHtml(string? caption) =>
        Html(caption, DisplayRowCount(), Math.Min(Columns.Count, NotebookDisplay.MaxColumns), NotebookDisplay.MaxCellLength);

    /// <summary>The plain-text twin of <see cref="ToDisplayHtml"/>: the caption line, the aligned text table of the same rows, and the "… n more rows" line.</summary>
    internal string ToDisplayText(string? caption) => Text(caption, DisplayRowCount());

    /// <summary>
    /// The rows a notebook shows, the same in HTML and in text: at most <see cref="NotebookDisplay.MaxRows"/>, and no more
    /// than fit in <see cref="NotebookDisplay.TableByteBudget"/> UTF-8 bytes in either form.
    /// </summary>
    private int DisplayRowCount()
    {
        int columns = Math.Min(Columns.Count, NotebookDisplay.MaxColumns);
        int rows = Math.Min(RowCount, NotebookDisplay.MaxRows);
        string[][] cells = FormatCells(markdown: false);
        bool[] numeric = NumericColumns();
        int bytes = Encoding.UTF8.GetByteCount(Html(caption: null, rows: 0, columns, NotebookDisplay.MaxCellLength));
        int fit = 0;
        while (fit < rows)
        {
            int rowBytes = Encoding.UTF8.GetByteCount(HtmlRow(cells[fit], columns, NotebookDisplay.MaxCellLength, numeric));
            if (NotebookDisplay.TableByteBudget - bytes < rowBytes)
            {
                break;
            }

            bytes += rowBytes;
            fit++;
        }

        // Text pads every cell to its column's width, so a few long cells can make the text larger than the HTML.
        while (fit > 0 && Encoding.UTF8.GetByteCount(Text(caption: null, fit)) > NotebookDisplay.TableByteBudget)
        {
            fit--;
        }

        return fit;
    }

    private string Text(string? caption, int rows)
    {
        int columns = Math.Min(Columns.Count, NotebookDisplay.MaxColumns);
        var shown = new ResultTable(
            Columns.Take(columns).Select(c => NotebookDisplay.Cut(c, NotebookDisplay.MaxCellLength)).ToArray(),
            _rows.Take(rows).Select(row => row.Take(columns).Select(cell => cell is string s ? NotebookDisplay.Cut(s, NotebookDisplay.MaxCellLength) : cell).ToArray()).ToArray());
        var text = new StringBuilder();
        if (caption is not null)
        {
            text.Append(caption).Append('\n');
        }

        text.Append(shown.ToString());
        AppendMore(text, RowCount - rows, Columns.Count - columns);
        return text.ToString().TrimEnd('\n');
    }

    private string Html(string? caption, int rows, int columns, int maxCellLength)
    {
        bool[] numeric = NumericColumns();
        string[][] cells = FormatCells(markdown: false);
        var html = new StringBuilder();
        html.Append("<table class=\"cx-table\">");
        if (caption is not null)
        {
            html.Append("<caption style=\"text-align:left\">").Append(EscapeHtml(caption)).Append("</caption>");
        }

        html.Append("<thead><tr>");
        for (int c = 0; c < columns; c++)
        {
            html.Append(numeric[c] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">")
                .Append(EscapeHtml(NotebookDisplay.Cut(Columns[c], maxCellLength))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (int r = 0; r < rows; r++)
        {
            html.Append(HtmlRow(cells[r], columns, maxCellLength, numeric));
        }

        var more = new StringBuilder();
        AppendMore(more, RowCount - rows, Columns.Count - columns);
        if (more.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{Math.Max(1, columns)}\" style=\"text-align:left\"><em>{EscapeHtml(more.ToString().TrimEnd('\n'))}</em></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string HtmlRow(string[] cells, int columns, int maxCellLength, bool[] numeric)
    {
        var row = new StringBuilder("<tr>");
        for (int c = 0; c < columns; c++)
        {
            row.Append(numeric[c] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
               .Append(EscapeHtml(NotebookDisplay.Cut(cells[c], maxCellLength))).Append("</td>");
        }

        return row.Append("</tr>").ToString();
    }

    private static void AppendMore(StringBuilder text, int hiddenRows, int hiddenColumns)
    {
        if (hiddenRows > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"… {hiddenRows} more {(hiddenRows == 1 ? "row" : "rows")}");
        }

        if (hiddenColumns > 0)
        {
            text.Append(hiddenRows > 0 ? ", " : "… ").Append(CultureInfo.InvariantCulture, $"{hiddenColumns} more {(hiddenColumns == 1 ? "column" : "columns")}");
        }

        if (hiddenRows > 0 || hiddenColumns > 0)
        {
            text.Append('\n');
        }
    }

    /// <summary>Escapes text for HTML element content and attribute values: <c>&amp; &lt; &gt; " '</c> become entities.</summary>
    internal static string EscapeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
