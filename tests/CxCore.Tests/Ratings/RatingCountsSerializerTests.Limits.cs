using System.Text;
using System.Text.Json;
using CxCore.Ratings;

namespace CxCore.Tests.Ratings;

/// <summary>JSON that no valid document resembles is rejected as soon as the reader reaches it, before a document is built.</summary>
public sealed partial class RatingCountsSerializerTests
{
    private static string Huge(int entries)
    {
        var text = new StringBuilder("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":0,"maximum":10},"counts":[""", (entries * 2) + 100);
        for (int i = 0; i < entries; i++)
        {
            text.Append(i == 0 ? "0" : ",0");
        }

        return text.Append("]}").ToString();
    }

    [Fact]
    public void ReadCounts_HugeCountsArray_IsRejectedAtItsFirstExcessEntryWithoutParsingTheRest()
    {
        // 5 million entries (10 MB). Before: the whole array was parsed into a document and copied (2.7 GB and 15 s for
        // 100 MB) before its length was checked against the scale. Now reading stops at entry 102 and allocates a few
        // tens of kilobytes whatever the length.
        string json = Huge(5_000_000);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<JsonException>(() => RatingCountsSerializer.ReadCounts(json));

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("more than 101 entries", ex.Message, StringComparison.Ordinal);
        Assert.InRange(allocated, 0, 1 << 20);
    }

    [Fact]
    public void ReadCounts_LargestScale_StillReads()
    {
        var scale = RatingScale.FromRange(0, 100);
        var counts = RatingCounts.FromCounts(scale, Enumerable.Range(0, 101).Select(i => (long)i * 1_000_000_007).ToArray());

        Assert.Equal(counts, RatingCountsSerializer.ReadCounts(RatingCountsSerializer.ToJson(counts)));
    }

    [Fact]
    public void ReadCounts_ValidDocumentWithMegabytesOfWhitespace_StillReads()
    {
        var counts = RatingCounts.FromCounts(RatingScale.FivePoint, [1, 2, 3, 4, 5]);
        string padding = new(' ', 1 << 20);
        string json = RatingCountsSerializer.ToJson(counts).Replace(",", "," + padding, StringComparison.Ordinal);

        Assert.Equal(counts, RatingCountsSerializer.ReadCounts(json));
    }

    [Theory]
    [InlineData("""{"format":"cxcore.rating-counts","version":1,"scale":{"minimum":0,"maximum":10},"counts":[[[1]]]}""", "nests deeper")]
    [InlineData("""{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9}""", "more than 8 members")]
    public void ReadCounts_ShapesNoValidDocumentHas_AreRejected(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => RatingCountsSerializer.ReadCounts(json));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCounts_HugeStringOrNumber_IsRejected()
    {
        string longFormat = "{\"format\":\"" + new string('x', 1 << 20) + "\"}";
        string longNumber = "{\"version\":" + new string('1', 1 << 20) + "}";

        Assert.Contains("longer than", Assert.Throws<JsonException>(() => RatingCountsSerializer.ReadCounts(longFormat)).Message, StringComparison.Ordinal);
        Assert.Contains("longer than", Assert.Throws<JsonException>(() => RatingCountsSerializer.ReadWeightedCounts(longNumber)).Message, StringComparison.Ordinal);
    }
}
