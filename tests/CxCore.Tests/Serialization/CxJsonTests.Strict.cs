using System.Text.Json;
using CxCore.Serialization;
using CxCore.Service;

namespace CxCore.Tests.Serialization;

/// <summary>Unknown and repeated members are errors located at the member, not skipped or overwritten silently.</summary>
public sealed partial class CxJsonTests
{
    private const string StrictFeedback =
        """{"id":"F-1","customer":"C-42","at":"2025-03-01T10:00:00Z","instrument":{"kind":"nps"},"rating":9""";

    [Theory]
    [InlineData(""","wieght":5}""", "$.wieght", "Unknown member 'wieght'")] // before: read with weight 1
    [InlineData(""","rating":3}""", "$.rating", "The member 'rating' occurs twice")] // before: the last one won
    [InlineData(""","weight":2,"weight":0.5}""", "$.weight", "occurs twice")]
    public void Deserialize_FeedbackWithUnknownOrRepeatedMember_ThrowsAtTheMember(string tail, string path, string message)
    {
        var ex = Assert.Throws<JsonException>(() => CxJson.Deserialize<Feedback>(StrictFeedback + tail));

        Assert.Equal(path, ex.Path);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownMemberDeepInAList_NamesTheFullPath()
    {
        string json = "[" + StrictFeedback + "}," + StrictFeedback.Replace("\"kind\":\"nps\"", "\"kind\":\"nps\",\"scale\":10", StringComparison.Ordinal) + "}]";

        var ex = Assert.Throws<JsonException>(() => CxJson.Deserialize<IReadOnlyList<Feedback>>(json));

        Assert.Equal("$[1].instrument.scale", ex.Path);
        Assert.Contains("the members here are kind, name, min, max", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RepeatedMemberInANestedTouchpoint_NamesTheFullPath()
    {
        const string Json = """
            {"customer":"C-42","touchpoints":[{"id":"T-1","id":"T-2","customer":"C-42","at":"2025-03-01T09:30:00Z","channel":"Phone",
             "stage":{"name":"Usage","model":"Customer lifecycle"},"department":"Product","initiator":"company"}],"feedback":[]}
            """;

        var ex = Assert.Throws<JsonException>(() => CxJson.Deserialize<Journey>(Json));

        Assert.Equal("$.touchpoints[0].id", ex.Path);
    }

    [Fact]
    public void Deserialize_RepeatedAttributeAndCaseMembers_Throw()
    {
        Assert.Equal(
            "$.priority",
            Assert.Throws<JsonException>(() => CxJson.Deserialize<ServiceCase>(
                """{"id":"S-1","customer":"C-42","channel":"Chat","priority":"low","priority":"high","events":[{"at":"2025-03-01T09:30:00Z","kind":"opened"}]}""")).Path);
        Assert.Equal(
            "$.zone",
            Assert.Throws<JsonException>(() => CxJson.Deserialize<Customer>(
                """{"id":"C-1","zone":"UTC","acquiredAt":"2025-03-01T09:30:00Z","zone":"Europe/Paris"}""")).Path);
    }
}
