namespace CxCore.Tests;

/// <summary>Checks shared by the tests of result types that expose a <see cref="ResultTable"/>.</summary>
internal static class TableAssert
{
    /// <summary>Asserts the column names, in order.</summary>
    public static void Columns(ResultTable table, params string[] expected) => Assert.Equal(expected, table.Columns);

    /// <summary>Asserts that the Markdown and the flat rows of a result are those of its table.</summary>
    public static void Agrees(ResultTable table, string markdown, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        Assert.Equal(table.ToMarkdown(), markdown);
        Assert.Equal(table.RowCount, rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            Assert.Equal(table.Columns, rows[r].Keys);
            for (int c = 0; c < table.Columns.Count; c++)
            {
                Assert.Equal(table[r, c], rows[r][table.Columns[c]]);
            }
        }
    }

    /// <summary>Asserts a number cell to 9 decimals.</summary>
    public static void Number(double expected, object? cell) => Assert.Equal(expected, Assert.IsType<double>(cell), 9);
}
