using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Tests;

[Properties(Arbitrary = [typeof(CustomerIdTests.Arbitraries)])]
public sealed partial class CustomerIdTests
{
    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>"x" and then pieces that differ in case, accents and length, so that ordinal order matters.</summary>
        public static Arbitrary<string> Texts() =>
            Gen.Elements("a", "A", "b", "B", "é", "0", " ", "z", "aa", "Ab")
                .ArrayOf()
                .Select(parts => "x" + string.Concat(parts))
                .ToArbitrary();
    }

    [Property]
    public bool EqualsAndCompareTo_AgreeWithOrdinalStringComparison(string left, string right)
    {
        var a = CustomerId.From(left);
        var b = CustomerId.From(right);
        int expected = Math.Sign(string.CompareOrdinal(left, right));

        return Math.Sign(a.CompareTo(b)) == expected &&
               a.Equals(b) == (expected == 0) &&
               (a == b) == (expected == 0) &&
               (a < b) == (expected < 0) &&
               (a.GetHashCode() == b.GetHashCode() || expected != 0);
    }
}
