using System.Text;

namespace CxCore.Data.Dialects;

/// <summary>The two ways engines quote identifiers.</summary>
internal static class QuoteRules
{
    /// <summary>Between <paramref name="quote"/> characters, each inner one doubled (SQL standard; DuckDB, PostgreSQL, Snowflake with <c>"</c>; Spark with a backtick).</summary>
    internal static string Doubled(string identifier, char quote)
    {
        var text = new StringBuilder(identifier.Length + 2);
        text.Append(quote);
        foreach (char c in identifier)
        {
            if (c == quote)
            {
                text.Append(quote);
            }

            text.Append(c);
        }

        return text.Append(quote).ToString();
    }

    /// <summary>
    /// Between backticks with C-style escapes (BigQuery, ClickHouse): a backslash before every backslash and backtick,
    /// and line breaks and tabs written as <c>\n</c>, <c>\r</c>, <c>\t</c>.
    /// </summary>
    internal static string BackslashEscaped(string identifier)
    {
        var text = new StringBuilder(identifier.Length + 2);
        text.Append('`');
        foreach (char c in identifier)
        {
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case '`':
                    text.Append("\\`");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                case '\r':
                    text.Append(@"\r");
                    break;
                case '\t':
                    text.Append(@"\t");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('`').ToString();
    }
}
