using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CxCore.Tests;

public sealed partial class CustomerIdTests
{
    private static Arbitrary<string> Texts =>
        Gen.Elements("a", "A", "b", "B", "é", "0", " ", "z", "aa", "Ab")
            .ArrayOf()
            .Select(parts => "x" + string.Concat(parts))
            .ToArbitrary();

    [Fact]
    public void EqualsAndCompareTo_AgreeWithOrdinalStringComparison() =>
        Prop.ForAll(Texts, Texts, (left, right) =>
        {
            var a = CustomerId.From(left);
            var b = CustomerId.From(right);
            int expected = Math.Sign(string.CompareOrdinal(left, right));

            return Math.Sign(a.CompareTo(b)) == expected &&
                   a.Equals(b) == (expected == 0) &&
                   (a == b) == (expected == 0) &&
                   (a < b) == (expected < 0) &&
                   (a.GetHashCode() == b.GetHashCode() || expected != 0);
        }).Check(PropertyConfig.Seeded());
}
