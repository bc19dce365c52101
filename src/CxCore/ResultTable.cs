using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CxCore;

/// <summary>
/// A small, immutable table of results: named columns and rows of typed cells (<see cref="string"/>,
/// <see cref="double"/>, <see cref="long"/> or <see langword="null"/>), printable as aligned plain text or Markdown,
/// convertible to flat rows and writable as CSV for pandas or R. Every result type (analysis, journeys, service)
/// exposes one through <c>ToTable()</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Number formatting for reading</b> (<see cref="ToString"/>, <see cref="ToMarkdown"/>): a <see cref="long"/> is
/// written in full; a <see cref="double"/> that is 0 or at least 0.0001 in absolute value is written with up to four
/// decimals (<c>0.####</c>, rounded to nearest, no trailing zeros), a smaller non-zero one in scientific
/// notation with up to three decimals (<c>1.235E-07</c>), NaN as <c>NaN</c> and infinities as <c>Inf</c> and
/// <c>-Inf</c>; <see langword="null"/> is an empty cell. A p-value column (named <c>p_value</c>, or any name that starts
/// with <c>p_</c> or ends with <c>_p</c>, such as <c>p_holm</c> and <c>change_p</c>) is written the way every p-value in
/// CxCore is: <c>&lt; 0.0001</c> below 0.0001 (never 0), otherwise with four significant digits (<c>0.04999</c>,
/// <c>0.5</c>), NaN as <c>NaN</c>; the cell itself (CSV, rows, JSON) keeps the exact number. All formatting uses the
/// invariant culture.
/// </para>
/// <para>
/// <b>CSV</b> (<see cref="WriteCsv(TextWriter)"/>) follows RFC 4180: a header line, CRLF line ends, and a field quoted
/// (with inner quotes doubled) when it contains a comma, a double quote, CR or LF. Doubles are written round-trip exact
/// (<c>"R"</c>, invariant culture), NaN as <c>NaN</c>, infinities as <c>Inf</c> and <c>-Inf</c> (both read as numbers
/// by R's <c>read.csv</c> and pandas' <c>read_csv</c>), <see langword="null"/> as an empty field.
/// </para>
/// <para>
/// <b>Formula guard</b> (on by default): a spreadsheet opening a CSV file runs a cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c> or <c>@</c> as a formula (<c>=HYPERLINK(…)</c>, <c>@SUM(…)</c>, <c>-2+3</c>), and text taken from
/// customers (comments, names, segment labels) can carry one. Following the OWASP CSV-injection rule, a text cell or
/// column name that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab, CR or NUL is written with a <c>'</c> in
/// front, which spreadsheets take as "this is text" and do not show. Two kinds of cell are left as they are, because no
/// formula can hide in them: number cells (<see cref="double"/> and <see cref="long"/>, which the table writes itself,
/// so <c>-2.5</c> stays a number) and text that is a plain decimal number (an optional sign, digits, an optional
/// fraction and exponent, such as <c>-2.5</c> or <c>+3</c>), which a spreadsheet reads as that number.
/// <c>WriteCsv(writer, guardFormulas: false)</c> turns the guard off for machine readers (pandas, R, databases) that
/// must get every text exactly.
/// </para>
/// <para>
/// <b>Markdown</b> (<see cref="ToMarkdown"/>) escapes every cell so that it renders as the text it holds and nothing
/// else: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities (no raw HTML such as <c>&lt;script&gt;</c> reaches
/// the page), <c>|</c> becomes <c>&amp;#124;</c> (it can never end a cell, whatever precedes it), a backslash and the
/// inline-syntax characters <c>` * _ [ ] ~</c> are backslash-escaped (no links, such as <c>[x](javascript:…)</c>, no
/// emphasis or code spans; an underscore between two letters or digits, as in <c>mean_signal</c>, cannot start
/// emphasis and is left as it is), and a line break becomes <c>&lt;br&gt;</c>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed partial class ResultTable
{
    private static readonly System.Buffers.SearchValues<char> MarkdownSpecial = System.Buffers.SearchValues.Create("&<>|\\`*_[]~\r\n");

    private readonly object?[][] _rows;

    private ResultTable(string[] columns, object?[][] rows)
    {
        Columns = Array.AsReadOnly(columns);
        _rows = rows;
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The number of rows (0 for an empty table).</summary>
    public int RowCount => _rows.Length;

    /// <summary>The cell in row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    /// <param name="row">The zero-based row index.</param>
    /// <param name="column">The zero-based column index.</param>
    /// <returns>A <see cref="string"/>, <see cref="double"/>, <see cref="long"/> or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public object? this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
            return _rows[row][column];
        }
    }

    /// <summary>The cell in row <paramref name="row"/> of the column named <paramref name="column"/>.</summary>
    /// <param name="row">The zero-based row index.</param>
    /// <param name="column">The column name (ordinal comparison).</param>
    /// <returns>A <see cref="string"/>, <see cref="double"/>, <see cref="long"/> or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    /// <exception cref="ArgumentException">There is no column named <paramref name="column"/>.</exception>
    public object? this[int row, string column]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(column);
            int index = IndexOf(column);
            if (index < 0)
            {
                throw new ArgumentException($"The table has no column named '{column}'; its columns are {string.Join(", ", Columns)}.", nameof(column));
            }

            return this[row, index];
        }
    }

    /// <summary>Creates a table from column names and rows of cells.</summary>
    /// <param name="columns">The column names: at least one, none blank, no duplicates.</param>
    /// <param name="rows">
    /// The rows, each with one cell per column. A cell is a <see cref="string"/>, <see cref="double"/>,
    /// <see cref="long"/> or <see langword="null"/>; <see cref="int"/> cells are stored as <see cref="long"/>.
    /// </param>
    /// <returns>The table (it copies the input).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/>, <paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// No columns, a blank or duplicate column name, a row with the wrong number of cells, or a cell of another type.
    /// </exception>
    public static ResultTable FromRows(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        string[] names = columns.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A column name must not be null or blank.", nameof(columns));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"The column name '{name}' appears twice.", nameof(columns));
            }
        }

        var copied = new List<object?[]>();
        foreach (IReadOnlyList<object?> row in rows)
        {
            if (row is null)
            {
                throw new ArgumentNullException(nameof(rows), $"Row {copied.Count} is null.");
            }

            if (row.Count != names.Length)
            {
                throw new ArgumentException($"Row {copied.Count} has {row.Count} cells; the table has {names.Length} columns.", nameof(rows));
            }

            object?[] cells = new object?[names.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i] switch
                {
                    null => null,
                    string s => s,
                    double d => d,
                    long l => l,
                    int n => (long)n,
                    object other => throw new ArgumentException(
                        $"Row {copied.Count}, column '{names[i]}' holds a {other.GetType().Name}; a cell must be a string, double, long or null.", nameof(rows)),
                };
            }

            copied.Add(cells);
        }

        return new ResultTable(names, copied.ToArray());
    }

    /// <summary>The rows as dictionaries from column name to cell, in row order (for data frames and serialisers).</summary>
    /// <returns>One read-only dictionary per row; each has every column.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows()
    {
        var result = new IReadOnlyDictionary<string, object?>[RowCount];
        for (int r = 0; r < result.Length; r++)
        {
            var row = new Dictionary<string, object?>(Columns.Count, StringComparer.Ordinal);
            for (int c = 0; c < Columns.Count; c++)
            {
                row.Add(Columns[c], _rows[r][c]);
            }

            result[r] = new ReadOnlyDictionary<string, object?>(row);
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>
    /// Formats the table as aligned plain text: a header, a dashed rule, then the rows; text columns left-aligned,
    /// number columns right-aligned, columns separated by two spaces, lines ended by <c>\n</c>, no trailing spaces.
    /// </summary>
    /// <returns>The text table.</returns>
    public override string ToString()
    {
        string[][] text = FormatCells(markdown: false);
        int[] widths = new int[Columns.Count];
        bool[] numeric = NumericColumns();
        for (int c = 0; c < widths.Length; c++)
        {
            widths[c] = Columns[c].Length;
            foreach (string[] row in text)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var builder = new StringBuilder();
        AppendAligned(builder, Columns.ToArray(), widths, numeric);
        AppendAligned(builder, widths.Select(w => new string('-', w)).ToArray(), widths, numeric);
        foreach (string[] row in text)
        {
            AppendAligned(builder, row, widths, numeric);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Formats the table as a GitHub-flavoured Markdown table (number columns right-aligned with <c>---:</c>); cells and
    /// column names are escaped so that they render as their text (see the type remarks).
    /// </summary>
    /// <returns>The Markdown table, each line ended by <c>\n</c>.</returns>
    public string ToMarkdown()
    {
        bool[] numeric = NumericColumns();
        var builder = new StringBuilder();
        builder.Append('|');
        foreach (string name in Columns)
        {
            builder.Append(' ').Append(EscapeMarkdown(name)).Append(" |");
        }

        builder.Append('\n').Append('|');
        foreach (bool isNumber in numeric)
        {
            builder.Append(isNumber ? " ---: |" : " --- |");
        }

        builder.Append('\n');
        foreach (string[] row in FormatCells(markdown: true))
        {
            builder.Append('|');
            foreach (string cell in row)
            {
                builder.Append(' ').Append(cell).Append(" |");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Writes the table as RFC 4180 CSV with the formula guard (see the type remarks for quoting, number formats and the guard).</summary>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCsv(TextWriter writer) => WriteCsv(writer, guardFormulas: true);

    /// <summary>Writes the table as RFC 4180 CSV (see the type remarks for quoting, number formats and the formula guard).</summary>
    /// <param name="writer">The destination; it is not closed.</param>
    /// <param name="guardFormulas">
    /// Whether text that a spreadsheet would run as a formula is written with a leading <c>'</c>: <see langword="true"/>
    /// for files people open in spreadsheets, <see langword="false"/> for machine readers that need the text exactly.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteCsv(TextWriter writer, bool guardFormulas)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(",", Columns.Select(c => CsvText(c, guardFormulas))));
        writer.Write("\r\n");
        foreach (object?[] row in _rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                writer.Write(row[c] switch
                {
                    null => string.Empty,
                    string s => CsvText(s, guardFormulas),
                    double d => CsvNumber(d),
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    _ => throw new InvalidOperationException("Unreachable: cells are validated on creation."),
                });
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>Writes the table as CSV with the formula guard into a string (see <see cref="WriteCsv(TextWriter)"/>).</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv() => ToCsv(guardFormulas: true);

    /// <summary>Writes the table as CSV into a string (see <see cref="WriteCsv(TextWriter, bool)"/>).</summary>
    /// <param name="guardFormulas">Whether text that a spreadsheet would run as a formula is written with a leading <c>'</c>.</param>
    /// <returns>The CSV text.</returns>
    public string ToCsv(bool guardFormulas)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer, guardFormulas);
        return writer.ToString();
    }

    /// <summary>Formats a number the way the text and Markdown tables do outside p-value columns (see the type remarks).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The formatted number.</returns>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Inf" : "-Inf";
        }

        if (value == 0)
        {
            return "0";
        }

        return Math.Abs(value) >= 0.0001
            ? value.ToString("0.####", CultureInfo.InvariantCulture)
            : value.ToString("0.###E+00", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a column holds p-values, by its name: <c>p_value</c>, a name starting <c>p_</c> or ending <c>_p</c>.</summary>
    internal static bool IsPValueColumn(string name) =>
        name.StartsWith("p_", StringComparison.Ordinal) || name.EndsWith("_p", StringComparison.Ordinal);

    private int IndexOf(string column)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private bool[] NumericColumns()
    {
        bool[] numeric = new bool[Columns.Count];
        for (int c = 0; c < numeric.Length; c++)
        {
            bool any = false, allNumbers = true;
            foreach (object?[] row in _rows)
            {
                if (row[c] is string)
                {
                    allNumbers = false;
                }
                else if (row[c] is not null)
                {
                    any = true;
                }
            }

            numeric[c] = any && allNumbers;
        }

        return numeric;
    }

    private string[][] FormatCells(bool markdown)
    {
        bool[] pValues = new bool[Columns.Count];
        for (int c = 0; c < pValues.Length; c++)
        {
            pValues[c] = IsPValueColumn(Columns[c]);
        }

        var result = new string[RowCount][];
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = new string[Columns.Count];
            for (int c = 0; c < Columns.Count; c++)
            {
                string text = _rows[r][c] switch
                {
                    null => string.Empty,
                    string s => s,
                    double d => pValues[c] ? Utility.TextFormat.PValue(d) : FormatNumber(d),
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    _ => string.Empty,
                };
                result[r][c] = markdown ? EscapeMarkdown(text) : text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
            }
        }

        return result;
    }

    private static void AppendAligned(StringBuilder builder, string[] cells, int[] widths, bool[] numeric)
    {
        var line = new StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            line.Append(numeric[c] ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }

        builder.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static string EscapeMarkdown(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownSpecial) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '|': escaped.Append("&#124;"); break;
                // An underscore between two letters or digits (mean_signal) cannot open or close emphasis: left as it is.
                case '_' when i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]): escaped.Append(c); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '~': escaped.Append('\\').Append(c); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break; // CRLF: one break, at the LF
                case '\r' or '\n': escaped.Append("<br>"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    private static string CsvText(string text, bool guardFormulas)
    {
        if (guardFormulas && NeedsFormulaGuard(text))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Whether a spreadsheet could run <paramref name="text"/> as a formula: it starts with = + - @ tab CR or NUL and is not a plain decimal number.</summary>
    internal static bool NeedsFormulaGuard(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' && !IsPlainNumber(text);

    /// <summary>An optional sign, digits with an optional fraction (or a fraction alone), and an optional exponent: <c>-2.5</c>, <c>+3</c>, <c>-1e-5</c>.</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        int i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            int exponent = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == exponent)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static string CsvNumber(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
