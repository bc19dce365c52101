using System.Text;
using System.Text.RegularExpressions;
using CxCore.Ratings;

namespace CxCore.Tests.Display;

public partial class NotebookDisplayTests
{
    [Fact]
    public void ToHtml_SmallTable_ExactMarkupWithTextCellsAndEscaping()
    {
        // The cells as ToString() writes them (type remarks of ResultTable): 1/3 → 0.3333 (four decimals), 1e-7 → 1E-07
        // (scientific below 0.0001), NaN → NaN, null → empty; text HTML-escaped; the number column right-aligned.
        ResultTable table = ResultTable.FromRows(["name", "value"], [["a<b", 1.0 / 3], ["x & 'y'", 1e-7], ["\"q\"", double.NaN], [null, 5L]]);

        string html = table.ToHtml();

        Assert.Equal(
            "<table class=\"cx-table\"><thead><tr><th style=\"text-align:left\">name</th><th style=\"text-align:right\">value</th></tr></thead><tbody>"
            + "<tr><td style=\"text-align:left\">a&lt;b</td><td style=\"text-align:right\">0.3333</td></tr>"
            + "<tr><td style=\"text-align:left\">x &amp; &#39;y&#39;</td><td style=\"text-align:right\">1E-07</td></tr>"
            + "<tr><td style=\"text-align:left\">&quot;q&quot;</td><td style=\"text-align:right\">NaN</td></tr>"
            + "<tr><td style=\"text-align:left\"></td><td style=\"text-align:right\">5</td></tr>"
            + "</tbody></table>",
            html);
    }

    [Fact]
    public void ToHtml_MaxRows_StatesHowManyRowsAreLeftOut()
    {
        ResultTable table = ResultTable.FromRows(["i"], Enumerable.Range(0, 5).Select(i => (IReadOnlyList<object?>)[(long)i]));

        Assert.EndsWith("<tr><td colspan=\"1\" style=\"text-align:left\"><em>… 3 more rows</em></td></tr></tbody></table>", table.ToHtml(2), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(table.ToHtml(2), "<tr><td style").Count); // rows 0 and 1; the note row starts with <tr><td colspan
        Assert.DoesNotContain("more rows", table.ToHtml(5), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.ToHtml(-1));
    }

    [Fact]
    public void Display_LongTable_FortyRowsAndAMoreRowsLine_InHtmlAndText()
    {
        ResultTable table = ResultTable.FromRows(["i", "half"], Enumerable.Range(0, 1000).Select(i => (IReadOnlyList<object?>)[(long)i, i / 2.0]));

        string html = KernelConvention.Output(table, Html);
        string text = KernelConvention.Output(table, Text);

        Assert.Equal(40, Regex.Matches(html, "<tr><td style").Count);
        Assert.Contains("… 960 more rows", html, StringComparison.Ordinal);
        Assert.EndsWith("… 960 more rows", text, StringComparison.Ordinal);
        // The text twin holds the same rows: header, rule, rows 0..39, then the note. Column widths come from the rows
        // shown: "i" is 2 wide ("39"), "half" is 4 wide ("half", "19.5"), two spaces between: row 39 is "39  19.5".
        string[] lines = text.Split('\n');
        Assert.Equal(43, lines.Length);
        Assert.Equal("39  19.5", lines[41]);
    }

    [Fact]
    public void Display_HugeCellsAndManyColumns_StayUnder50KiB()
    {
        // Every cell 10,000 characters of '&', each escaping to five bytes: uncut, one row alone would be 2.5 MB.
        string[] columns = Enumerable.Range(0, 50).Select(c => "c" + c).ToArray();
        string cell = new('&', 10_000);
        ResultTable table = ResultTable.FromRows(columns, Enumerable.Range(0, 100).Select(_ => (IReadOnlyList<object?>)Enumerable.Repeat<object?>(cell, 50).ToArray()));

        string html = KernelConvention.Output(table, Html);
        string text = KernelConvention.Output(table, Text);

        Assert.True(Encoding.UTF8.GetByteCount(html) < 50 * 1024, $"{Encoding.UTF8.GetByteCount(html)} bytes");
        Assert.True(Encoding.UTF8.GetByteCount(text) < 50 * 1024, $"{Encoding.UTF8.GetByteCount(text)} bytes");
        Assert.Contains("more rows, 20 more columns", html, StringComparison.Ordinal);
        // The two forms show the same rows: both say how many were left out, with the same number.
        string note = Regex.Match(html, "… (\\d+) more rows").Groups[1].Value;
        Assert.NotEmpty(note);
        Assert.EndsWith($"… {note} more rows, 20 more columns", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_OneLongCellPerColumn_TextTwinStaysUnderTheBudget()
    {
        // Text pads every cell to its column's width: a 200-character cell in row 0 of each of 30 columns makes every
        // text row 30 × 202 = 6,060 characters wide, while each HTML row of empty cells is 30 × 33 = 990 bytes. So the
        // text, not the HTML, decides how many rows fit: 40 rows of text would be 242 KB.
        string[] columns = Enumerable.Range(0, 30).Select(c => "c" + c).ToArray();
        IReadOnlyList<object?>[] rows = Enumerable.Range(0, 40)
            .Select(r => (IReadOnlyList<object?>)Enumerable.Repeat<object?>(r == 0 ? new string('x', 200) : "", 30).ToArray()).ToArray();
        ResultTable table = ResultTable.FromRows(columns, rows);

        string html = KernelConvention.Output(table, Html);
        string text = KernelConvention.Output(table, Text);

        Assert.True(Encoding.UTF8.GetByteCount(text) <= 40 * 1024, $"{Encoding.UTF8.GetByteCount(text)} bytes");
        string note = Regex.Match(html, "… (\\d+) more rows").Groups[1].Value;
        Assert.NotEmpty(note);
        Assert.EndsWith($"… {note} more rows", text, StringComparison.Ordinal);
        Assert.Equal(40 - int.Parse(note, System.Globalization.CultureInfo.InvariantCulture), Regex.Matches(html, "<tr><td style").Count);
    }

    [Fact]
    public void Display_NetPromoterScore_SummaryLineAndBarOfTheShares()
    {
        // 2 detractors (rating 0), 3 passives (rating 7), 5 promoters (rating 10): shares 20%, 30%, 50% of a 120-pixel
        // bar are 24, 36 and 60 pixels, starting at x = 0, 24 and 60.
        var nps = NetPromoterScore.FromCounts(RatingCounts.FromCounts(RatingScale.Nps, [2, 0, 0, 0, 0, 0, 0, 3, 0, 0, 5]));

        string html = KernelConvention.Output(nps, Html);
        string text = KernelConvention.Output(nps, Text);

        Assert.Equal(nps + "; interval " + nps.Interval(), text);
        Assert.StartsWith("NPS 30.0", text, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"0\" y=\"0\" width=\"24\" height=\"12\" fill=\"#d62728\"><title>detractors 20.0%</title></rect>", html, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"24\" y=\"0\" width=\"36\" height=\"12\" fill=\"#b0b0b0\"><title>passives 30.0%</title></rect>", html, StringComparison.Ordinal);
        Assert.Contains("<rect x=\"60\" y=\"0\" width=\"60\" height=\"12\" fill=\"#2ca02c\"><title>promoters 50.0%</title></rect>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_EmptyScore_SaysUndefinedAndDrawsNoBar()
    {
        var empty = NetPromoterScore.FromCounts(RatingCounts.Empty(RatingScale.Nps));

        Assert.Equal("NPS undefined (no responses)", KernelConvention.Output(empty, Text));
        Assert.DoesNotContain("<svg", KernelConvention.Output(empty, Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Display_RatingCounts_OneColumnPerScalePoint_HeightsProportional()
    {
        // Five-point scale, counts 1, 0, 2, 4, 0: heights 20 × count / 4 = 5, 0, 10, 20, 0 pixels (y = 20 − height).
        RatingCounts counts = RatingCounts.FromCounts(RatingScale.FivePoint, [1, 0, 2, 4, 0]);

        string html = KernelConvention.Output(counts, Html);

        Assert.Equal(counts.ToString(), KernelConvention.Output(counts, Text));
        Assert.Equal(5, Regex.Matches(html, "<rect ").Count);
        Assert.Contains("y=\"15\" width=\"9\" height=\"5\"", html, StringComparison.Ordinal);
        Assert.Contains("y=\"0\" width=\"9\" height=\"20\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_ScoreComparison_IntervalAroundZero()
    {
        ScoreComparison comparison = DisplaySamples.All.OfType<ScoreComparison>().Single();

        string html = KernelConvention.Output(comparison, Html);

        Assert.Equal(comparison.ToString(), KernelConvention.Output(comparison, Text));
        Assert.Contains("<line x1=\"60\" y1=\"0\" x2=\"60\" y2=\"12\"", html, StringComparison.Ordinal); // the zero tick, mid-bar
        Assert.Contains("<circle", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_ResultWithAHeading_HeadingAsCaptionAndFirstTextLine()
    {
        object drivers = DisplaySamples.All.Single(s => s is CxCore.Analysis.KeyDriverResult);
        string heading = drivers.ToString()!.Split('\n')[0];

        Assert.Contains("<caption style=\"text-align:left\">" + heading.Replace("&", "&amp;", StringComparison.Ordinal) + "</caption>", KernelConvention.Output(drivers, Html), StringComparison.Ordinal);
        Assert.StartsWith(heading + "\n", KernelConvention.Output(drivers, Text), StringComparison.Ordinal);
    }
}
