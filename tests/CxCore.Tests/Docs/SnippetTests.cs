using System.Text.RegularExpressions;
using CxCore.Tests.Support;

namespace CxCore.Tests.Docs;

/// <summary>
/// Keeps the C# shown in the README and the docs identical to scripts that CI runs: a fenced block that follows
/// <c>&lt;!-- snippet: docs/scripts/x.cs --&gt;</c> must equal that file without its <c>#:</c> directives.
/// </summary>
public sealed partial class SnippetTests
{
    public static TheoryData<string> Documents => new(
        new[] { "README.md" }.Concat(Directory.EnumerateFiles(RepositoryRoot.File("docs"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/node_modules/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.File(string.Empty), f).Replace('\\', '/'))));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Snippets_MatchTheScriptsCiRuns(string document)
    {
        string text = File.ReadAllText(RepositoryRoot.File(document)).ReplaceLineEndings("\n");

        foreach (var (script, shown) in Snippets(text))
        {
            string expected = ScriptBody(File.ReadAllText(RepositoryRoot.File(script)));
            Assert.True(
                expected == shown,
                $"The snippet of {script} in {document} differs from the script; copy the script's body (without #: lines) into the document.\n--- script ---\n{expected}\n--- document ---\n{shown}");
        }
    }

    [Fact]
    public void Readme_ShowsTheQuickStartScript() =>
        Assert.Contains(Snippets(File.ReadAllText(RepositoryRoot.File("README.md")).ReplaceLineEndings("\n")), s => s.Script == "docs/scripts/readme.cs");

    [Fact]
    public void Snippets_ChangedSnippet_IsDetected()
    {
        const string Document = "<!-- snippet: docs/scripts/readme.cs -->\n```csharp\nvar x = 1;\n```\n";

        var (script, shown) = Assert.Single(Snippets(Document));

        Assert.Equal("docs/scripts/readme.cs", script);
        Assert.NotEqual(ScriptBody(File.ReadAllText(RepositoryRoot.File(script))), shown);
    }

    [Fact]
    public void ScriptBody_DropsDirectivesAndSurroundingBlankLines() =>
        Assert.Equal("using A;\n\nB();", ScriptBody("#:project x\n#:property y=z\n\nusing A;\n\nB();\n\n"));

    private static IEnumerable<(string Script, string Shown)> Snippets(string document) =>
        SnippetPattern().Matches(document).Select(m => (m.Groups["path"].Value, m.Groups["code"].Value.TrimEnd('\n')));

    private static string ScriptBody(string script) =>
        string.Join('\n', script.ReplaceLineEndings("\n").Split('\n').Where(l => !l.StartsWith("#:", StringComparison.Ordinal)))
            .Trim('\n');

    [GeneratedRegex(@"<!-- snippet: (?<path>[^ ]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
