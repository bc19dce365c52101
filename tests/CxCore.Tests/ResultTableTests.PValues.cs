namespace CxCore.Tests;

public sealed partial class ResultTableTests
{
    private static ResultTable WithPValues() => ResultTable.FromRows(
        ["test", "p_value", "p_holm", "change_p", "ratio"],
        [
            ["zero", 0.0, 1e-12, 0.04999, 0.0],
            ["small", 0.0023456, 0.5, 1.0, 1e-12],
            ["none", double.NaN, null, 0.0001, 0.04999],
        ]);

    [Fact]
    public void ToString_PValueColumns_LessThanOrFourSignificantDigits()
    {
        // p-value columns by name (p_value, p_…, …_p): < 0.0001 below 0.0001, else four significant digits; "ratio" is
        // an ordinary number column (0 stays 0, 1e-12 in scientific notation, 0.04999 to four decimals).
        string expected =
            "test    p_value    p_holm  change_p  ratio\n" +
            "-----  --------  --------  --------  -----\n" +
            "zero   < 0.0001  < 0.0001   0.04999      0\n" +
            "small  0.002346       0.5         1  1E-12\n" +
            "none        NaN              0.0001   0.05\n";

        Assert.Equal(expected, WithPValues().ToString());
    }

    [Fact]
    public void ToMarkdownAndHtml_UseThePValueFormat_CsvKeepsTheNumber()
    {
        ResultTable table = WithPValues();

        Assert.Contains("| zero | &lt; 0.0001 | &lt; 0.0001 | 0.04999 | 0 |", table.ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(2, table.ToHtml().Split("<td style=\"text-align:right\">&lt; 0.0001</td>").Length - 1);
        Assert.StartsWith("test,p_value,p_holm,change_p,ratio\r\nzero,0,1E-12,0.04999,0\r\n", table.ToCsv(), StringComparison.Ordinal);
        Assert.Equal(0.0, table[0, "p_value"]);
    }
}
