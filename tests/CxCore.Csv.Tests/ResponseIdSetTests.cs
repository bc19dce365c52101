using System.Text;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxCore.Csv.Tests;

[Properties(Arbitrary = [typeof(ResponseIdSetTests.Arbitraries)])]
public sealed class ResponseIdSetTests
{
    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        /// <summary>Sequences of ids from a small set (so repeats are common), empty and non-ASCII included.</summary>
        public static Arbitrary<string[]> Ids() => Gen.Elements("a", "b", "ab", "ba", "é", "", "R-1", "R-10").ArrayOf().ToArbitrary();
    }

    private static bool Add(ResponseIdSet set, string id) => set.Add(Encoding.UTF8.GetBytes(id));

    [Fact]
    public void Add_SecondTime_ReturnsFalse()
    {
        var set = new ResponseIdSet();

        Assert.True(Add(set, "R_1"));
        Assert.True(Add(set, "r_1")); // ordinal: case matters
        Assert.False(Add(set, "R_1"));
        Assert.True(Add(set, "R_1 "));
        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void Add_ManyIdsAndIdsLongerThanAChunk_StaysExact()
    {
        var set = new ResponseIdSet();
        string huge = new('x', (1 << 20) + 17);

        for (int i = 0; i < 300_000; i++)
        {
            Assert.True(Add(set, "R" + i));
        }

        Assert.True(Add(set, huge));
        Assert.True(Add(set, huge + "y"));
        Assert.False(Add(set, huge));
        Assert.False(Add(set, "R0"));
        Assert.False(Add(set, "R299999"));
        Assert.True(Add(set, "R300000"));
        Assert.Equal(300_003, set.Count);
    }

    [ScaledProperty(500)]
    public bool Add_AgreesWithHashSetOfStrings(string[] sequence)
    {
        var set = new ResponseIdSet();
        var reference = new HashSet<string>(StringComparer.Ordinal);
        return sequence.All(id => Add(set, id) == reference.Add(id)) && set.Count == reference.Count;
    }
}
