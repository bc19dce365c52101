using FsCheck;
using FsCheck.Fluent;

namespace CxCore.Tests.Support;

/// <summary>A text to parse as a name: null, empty, white space of several kinds, or names with and without surrounding white space.</summary>
/// <param name="Value">The text.</param>
public sealed record NameText(string? Value)
{
    /// <summary>The generator (register with <c>[Property(Arbitrary = [typeof(NameText.Arbitraries)])]</c>).</summary>
    public static class Arbitraries
    {
        /// <summary>Texts built from white space (space, tab, new line, no-break space, em space) and a few letters.</summary>
        public static Arbitrary<NameText> Texts() =>
            Gen.Frequency(
                (1, Gen.Constant(new NameText((string?)null))),
                (9, Gen.Elements(' ', '\t', '\n', '\u00A0', '\u2003', 'a', 'Z', 'é', '-').ArrayOf().Select(chars => new NameText(new string(chars)))))
            .ToArbitrary();
    }
}
