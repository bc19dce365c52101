using System.Text.Json;
using CxCore.Serialization;
using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>Malformed and invalid input: every rejection is a <see cref="JsonException"/> that names its path.</summary>
public sealed partial class CxJsonTests
{
    private const string Tp =
        """{"id":"T-1","customer":"C-42","at":"2025-03-01T09:30:00Z","channel":"Phone","stage":{"name":"Usage","model":"Customer lifecycle"},"department":"Product","initiator":"company"}""";

    private const string Fb =
        """{"id":"F-1","customer":"C-42","at":"2025-03-01T10:00:00Z","instrument":{"kind":"nps"},"rating":9}""";

    private static string Case(string events) => $$"""{"id":"S-1","customer":"C-42","channel":"Chat","priority":"low","events":[{{events}}]}""";

    private static JsonException Rejects<T>(string json, string path, string messagePart)
    {
        JsonException ex = Assert.Throws<JsonException>(() => CxJson.Deserialize<T>(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains(messagePart, ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private static string With(string json, string member, string value) =>
        json.Replace($"\"{member}\":", $"\"{member}\":{value},\"ignored-{member}\":", StringComparison.Ordinal);

    private static string Without(string json, string member, string value) =>
        json.Replace($"\"{member}\":{value},", string.Empty, StringComparison.Ordinal).Replace($",\"{member}\":{value}", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void Deserialize_MinimalTouchpoint_IsValid() =>
        Assert.Equal(TouchpointOutcome.Unknown, CxJson.Deserialize<Touchpoint>(Tp)!.Outcome);

    [Fact]
    public void Deserialize_UnknownZone_ThrowsWithPath()
    {
        Rejects<DateTimeZone>("\"Mars/Olympus_Mons\"", "$", "'Mars/Olympus_Mons' is not a time zone id");
        JsonException ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Dictionary<string, DateTimeZone>>("""{"home":"Europe/Paris","away":"Mars/Olympus_Mons"}""", UserOptions()));
        Assert.Equal("$.away", ex.Path);
    }

    [Fact]
    public void Deserialize_UnknownZoneAsDictionaryKey_Throws()
    {
        JsonException ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Dictionary<DateTimeZone, int>>("""{"Europe/Paris":1,"Nowhere/Town":2}""", UserOptions()));
        Assert.Contains("Nowhere/Town", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2025-13-01T00:00:00Z\"")]
    [InlineData("\"2025-03-01 09:30:00Z\"")]
    [InlineData("\"2025-03-01T09:30:00\"")]
    [InlineData("\"2025-03-01T09:30:00.1234567891Z\"")]
    [InlineData("\"yesterday\"")]
    public void Deserialize_BadInstantInTouchpoint_ThrowsAtDollarAt(string at)
    {
        JsonException ex = Rejects<Touchpoint>(Tp.Replace("\"2025-03-01T09:30:00Z\"", at, StringComparison.Ordinal), "$.at", "is not a valid instant");
        Assert.IsType<NodaTime.Text.UnparsableValueException>(ex.InnerException);
    }

    [Fact]
    public void Deserialize_NumberForInstant_Throws() =>
        Rejects<Touchpoint>(Tp.Replace("\"2025-03-01T09:30:00Z\"", "1740821400", StringComparison.Ordinal), "$.at", "Expected a JSON string");

    [Fact]
    public void Deserialize_BadInstantDeepInAListOfJourneys_NamesTheFullPath()
    {
        string good = $$"""{"customer":"C-42","touchpoints":[{{Tp}}]}""";
        string bad = $$"""{"customer":"C-42","touchpoints":[{{Tp.Replace("2025-03-01T09:30:00Z", "2025-02-30T09:30:00Z", StringComparison.Ordinal)}}]}""";
        Rejects<IReadOnlyList<Journey>>($"[{good},{good},{good},{bad}]", "$[3].touchpoints[0].at", "is not a valid instant");
    }

    [Fact]
    public void Deserialize_BadDuration_ThrowsAtItsMember()
    {
        Rejects<Touchpoint>(With(Tp, "initiator", "\"company\",\"handleTime\":\"5 minutes\""), "$.handleTime", "is not a valid duration");
        Rejects<Duration>("\"1:2:3\"", "$", "is not a valid duration");
    }

    [Fact]
    public void Deserialize_NegativeHandleTime_ThrowsWithTheModelsError()
    {
        JsonException ex = Rejects<Touchpoint>(Tp[..^1] + ",\"waitTime\":\"-0:01:00\"}", "$.waitTime", "negative");
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);
    }

    [Theory]
    [InlineData("id", "\"T-1\"")]
    [InlineData("customer", "\"C-42\"")]
    [InlineData("at", "\"2025-03-01T09:30:00Z\"")]
    [InlineData("channel", "\"Phone\"")]
    [InlineData("stage", """{"name":"Usage","model":"Customer lifecycle"}""")]
    [InlineData("department", "\"Product\"")]
    [InlineData("initiator", "\"company\"")]
    public void Deserialize_TouchpointMissingRequiredMember_NamesMemberAndPath(string member, string value) =>
        Rejects<Touchpoint>(Without(Tp, member, value), "$", $"'{member}'");

    [Theory]
    [InlineData("id", "\"F-1\"")]
    [InlineData("customer", "\"C-42\"")]
    [InlineData("at", "\"2025-03-01T10:00:00Z\"")]
    [InlineData("instrument", """{"kind":"nps"}""")]
    [InlineData("rating", "9")]
    public void Deserialize_FeedbackMissingRequiredMember_NamesMemberAndPath(string member, string value) =>
        Rejects<Feedback>(Without(Fb, member, value), "$", $"'{member}'");

    [Fact]
    public void Deserialize_MissingMemberInsideAList_NamesTheElement() =>
        Rejects<IReadOnlyList<Journey>>(
            $$"""[{"customer":"C-42","touchpoints":[{{Tp}},{{Without(Tp, "channel", "\"Phone\"")}}]}]""", "$[0].touchpoints[1]", "'channel'");

    [Fact]
    public void Deserialize_MissingRequiredMembersOfOtherTypes_NameTheMember()
    {
        Rejects<Journey>($$"""{"touchpoints":[{{Tp}}]}""", "$", "'customer'");
        Rejects<ServiceCase>("""{"id":"S-1","customer":"C-42","channel":"Chat","priority":"low"}""", "$", "'events'");
        Rejects<ServiceCase>("""{"id":"S-1","customer":"C-42","channel":"Chat","events":[]}""", "$", "'priority'");
        Rejects<CaseEvent>("""{"kind":"opened"}""", "$", "'at'");
        Rejects<CaseEvent>("""{"at":"2025-03-01T10:00:00Z","kind":"statusChanged"}""", "$", "'status'");
        Rejects<FeedbackInstrument>("""{"name":"NPS"}""", "$", "'kind'");
        Rejects<FeedbackInstrument>("""{"kind":"custom","name":"Ease","min":0}""", "$", "'max'");
        Rejects<LifecycleModel>("""{"name":"Sales"}""", "$", "'stages'");
        Rejects<LifecycleStage>("""{"model":"Customer lifecycle"}""", "$", "'name'");
        Rejects<LifecycleStage>("""{"name":"Usage"}""", "$", "'model'");
    }

    [Fact]
    public void Deserialize_BadCustomers_ThrowWithPath()
    {
        const string Good = """{"id":"C-42","zone":"Europe/Berlin","acquiredAt":"2024-11-05T13:00:00Z"}""";
        Rejects<Customer>(Good.Replace("Europe/Berlin", "Europe/Atlantis", StringComparison.Ordinal), "$.zone", "is not a time zone id");
        Rejects<Customer>(Without(Good, "zone", "\"Europe/Berlin\""), "$", "'zone'");
        Rejects<Customer>(Without(Good, "id", "\"C-42\""), "$", "'id'");
        Rejects<Customer>(Without(Good, "acquiredAt", "\"2024-11-05T13:00:00Z\""), "$", "'acquiredAt'");
        JsonException ex = Rejects<Customer>(Good.Replace("\"C-42\"", "\"\"", StringComparison.Ordinal), "$.id", "real customer id");
        Assert.IsType<ArgumentException>(ex.InnerException);
        Rejects<IReadOnlyList<Customer>>($"[{Good},{Good.Replace("13:00:00Z", "25:00:00Z", StringComparison.Ordinal)}]", "$[1].acquiredAt", "is not a valid instant");
    }

    [Fact]
    public void Deserialize_RatingOutOfScale_ThrowsAtRatingWithTheModelsError()
    {
        JsonException ex = Rejects<Feedback>(Fb.Replace("\"rating\":9", "\"rating\":11", StringComparison.Ordinal), "$.rating", "outside the scale");
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);
        Rejects<Feedback>(Fb.Replace("\"rating\":9", "\"rating\":9.5", StringComparison.Ordinal), "$.rating", "whole JSON number");
    }

    [Fact]
    public void Deserialize_BadWeight_ThrowsAtWeight() =>
        Rejects<Feedback>(Fb.Replace("\"rating\":9", "\"rating\":9,\"weight\":0", StringComparison.Ordinal), "$.weight", "greater than 0");

    [Fact]
    public void Deserialize_CaseEventsOutOfOrder_ThrowsAtTheLaterEvent() =>
        Rejects<ServiceCase>(
            Case("""{"at":"2025-03-01T10:00:00Z","kind":"opened"},{"at":"2025-03-01T11:00:00Z","kind":"agentReply"},{"at":"2025-03-01T10:59:59.999999999Z","kind":"customerMessage"}"""),
            "$.events[2].at",
            "event 2");

    [Fact]
    public void Deserialize_CaseEventsBreakingAModelRule_ThrowsAtEvents()
    {
        // Closing an open case skips Solved: the constructor's rule, kept as the inner exception.
        JsonException ex = Rejects<ServiceCase>(
            Case("""{"at":"2025-03-01T10:00:00Z","kind":"opened"},{"at":"2025-03-01T11:00:00Z","kind":"statusChanged","status":"closed"}"""),
            "$.events",
            "closed only from Solved");
        Assert.IsType<ArgumentException>(ex.InnerException);
        Rejects<ServiceCase>(Case(string.Empty), "$.events", "no events");
    }

    [Fact]
    public void Deserialize_StatusOnAnEventThatSetsItsOwn_Throws() =>
        Rejects<CaseEvent>("""{"at":"2025-03-01T10:00:00Z","kind":"opened","status":"open"}""", "$.status", "Only a statusChanged event");

    [Fact]
    public void Deserialize_BadEnumText_ThrowsAndListsTheNames()
    {
        Rejects<ServiceCase>(Case("""{"at":"2025-03-01T10:00:00Z","kind":"opened"}""").Replace("\"low\"", "\"sideways\"", StringComparison.Ordinal), "$.priority", "low, normal, high, urgent");
        Rejects<Touchpoint>(Tp.Replace("\"company\"", "1", StringComparison.Ordinal), "$.initiator", "Expected a JSON string");
        Rejects<CaseStatus>("\"Reopened\"", "$", "not a CaseStatus");
    }

    [Fact]
    public void Deserialize_BlankNames_ThrowAtTheirMember()
    {
        Rejects<Touchpoint>(Tp.Replace("\"C-42\"", "\"  \"", StringComparison.Ordinal), "$.customer", "not a valid customer id");
        JsonException ex = Rejects<Touchpoint>(Tp.Replace("\"Phone\"", "\"\"", StringComparison.Ordinal), "$.channel", "needs a channel");
        Assert.IsType<ArgumentException>(ex.InnerException);
        Rejects<Touchpoint>(Tp.Replace("\"T-1\"", "\"\\t\"", StringComparison.Ordinal), "$.id", "invalid touchpoint");
        Rejects<Journey>($$"""{"customer":"C-42","outcome":"","touchpoints":[{{Tp}}]}""", "$.outcome", "unspecified outcome");
    }

    [Fact]
    public void Deserialize_JourneyRules_ThrowAtTheirMember()
    {
        Rejects<Journey>("""{"customer":"C-42","touchpoints":[],"feedback":[]}""", "$.touchpoints", "no touchpoints and no feedback");
        Rejects<Journey>($$"""{"customer":"C-7","feedback":[{{Fb}}]}""", "$.feedback", "belongs to customer 'C-42'");
        Rejects<Journey>("""{"customer":"C-42","touchpoints":[null]}""", "$.touchpoints[0]", "Expected a touchpoint as a JSON object");
    }

    [Fact]
    public void Deserialize_BadStages_ThrowAtTheirMember()
    {
        Rejects<LifecycleStage>("""{"name":"Lunch","model":"Customer lifecycle"}""", "$.name", "has no stage 'Lunch'");
        Rejects<LifecycleStage>("""{"name":"Lead","model":"Sales"}""", "$", "must list its model's stages");
        Rejects<LifecycleStage>("""{"name":"Lead","model":"Sales","stages":["Lead","lead"]}""", "$.stages", "twice");
        Rejects<LifecycleStage>("""{"name":"Lead","model":" ","stages":["Lead"]}""", "$.model", "invalid lifecycle model");
        Rejects<LifecycleModel>("""{"name":"Sales","stages":[]}""", "$.stages", "at least one stage");
        Rejects<Touchpoint>(Tp.Replace("\"Usage\"", "\"Use\"", StringComparison.Ordinal), "$.stage.name", "has no stage 'Use'");
    }

    [Fact]
    public void Deserialize_BadInstruments_ThrowAtTheirMember()
    {
        Rejects<FeedbackInstrument>("""{"kind":"nps","name":"Recommend"}""", "$.name", "always named 'NPS'");
        Rejects<FeedbackInstrument>("""{"kind":"csat","min":0}""", "$.min", "on the scale 1..5");
        Rejects<FeedbackInstrument>("""{"kind":"custom","name":"Ease","min":5,"max":5}""", "$.max", "at least two points");
        Rejects<FeedbackInstrument>("""{"kind":"custom","name":"Ease","min":-1,"max":5}""", "$.min", "invalid rating scale");
        Rejects<FeedbackInstrument>("""{"kind":"custom","name":"","min":1,"max":5}""", "$.name", "invalid feedback instrument");
        Rejects<Feedback>(Fb.Replace("""{"kind":"nps"}""", """{"kind":"ces","max":5}""", StringComparison.Ordinal), "$.instrument.max", "on the scale 1..7");
    }

    [Fact]
    public void Deserialize_DuplicateAttribute_ThrowsAtTheKey() =>
        Rejects<Touchpoint>(With(Tp, "initiator", "\"company\",\"attributes\":{\"a.b\":\"1\",\"a.b\":\"2\"}"), "$.attributes['a.b']", "occurs twice");

    [Fact]
    public void Deserialize_WrongTokens_ThrowWithPath()
    {
        Rejects<Touchpoint>("[]", "$", "Expected a touchpoint as a JSON object");
        Rejects<Journey>("""{"customer":"C-42","touchpoints":{}}""", "$.touchpoints", "as a JSON array");
        Rejects<Feedback>(Fb.Replace("\"rating\":9", "\"rating\":9,\"topics\":[\"ok\",7]", StringComparison.Ordinal), "$.topics[1]", "Expected a JSON string");
    }

    [Fact]
    public void Deserialize_TruncatedOrInvalidJson_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => CxJson.Deserialize<Touchpoint>(Tp[..^10]));
        Assert.Throws<JsonException>(() => CxJson.Deserialize<IReadOnlyList<ServiceCase>>("[{\"id\":}]"));
    }

    [Fact]
    public void Deserialize_ErrorInsideAUserType_SerializerNamesTheValueAndTheMessageTheRest()
    {
        string bad = Tp.Replace("2025-03-01T09:30:00Z", "soon", StringComparison.Ordinal);
        JsonException ex = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Dictionary<string, Touchpoint>>($$"""{"first":{{Tp}},"second":{{bad}}}""", UserOptions()));
        Assert.Equal("$.second", ex.Path);
        Assert.Contains("At .at within the value at Path", ex.Message, StringComparison.Ordinal);
    }
}
