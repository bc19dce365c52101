using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

// The one configuration of every FsCheck property in this test assembly (see tests/README.md).
[assembly: CxCore.Tests.Support.PropertyDefaults]

namespace CxCore.Tests.Support;

/// <summary>
/// How many cases every property runs and which seed it starts from, read once from the environment.
/// </summary>
/// <remarks>
/// <para>
/// Counts: a standard <c>[Property]</c> runs <see cref="StandardCiMaxTest"/> cases under CI (<c>CI=true</c>) and
/// <see cref="StandardLocalMaxTest"/> on a developer's machine; <c>CXCORE_PROPERTY_MAX_TEST=N</c> sets the standard
/// count to N anywhere. A property that states its own CI count with <c>[ScaledProperty(n)]</c> runs n cases in CI
/// and n scaled by the same ratio elsewhere (at least one).
/// </para>
/// <para>
/// Seed: every property starts from <see cref="DefaultReplay"/>, so a run is reproducible; FsCheck prints the seed
/// and size of a failing case. <c>CXCORE_PROPERTY_SEED</c> replaces it: <c>"seed,gamma"</c> (the pair FsCheck
/// prints; gamma odd), <c>"seed,gamma,size"</c> or a bare <c>seed</c> (with the default gamma) to explore other
/// cases, or <c>random</c> for a fresh seed per run.
/// </para>
/// </remarks>
internal static class PropertySettings
{
    /// <summary>The environment variable that sets the standard case count.</summary>
    public const string MaxTestVariable = "CXCORE_PROPERTY_MAX_TEST";

    /// <summary>The environment variable that replaces the fixed seed.</summary>
    public const string SeedVariable = "CXCORE_PROPERTY_SEED";

    /// <summary>Cases of a standard property under CI.</summary>
    public const int StandardCiMaxTest = 1000;

    /// <summary>Cases of a standard property on a developer's machine.</summary>
    public const int StandardLocalMaxTest = 100;

    /// <summary>The gamma of FsCheck's splittable generator when only a seed is given (any odd number).</summary>
    public const ulong DefaultGamma = 0x9E37_79B9_7F4A_7C15;

    /// <summary>The fixed start of every run: FsCheck's <c>(seed,gamma)</c> replay pair.</summary>
    public static readonly string DefaultReplay = string.Create(CultureInfo.InvariantCulture, $"20261207,{DefaultGamma}");

    private static readonly Lazy<int> Standard = new(ReadStandardMaxTest);

    private static readonly Lazy<string?> ReplayValue = new(ReadReplay);

    /// <summary>The case count of a standard property in this run.</summary>
    public static int StandardMaxTest => Standard.Value;

    /// <summary>The replay pair every property starts from, or <see langword="null"/> for a fresh random seed.</summary>
    public static string? Replay => ReplayValue.Value;

    /// <summary>The count of a property that runs <paramref name="ciMaxTest"/> cases in CI, scaled to this run.</summary>
    public static int Scale(int ciMaxTest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ciMaxTest, 1);
        long scaled = ((long)ciMaxTest * StandardMaxTest + StandardCiMaxTest - 1) / StandardCiMaxTest;
        return (int)Math.Clamp(scaled, 1, int.MaxValue);
    }

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    private static int ReadStandardMaxTest()
    {
        string? text = Environment.GetEnvironmentVariable(MaxTestVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return IsCi() ? StandardCiMaxTest : StandardLocalMaxTest;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
        {
            throw new InvalidOperationException($"{MaxTestVariable} is '{text}'; it must be a whole number from 1 to {int.MaxValue}.");
        }

        return count;
    }

    private static string? ReadReplay()
    {
        string? text = Environment.GetEnvironmentVariable(SeedVariable)?.Trim().Trim('(', ')').Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return DefaultReplay;
        }

        if (string.Equals(text, "random", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string[] parts = text.Split(',');
        bool valid = parts.Length is >= 1 and <= 3 && parts.All(p => ulong.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (!valid || (parts.Length == 3 && !uint.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new InvalidOperationException($"{SeedVariable} is '{text}'; it must be 'seed', 'seed,gamma', 'seed,gamma,size' (whole numbers) or 'random'.");
        }

        return parts.Length == 1 ? string.Create(CultureInfo.InvariantCulture, $"{parts[0]},{DefaultGamma}") : text;
    }
}

/// <summary>The assembly-wide property configuration: the case count and seed of <see cref="PropertySettings"/>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PropertyDefaultsAttribute : PropertiesAttribute
{
    /// <summary>Reads <see cref="PropertySettings"/>.</summary>
    public PropertyDefaultsAttribute()
    {
        MaxTest = PropertySettings.StandardMaxTest;
        QuietOnSuccess = true;
        Arbitrary = [typeof(CommonArbitraries)];
        if (PropertySettings.Replay is { } replay)
        {
            Replay = replay;
        }
    }
}

/// <summary>A seed for a test's own <see cref="Random"/>: uniform over 0 to <see cref="int.MaxValue"/>.</summary>
/// <param name="Value">The seed.</param>
public readonly record struct Seed(int Value);

/// <summary>Generators every property of the assembly can use (registered by <see cref="PropertyDefaultsAttribute"/>).</summary>
public static class CommonArbitraries
{
    /// <summary>Seeds uniform over 0 to <see cref="int.MaxValue"/>.</summary>
    public static Arbitrary<Seed> Seeds() => Gen.Choose(0, int.MaxValue).Select(s => new Seed(s)).ToArbitrary();
}

/// <summary>
/// A property that runs <c>ciMaxTest</c> cases under CI instead of the standard count (for cases much cheaper or
/// dearer than usual), and proportionally fewer wherever the standard count is lower.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScaledPropertyAttribute : PropertyAttribute
{
    /// <summary>Runs <paramref name="ciMaxTest"/> cases under CI, scaled like the standard count elsewhere.</summary>
    /// <param name="ciMaxTest">The number of cases under CI.</param>
    public ScaledPropertyAttribute(int ciMaxTest)
    {
        CiMaxTest = ciMaxTest;
        MaxTest = PropertySettings.Scale(ciMaxTest);
    }

    /// <summary>The number of cases under CI.</summary>
    public int CiMaxTest { get; }
}
