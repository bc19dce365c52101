using System.Text;

namespace CxCore.Tests.PublicApi;

/// <summary>The result of comparing an approved public-API listing with the listing of the current build.</summary>
/// <param name="Removed">Lines in the approved listing that the build no longer has.</param>
/// <param name="Added">Lines the build has that the approved listing lacks.</param>
/// <param name="Diff">A unified-style line diff (" " unchanged, "-" approved only, "+" build only) with context.</param>
internal sealed record ApiComparison(IReadOnlyList<string> Removed, IReadOnlyList<string> Added, string Diff)
{
    public bool IsMatch => Removed.Count == 0 && Added.Count == 0;
}

/// <summary>Compares public-API listings line by line and explains any difference.</summary>
internal static class ApiListing
{
    /// <summary>The environment variable that, set to 1, makes the approval test write the current listing.</summary>
    public const string AcceptVariable = "CXCORE_ACCEPT_API";

    /// <summary>Compares <paramref name="approved"/> with <paramref name="actual"/> (line endings normalised).</summary>
    public static ApiComparison Compare(string approved, string actual)
    {
        string[] a = Lines(approved);
        string[] b = Lines(actual);

        // Longest common subsequence table, filled from the end.
        int[,] lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var script = new List<(char Op, string Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                script.Add(('+', b[y++]));
            }
            else
            {
                script.Add(('-', a[x++]));
            }
        }

        var removed = script.Where(s => s.Op == '-').Select(s => s.Line).ToList();
        var added = script.Where(s => s.Op == '+').Select(s => s.Line).ToList();
        return new ApiComparison(removed, added, Render(script, context: 3));
    }

    /// <summary>Whether the developer asked to accept the current listing (<see cref="AcceptVariable"/> is 1).</summary>
    public static bool AcceptRequested => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>
    /// Throws with a readable diff when <paramref name="actual"/> differs from the listing stored at
    /// <paramref name="approvedPath"/>; when <paramref name="accept"/> is set, writes <paramref name="actual"/> there instead.
    /// </summary>
    public static void Verify(string actual, string approvedPath, bool accept = false)
    {
        if (accept)
        {
            File.WriteAllText(approvedPath, actual.ReplaceLineEndings("\n"));
            return;
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        ApiComparison comparison = Compare(approved, actual);
        if (comparison.IsMatch)
        {
            return;
        }

        throw new ApiChangedException(
            $"""
            The public API differs from the approved listing {approvedPath}
            ({comparison.Added.Count} line(s) added, {comparison.Removed.Count} removed; '-' approved, '+' this build):

            {comparison.Diff}
            If the change is intended, accept it and commit the listing with the change (and a CHANGELOG line, marked
            **BREAKING** if anything was removed or changed):
                {AcceptVariable}=1 dotnet test --filter FullyQualifiedName~PublicApiApprovalTests
            """);
    }

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n') is { Length: > 0 } trimmed ? trimmed.Split('\n') : [];

    private static string Render(List<(char Op, string Line)> script, int context)
    {
        var text = new StringBuilder();
        int lastPrinted = -1;
        for (int i = 0; i < script.Count; i++)
        {
            if (script[i].Op == ' ')
            {
                continue;
            }

            int from = Math.Max(lastPrinted + 1, i - context);
            if (from > lastPrinted + 1 && lastPrinted >= 0)
            {
                text.Append("  ...\n");
            }

            for (int j = from; j < i; j++)
            {
                text.Append("  ").Append(script[j].Line).Append('\n');
            }

            int k = i;
            while (k < script.Count && (script[k].Op != ' ' || NextChangeWithin(script, k, context)))
            {
                text.Append(script[k].Op).Append(' ').Append(script[k].Line).Append('\n');
                k++;
            }

            int end = Math.Min(script.Count, k + context);
            for (int j = k; j < end; j++)
            {
                text.Append("  ").Append(script[j].Line).Append('\n');
            }

            lastPrinted = end - 1;
            i = end - 1;
        }

        return text.ToString();
    }

    private static bool NextChangeWithin(List<(char Op, string Line)> script, int index, int context)
    {
        for (int j = index; j < script.Count && j <= index + (2 * context); j++)
        {
            if (script[j].Op != ' ')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Thrown when the public API of the build differs from the approved listing.</summary>
internal sealed class ApiChangedException(string message) : Exception(message);
