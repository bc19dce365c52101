using System.Text.RegularExpressions;
using System.Xml.Linq;
using CxCore.Tests.Support;

namespace CxCore.Tests.Docs;

/// <summary>
/// The install commands in the README, the docs and the notebooks work as written: while the version is a prerelease,
/// <c>dotnet add package</c> says <c>--prerelease</c> (or names a version) and every package reference
/// (<c>#:package CxCore@…</c>, <c>#r "nuget: CxCore, …"</c>) names exactly the version the repository builds.
/// </summary>
public sealed partial class InstallCommandTests
{
    public static TheoryData<string> Documents => new(
        new[] { RepositoryRoot.File("README.md") }
            .Concat(Directory.EnumerateFiles(RepositoryRoot.File("docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(RepositoryRoot.File("docs/notebooks"), "*.ipynb"))
            .Where(f => !f.Replace('\\', '/').Contains("/node_modules/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.File(string.Empty), f).Replace('\\', '/')));

    /// <summary>The version the packages get: VersionPrefix-VersionSuffix of src/Directory.Build.props.</summary>
    private static string PackageVersion()
    {
        XDocument props = XDocument.Load(RepositoryRoot.File("src/Directory.Build.props"));
        string prefix = props.Descendants("VersionPrefix").Single().Value;
        string suffix = props.Descendants("VersionSuffix").SingleOrDefault()?.Value ?? string.Empty;
        return suffix.Length == 0 ? prefix : prefix + "-" + suffix;
    }

    [Fact]
    public void PackageVersion_IsReadFromTheBuildProps() =>
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", PackageVersion());

    [Theory]
    [MemberData(nameof(Documents))]
    public void InstallCommands_NameThePrereleaseOrTheExactVersion(string document)
    {
        string version = PackageVersion();
        bool prerelease = version.Contains('-', StringComparison.Ordinal);
        string text = File.ReadAllText(RepositoryRoot.File(document));

        foreach (Match add in AddPackage().Matches(text))
        {
            string options = add.Groups["options"].Value;
            Assert.True(!prerelease || options.Contains("--prerelease", StringComparison.Ordinal) || options.Contains($"--version {version}", StringComparison.Ordinal),
                $"{document}: '{add.Value.Trim()}' finds no stable {add.Groups["id"].Value}: add --prerelease (the version is {version}).");
        }

        foreach (Match reference in PackageReference().Matches(text))
        {
            Assert.True(reference.Groups["version"].Value == version,
                $"{document}: '{reference.Value}' should name {reference.Groups["id"].Value} {version}, the version this repository builds.");
        }
    }

    [Fact]
    public void InstallCommands_ChangedVersion_IsDetected()
    {
        Assert.Equal("0.0.1", PackageReference().Match("#r \"nuget: CxCore, 0.0.1\"").Groups["version"].Value);
        Assert.Equal("0.0.1", PackageReference().Match("#:package CxCore.Csv@0.0.1").Groups["version"].Value);
        Assert.Equal(string.Empty, PackageReference().Match("#r \"nuget: CxCore\"").Groups["version"].Value);
        Assert.Equal(" --prerelease", AddPackage().Match("dotnet add package CxCore --prerelease # x").Groups["options"].Value.TrimEnd());
    }

    // dotnet add package CxCore[.Csv] [options] — up to the end of the line or a comment.
    [GeneratedRegex(@"dotnet add package (?<id>CxCore(\.\w+)?)(?<options>[^#\n`]*)")]
    private static partial Regex AddPackage();

    // #:package CxCore@1.2.3 and #r "nuget: CxCore, 1.2.3"; a reference without a version has an empty version group.
    [GeneratedRegex(@"(#:package (?<id>CxCore(\.\w+)?)(@(?<version>[^\s""\\`)]+))?)|(#r \\?""nuget: ?(?<id>CxCore(\.\w+)?)(, ?(?<version>[^""\\]+))?\\?"")")]
    private static partial Regex PackageReference();
}
