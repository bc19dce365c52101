using System.Globalization;
using System.Text;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests;

[Properties(Arbitrary = [typeof(ResultTableTests.Arbitraries)])]
public sealed partial class ResultTableTests
{
    /// <summary>Three cells of text over letters, comma, quote, CR, LF, space and an accent.</summary>
    public sealed record CsvRow(string[] Cells);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<CsvRow> Rows()
        {
            Gen<string> text = Gen.ArrayOf(Gen.Elements('a', 'b', ',', '"', '\r', '\n', ' ', 'é')).Select(c => new string(c));
            return (from x in text from y in text from z in text select new CsvRow([x, y, z])).ToArbitrary();
        }
    }

    private static ResultTable Small() => ResultTable.FromRows(
        ["segment", "n", "score"],
        [
            ["North", 120L, 33.333333],
            ["South, East", 8, double.NaN],
            [null, 0L, 1.5e-7],
        ]);

    [Fact]
    public void ToString_SmallTable_IsAlignedText()
    {
        // Widths by hand: segment 11 ("South, East"), n 3 ("120"), score 7 ("33.3333", "1.5E-07"); text left, numbers right.
        string expected =
            "segment        n    score\n" +
            "-----------  ---  -------\n" +
            "North        120  33.3333\n" +
            "South, East    8      NaN\n" +
            "               0  1.5E-07\n";

        Assert.Equal(expected, Small().ToString());
    }

    [Fact]
    public void ToMarkdown_SmallTable_RightAlignsNumberColumns()
    {
        string expected =
            "| segment | n | score |\n" +
            "| --- | ---: | ---: |\n" +
            "| North | 120 | 33.3333 |\n" +
            "| South, East | 8 | NaN |\n" +
            "|  | 0 | 1.5E-07 |\n";

        Assert.Equal(expected, Small().ToMarkdown());
    }

    [Fact]
    public void ToCsv_SmallTable_QuotesCommaAndRoundTripsDoubles()
    {
        string expected =
            "segment,n,score\r\n" +
            "North,120,33.333333\r\n" +
            "\"South, East\",8,NaN\r\n" +
            ",0,1.5E-07\r\n";

        Assert.Equal(expected, Small().ToCsv());
    }

    [Fact]
    public void WriteCsv_QuotesAndNewlines_FollowRfc4180()
    {
        var table = ResultTable.FromRows(["a,b", "say \"x\""], [["say \"hi\"", "line1\nline2"], ["cr\rhere", "plain"]]);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        table.WriteCsv(writer);

        Assert.Equal(
            "\"a,b\",\"say \"\"x\"\"\"\r\n" +
            "\"say \"\"hi\"\"\",\"line1\nline2\"\r\n" +
            "\"cr\rhere\",plain\r\n",
            writer.ToString());
    }

    [Fact]
    public void WriteCsv_Doubles_RoundTripExactlyAndInfinitiesReadable()
    {
        double tricky = 0.1 + 0.2;
        var table = ResultTable.FromRows(["x"], [[tricky], [double.PositiveInfinity], [double.NegativeInfinity], [-1e300]]);

        string[] lines = table.ToCsv().Split("\r\n");

        Assert.Equal(tricky, double.Parse(lines[1], CultureInfo.InvariantCulture));
        Assert.Equal("Inf", lines[2]);
        Assert.Equal("-Inf", lines[3]);
        Assert.Equal(-1e300, double.Parse(lines[4], CultureInfo.InvariantCulture));
    }

    [ScaledProperty(300)]
    public bool WriteCsv_AnyText_ParsesBackToTheSameCells(CsvRow row)
    {
        // A minimal RFC 4180 reader written here (quoted fields, doubled quotes, CRLF records) reads back every cell.
        string[] cells = row.Cells;
        ResultTable table = ResultTable.FromRows(["x", "y", "z"], [cells]);
        List<List<string>> parsed = ParseCsv(table.ToCsv(guardFormulas: false));
        return parsed.Count == 2 && parsed[1].SequenceEqual(cells);
    }

    [Fact]
    public void ToMarkdown_PipeAndNewline_AreEscaped()
    {
        var table = ResultTable.FromRows(["name"], [["a|b\nc"]]);

        Assert.Equal("| name |\n| --- |\n| a&#124;b<br>c |\n", table.ToMarkdown());
    }

    [Fact]
    public void ToString_NewlineInCell_BecomesSpace()
    {
        var table = ResultTable.FromRows(["name"], [["a\r\nb"]]);

        Assert.Equal("name\n----\na b\n", table.ToString());
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-12.34567, "-12.3457")]
    [InlineData(100.0, "100")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001234, "1.234E-05")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    public void FormatNumber_DocumentedRule(double value, string expected) => Assert.Equal(expected, ResultTable.FormatNumber(value));

    [Fact]
    public void ToRows_GivesOneDictionaryPerRowWithEveryColumn()
    {
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows = Small().ToRows();

        Assert.Equal(3, rows.Count);
        Assert.Equal("North", rows[0]["segment"]);
        Assert.Equal(8L, rows[1]["n"]);
        Assert.Null(rows[2]["segment"]);
        Assert.Equal(["segment", "n", "score"], rows[0].Keys);
    }

    [Fact]
    public void Indexers_ReadCellsByPositionAndName()
    {
        ResultTable table = Small();

        Assert.Equal(3, table.RowCount);
        Assert.Equal(120L, table[0, 1]);
        Assert.Equal(33.333333, table[0, "score"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[3, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[-1, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[0, 3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[0, -1]);
        Assert.Throws<ArgumentException>(() => table[0, "missing"]);
    }

    [Fact]
    public void EmptyTable_PrintsHeaderOnly()
    {
        var table = ResultTable.FromRows(["a", "bb"], []);

        Assert.Equal("a  bb\n-  --\n", table.ToString());
        Assert.Equal("a,bb\r\n", table.ToCsv());
    }

    [Fact]
    public void FromRows_BadInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ResultTable.FromRows(null!, []));
        Assert.Throws<ArgumentNullException>(() => ResultTable.FromRows(["a"], null!));
        Assert.Throws<ArgumentException>(() => ResultTable.FromRows([], []));
        Assert.Throws<ArgumentException>(() => ResultTable.FromRows([" "], []));
        Assert.Throws<ArgumentException>(() => ResultTable.FromRows(["a", "a"], []));
        Assert.Throws<ArgumentException>(() => ResultTable.FromRows(["a", "b"], [["x"]]));
        Assert.Throws<ArgumentException>(() => ResultTable.FromRows(["a"], [[1.5f]]));
        Assert.Throws<ArgumentNullException>(() => ResultTable.FromRows(["a"], [null!]));
        Assert.Throws<ArgumentNullException>(() => Small().WriteCsv(null!));
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (!(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 2 : 1;
                }

                i++;
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                field.Append(text[i]);
                i++;
            }
        }

        return records;
    }
}
