using System;
using System.Collections.Generic;
using System.Text;

namespace CxCore.Journeys;

/// <summary>Formats the small aligned text tables of the path and attribution results.</summary>
internal static class PathText
{
    /// <summary>An aligned table: the first column left-aligned, the others right-aligned, two spaces between columns.</summary>
    public static string Table(string[] header, IReadOnlyList<string[]> rows)
    {
        int[] widths = new int[header.Length];
        for (int c = 0; c < header.Length; c++)
        {
            widths[c] = header[c].Length;
            foreach (string[] row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var text = new StringBuilder();
        Append(text, header, widths);
        foreach (string[] row in rows)
        {
            text.AppendLine();
            Append(text, row, widths);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string[] cells, int[] widths)
    {
        int start = text.Length;
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                text.Append("  ");
                text.Append(cells[c].PadLeft(widths[c]));
            }
            else
            {
                text.Append(cells[c].PadRight(widths[c]));
            }
        }

        // No trailing spaces.
        int end = text.Length;
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        text.Length = end;
    }
}
