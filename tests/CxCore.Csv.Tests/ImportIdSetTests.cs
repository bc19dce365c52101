using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Csv.Tests;

[Properties(Arbitrary = [typeof(ImportIdSetTests.Arbitraries)])]
public sealed class ImportIdSetTests
{
    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>
        /// Sequences of ids from a small set, so that repeats are common: numbered ids with and without a prefix, with
        /// leading zeros, 18 and 19 digits, digits that are not ASCII, no digits, the empty id.
        /// </summary>
        public static Arbitrary<string[]> Ids() => Gen.Elements(
            "1", "01", "001", "10", "100", "0", "00", "E1", "E01", "E10", "F1", "e1", "1E1", "E", "", " 1", "1 ",
            "123456789012345678", "1234567890123456789", "0123456789012345678", "E123456789012345678", "é1", "\u0661",
            "R-1", "R-01", "R-10").ArrayOf().ToArbitrary();
    }

    [Fact]
    public void Add_NumberedIds_ExactOrdinalSet()
    {
        var set = new ImportIdSet();

        Assert.True(set.Add("E1"));
        Assert.True(set.Add("E01"));   // a leading zero: another id
        Assert.True(set.Add("F1"));    // another prefix: another id
        Assert.True(set.Add("e1"));    // ordinal: case matters
        Assert.True(set.Add("1"));     // no prefix
        Assert.False(set.Add("E1"));
        Assert.False(set.Add("E01"));
        Assert.False(set.Add("F1"));
        Assert.False(set.Add("1"));
        Assert.True(set.Add("E1 "));
    }

    [Fact]
    public void Add_AMillionNumberedIds_EachOnceThenEveryRepeatFound()
    {
        var set = new ImportIdSet();

        for (int i = 1; i <= 1_000_000; i++)
        {
            Assert.True(set.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.False(set.Add("1"));
        Assert.False(set.Add("500000"));
        Assert.False(set.Add("1000000"));
        Assert.True(set.Add("01000000"));
        Assert.True(set.Add("1000001"));
        Assert.True(set.Add("999999999999999999"));      // 18 digits: as a number
        Assert.True(set.Add("9999999999999999999"));     // 19 digits: as text
        Assert.False(set.Add("9999999999999999999"));
    }

    [ScaledProperty(500)]
    public bool Add_AgreesWithHashSetOfStrings(string[] sequence)
    {
        var set = new ImportIdSet();
        var reference = new HashSet<string>(StringComparer.Ordinal);
        return sequence.All(id => set.Add(id) == reference.Add(id));
    }
}
