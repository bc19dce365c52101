using System.Text.RegularExpressions;
using CxCore.Tests.Support;

namespace CxCore.Tests.Conventions;

/// <summary>
/// Every property of both test projects runs through FsCheck.Xunit with the one project-wide configuration
/// (tests/README.md): no property checked by hand inside a fact, no count or seed pinned on one method.
/// </summary>
public sealed partial class PropertyConventionTests
{
    // A hand-run check (Prop.ForAll(...).Check(...), QuickCheck...) or a configuration built in a test.
    [GeneratedRegex(@"\.(Check|QuickCheck\w*|VerboseCheck\w*)\s*\(|Config\.(Quick|Verbose|Default)\b")]
    private static partial Regex HandRunCheck();

    // [Property(...)] or [Properties(...)] that pins the count or the seed instead of using [ScaledProperty(n)].
    [GeneratedRegex(@"\[Propert(y|ies)\s*\([^\n]*\b(MaxTest|Replay)\s*=")]
    private static partial Regex PinnedCountOrSeed();

    private static IEnumerable<string> TestSources() =>
        new[] { "tests/CxCore.Tests", "tests/CxCore.Csv.Tests" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryRoot.File(folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.EndsWith(nameof(PropertyConventionTests) + ".cs", StringComparison.Ordinal));

    private static string[] Offenders(Regex pattern) =>
        TestSources().Where(path => pattern.IsMatch(File.ReadAllText(path))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void TestSources_AreFound() => Assert.Contains(TestSources(), p => p.EndsWith("PropertySettings.cs", StringComparison.Ordinal));

    [Fact]
    public void NoTest_RunsAPropertyByHand() => Assert.Empty(Offenders(HandRunCheck()));

    [Fact]
    public void NoProperty_PinsItsCountOrSeed() => Assert.Empty(Offenders(PinnedCountOrSeed()));

    // The patterns must be able to fail.
    [Theory]
    [InlineData("Prop.ForAll(arb, x => true).Check(Config.QuickThrowOnFailure);")]
    [InlineData("Prop.ForAll(arb, x => true).QuickCheckThrowOnFailure();")]
    [InlineData("var config = Config.Quick.WithMaxTest(5);")]
    public void HandRunCheck_FindsAHandRunProperty(string code) => Assert.Matches(HandRunCheck(), code);

    [Theory]
    [InlineData("[Property(MaxTest = 5)]")]
    [InlineData("[Property(Arbitrary = [typeof(X)], Replay = \"1,3\")]")]
    [InlineData("[Properties(MaxTest = 5)]")]
    public void PinnedCountOrSeed_FindsAPinnedProperty(string code) => Assert.Matches(PinnedCountOrSeed(), code);

    [Theory]
    [InlineData("[Property]")]
    [InlineData("[ScaledProperty(300)]")]
    [InlineData("[Properties(Arbitrary = [typeof(X)])]")]
    public void PinnedCountOrSeed_AcceptsTheProjectWay(string code) => Assert.DoesNotMatch(PinnedCountOrSeed(), code);

    [Fact]
    public void Scale_StandardCountIsIdentityAndNeverBelowOne()
    {
        Assert.Equal(PropertySettings.StandardMaxTest, PropertySettings.Scale(PropertySettings.StandardCiMaxTest));
        Assert.True(PropertySettings.Scale(1) >= 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => PropertySettings.Scale(0));
    }
}
