using FsCheck;
using FsCheck.Fluent;
using CxCore.Tests.Support;

namespace CxCore.Tests;

/// <summary>CSV formula injection and Markdown/HTML escaping of the exports.</summary>
public sealed partial class ResultTableTests
{
    [Fact]
    public void ToCsv_FormulaPrefixes_AreNeutralisedWithAQuote()
    {
        // Before, these were written verbatim and a spreadsheet ran them.
        var table = ResultTable.FromRows(
            ["comment"],
            [["=HYPERLINK(\"http://x\",\"y\")"], ["+cmd|' /C calc'!A0"], ["@SUM(A1:A2)"], ["-2+3"], ["\tx"], ["\r=1"], ["\0x"], ["plain"], ["a=b"]]);

        List<List<string>> parsed = ParseCsv(table.ToCsv());

        Assert.Equal(
            ["comment", "'=HYPERLINK(\"http://x\",\"y\")", "'+cmd|' /C calc'!A0", "'@SUM(A1:A2)", "'-2+3", "'\tx", "'\r=1", "'\0x", "plain", "a=b"],
            parsed.Select(r => Assert.Single(r)));
    }

    [Fact]
    public void ToCsv_Numbers_AreNeverPrefixed()
    {
        // Number cells are written by the table itself; text that is a plain decimal number is read as that number.
        var table = ResultTable.FromRows(
            ["value", "count", "text"],
            [[-2.5, -3L, "-2.5"], [double.NegativeInfinity, 0L, "+3"], [-1e-7, long.MinValue, "-1E-05"], [0.5, 1L, ".5"]]);

        Assert.Equal(
            "value,count,text\r\n-2.5,-3,-2.5\r\n-Inf,0,+3\r\n-1E-07,-9223372036854775808,-1E-05\r\n0.5,1,.5\r\n",
            table.ToCsv());
    }

    [Theory]
    [InlineData("-2.5", false)]
    [InlineData("+3", false)]
    [InlineData("-1e-5", false)]
    [InlineData("-.5", false)]
    [InlineData("-", true)]
    [InlineData("-e5", true)]
    [InlineData("-1e", true)]
    [InlineData("-2.5 ", true)]
    [InlineData("-2,5", true)]
    [InlineData("-1-1", true)]
    [InlineData("-A1", true)]
    [InlineData("", false)]
    [InlineData("1+1", false)] // not a formula without a leading sign or =
    public void NeedsFormulaGuard_HandExamples(string text, bool expected) => Assert.Equal(expected, ResultTable.NeedsFormulaGuard(text));

    [Fact]
    public void ToCsv_FormulaColumnName_IsNeutralised()
    {
        var table = ResultTable.FromRows(["=1+1", "ok"], [["a", "b"]]);

        Assert.StartsWith("'=1+1,ok\r\n", table.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_GuardOff_WritesTextExactly()
    {
        var table = ResultTable.FromRows(["c"], [["=HYPERLINK(\"x\")"], ["@SUM(1)"]]);

        Assert.Equal("c\r\n\"=HYPERLINK(\"\"x\"\")\"\r\n@SUM(1)\r\n", table.ToCsv(guardFormulas: false));
        using var writer = new StringWriter();
        table.WriteCsv(writer, guardFormulas: false);
        Assert.Equal(table.ToCsv(guardFormulas: false), writer.ToString());
    }

    /// <summary>Text made of the characters that start formulas, numbers and CSV syntax.</summary>
    public readonly record struct FormulaText(string Value);

    /// <summary>The generator of <see cref="FormulaText"/>.</summary>
    public static class FormulaArbitraries
    {
        public static Arbitrary<FormulaText> Texts() =>
            Gen.ArrayOf(Gen.Elements('=', '+', '-', '@', '\t', '\r', '\n', '1', '.', 'e', ',', '"', 'a', '\''))
                .Select(c => new FormulaText(new string(c))).ToArbitrary();
    }

    [ScaledProperty(500, Arbitrary = [typeof(FormulaArbitraries)])]
    public bool ToCsv_AnyText_ReadsBackAsTheTextOrTheQuotedText(FormulaText text)
    {
        // With the guard, every cell reads back as itself, or as ' + itself exactly when a spreadsheet could run it.
        string cell = text.Value;
        List<List<string>> parsed = ParseCsv(ResultTable.FromRows(["x"], [[cell]]).ToCsv());
        string expected = ResultTable.NeedsFormulaGuard(cell) ? "'" + cell : cell;
        bool startsDangerously = cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal);
        return parsed[1][0] == expected && (startsDangerously || expected == cell);
    }

    // Rendered with markdown-it 15 and micromark 4 + micromark-extension-gfm 3 (GFM tables): each expected cell is one
    // cell that shows the input text; the old back\|pipe split into two cells under micromark, and <script> and the
    // javascript: link passed through.
    [Theory]
    [InlineData("back\\|pipe", "back\\\\&#124;pipe")] // a backslash before a pipe no longer splits the cell
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;")]
    [InlineData("R&D &lt;", "R&amp;D &amp;lt;")]
    [InlineData("*bold* _em_ `code` ~~x~~", "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~x\\~\\~")]
    [InlineData("a\r\nb\rc\nd", "a<br>b<br>c<br>d")]
    [InlineData("plain text 1.5", "plain text 1.5")]
    [InlineData("mean_signal _x a_ _", "mean_signal \\_x a\\_ \\_")]
    public void ToMarkdown_Cell_IsEscaped(string cell, string expected)
    {
        var table = ResultTable.FromRows(["c"], [[cell]]);

        Assert.Equal("| c |\n| --- |\n| " + expected + " |\n", table.ToMarkdown());
    }

    [Fact]
    public void ToMarkdown_ColumnNames_AreEscapedToo()
    {
        var table = ResultTable.FromRows(["a|b", "<i>"], [[1L, 2L]]);

        Assert.StartsWith("| a&#124;b | &lt;i&gt; |\n", table.ToMarkdown(), StringComparison.Ordinal);
    }
}
