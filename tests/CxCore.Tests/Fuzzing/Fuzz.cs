using System.Globalization;
using System.Text;

namespace CxCore.Tests.Fuzzing;

/// <summary>
/// Seeded byte-level mutations of valid inputs, and the run loop of the fuzz tests: bit flips, byte inserts and deletes,
/// truncation, duplicated chunks and injected syntax bytes (quotes, separators, line breaks, brackets).
/// </summary>
/// <remarks>
/// Every case is reproducible from the base seed and its iteration number. The number of cases per target is
/// <see cref="DefaultCases"/> (kept small so that the suite stays fast); set <c>CXCORE_FUZZ_CASES</c> to run more and
/// <c>CXCORE_FUZZ_SEED</c> to start from another base seed. A failure names the target, the seed, the iteration and the
/// mutations, and shows the input, with the environment variables that replay it.
/// </remarks>
internal static class Fuzz
{
    /// <summary>The cases per target in a normal test run.</summary>
    public const int DefaultCases = 500;

    /// <summary>The base seed of a normal test run.</summary>
    public const int DefaultSeed = 20_261_203;

    public static int Cases(int defaultCases = DefaultCases) =>
        int.TryParse(Environment.GetEnvironmentVariable("CXCORE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int cases) && cases > 0
            ? cases
            : defaultCases;

    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("CXCORE_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seed)
            ? seed
            : DefaultSeed;

    /// <summary>
    /// Runs <paramref name="check"/> on <paramref name="cases"/> mutations of <paramref name="valid"/>; a check
    /// returns null when the case passes, or says what is wrong. Unexpected exceptions are failures too.
    /// </summary>
    public static void Run(string target, byte[] valid, byte[] syntax, Func<byte[], int, string?> check, int? cases = null)
    {
        int seed = Seed;
        int count = cases ?? Cases();
        for (int iteration = 0; iteration < count; iteration++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + iteration));
            byte[] input = Mutate(valid, random, syntax, out string mutations);
            string? problem;
            try
            {
                problem = check(input, iteration);
            }
            catch (Exception ex)
            {
                problem = "unexpected exception: " + ex;
            }

            if (problem is not null)
            {
                Assert.Fail(string.Create(
                    CultureInfo.InvariantCulture,
                    $"""
                    Fuzz target '{target}', base seed {seed}, iteration {iteration} ({mutations}): {problem}
                    Replay with CXCORE_FUZZ_SEED={seed} CXCORE_FUZZ_CASES={iteration + 1}.
                    Input ({input.Length} bytes): {Show(input)}
                    """));
            }
        }
    }

    /// <summary>One to four mutations of <paramref name="valid"/>, described.</summary>
    public static byte[] Mutate(byte[] valid, Random random, byte[] syntax, out string description)
    {
        var bytes = new List<byte>(valid);
        var what = new List<string>();
        int count = 1 + random.Next(4);
        for (int m = 0; m < count; m++)
        {
            int position = random.Next(bytes.Count + 1);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    position = Math.Min(position, bytes.Count - 1);
                    int bit = random.Next(8);
                    bytes[position] ^= (byte)(1 << bit);
                    what.Add($"flip bit {bit} at {position}");
                    break;
                case 1:
                    byte inserted = (byte)random.Next(256);
                    bytes.Insert(position, inserted);
                    what.Add($"insert 0x{inserted:X2} at {position}");
                    break;
                case 2 when bytes.Count > 0:
                    position = Math.Min(position, bytes.Count - 1);
                    int length = Math.Min(1 + random.Next(4), bytes.Count - position);
                    bytes.RemoveRange(position, length);
                    what.Add($"delete {length} at {position}");
                    break;
                case 3:
                    bytes.RemoveRange(position, bytes.Count - position);
                    what.Add($"truncate at {position}");
                    break;
                case 4 when bytes.Count > 0:
                    int from = random.Next(bytes.Count);
                    int chunk = Math.Min(1 + random.Next(random.Next(2) == 0 ? 8 : 200), bytes.Count - from);
                    bytes.InsertRange(position, bytes.GetRange(from, chunk));
                    what.Add($"copy {chunk} from {from} to {position}");
                    break;
                default:
                    byte injected = syntax[random.Next(syntax.Length)];
                    if (random.Next(3) == 0 && position < bytes.Count)
                    {
                        bytes[position] = injected;
                        what.Add($"overwrite 0x{injected:X2} at {position}");
                    }
                    else
                    {
                        bytes.Insert(position, injected);
                        what.Add($"inject 0x{injected:X2} at {position}");
                    }

                    break;
            }
        }

        description = string.Join("; ", what);
        return [.. bytes];
    }

    /// <summary>The input as text with non-printable and non-ASCII bytes as \xHH, cut to 3,000 characters.</summary>
    public static string Show(byte[] input)
    {
        var text = new StringBuilder();
        foreach (byte b in input)
        {
            if (text.Length > 3000)
            {
                text.Append("…");
                break;
            }

            text.Append(b is >= 0x20 and < 0x7F and not (byte)'\\' ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}"));
        }

        return text.ToString();
    }
}
