using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxCore.Serialization;
using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Serialization;

/// <summary>Golden texts, options and API behaviour of <see cref="CxJson"/>.</summary>
public sealed partial class CxJsonTests
{
    private static readonly CustomerId C42 = CustomerId.From("C-42");

    /// <summary>Re-writes JSON text compactly, keeping member order, so expected texts can be laid out readably.</summary>
    internal static string Compact(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static Touchpoint GoldenTouchpoint() => new(
        "T-1",
        C42,
        Instant.FromUtc(2025, 3, 1, 9, 30, 0).PlusNanoseconds(123_456_789),
        Channel.Phone,
        LifecycleModel.Default.GetStage("Onboarding"),
        Department.CustomerService,
        Initiator.Customer,
        TouchpointOutcome.Succeeded,
        handleTime: Duration.FromMinutes(5) + Duration.FromSeconds(30),
        topic: "password reset",
        attributes: new Dictionary<string, string> { ["queue"] = "tier1", ["agent"] = "a-7" });

    // Written by hand from docs/json.md: member order id, customer, at, channel, stage, department, initiator, outcome,
    // then the optional members that are set; waitTime is null so it is left out; attributes sorted by key;
    // 5 min 30 s in DurationPattern.JsonRoundtrip (-H:mm:ss.FFFFFFFFF, total hours) is 0:05:30.
    private const string GoldenTouchpointJson = """
        {
          "id": "T-1",
          "customer": "C-42",
          "at": "2025-03-01T09:30:00.123456789Z",
          "channel": "Phone",
          "stage": { "name": "Onboarding", "model": "Customer lifecycle" },
          "department": "CustomerService",
          "initiator": "customer",
          "outcome": "succeeded",
          "handleTime": "0:05:30",
          "topic": "password reset",
          "attributes": { "agent": "a-7", "queue": "tier1" }
        }
        """;

    [Fact]
    public void Serialize_Touchpoint_WritesTheDocumentedForm() =>
        Assert.Equal(Compact(GoldenTouchpointJson), CxJson.Serialize(GoldenTouchpoint()));

    [Fact]
    public void Deserialize_GoldenTouchpoint_ReadsEveryMember() =>
        Assert.Equal(GoldenTouchpoint(), CxJson.Deserialize<Touchpoint>(GoldenTouchpointJson));

    [Fact]
    public void Deserialize_TouchpointWithMembersInAnyOrder_Reads()
    {
        const string Json = """
            { "attributes": { "queue": "tier1", "agent": "a-7" }, "topic": "password reset",
              "handleTime": "0:05:30", "waitTime": null, "outcome": "Succeeded", "initiator": "CUSTOMER", "department": "customerservice",
              "stage": { "model": "customer lifecycle", "name": "onboarding" }, "channel": "phone", "at": "2025-03-01T09:30:00.123456789Z",
              "customer": "C-42", "id": "T-1" }
            """;
        Assert.Equal(GoldenTouchpoint(), CxJson.Deserialize<Touchpoint>(Json));
    }

    [Fact]
    public void Serialize_StageOfCustomModel_ListsTheModelsStages()
    {
        LifecycleStage deal = LifecycleModel.Create("Sales", "Lead", "Deal").GetStage("Deal");

        // Hand-written: a stage of a model other than the default one carries the model's stage names.
        Assert.Equal("""{"name":"Deal","model":"Sales","stages":["Lead","Deal"]}""", CxJson.Serialize(deal));
        Assert.Equal(deal, CxJson.Deserialize<LifecycleStage>("""{"stages":["lead","deal"],"model":"sales","name":"DEAL"}"""));
    }

    private static Feedback GoldenFeedback() => new(
        "F-1", C42, Instant.FromUtc(2025, 3, 1, 10, 0), FeedbackInstrument.Nps, 9, touchpointId: "T-1",
        comment: "Quick and friendly", weight: 1.5, topics: ["speed", "staff"]);

    // Written by hand: the NPS instrument is {"kind":"nps","name":"NPS","min":0,"max":10}; a whole-second instant has
    // no fraction; the weight is a plain JSON number.
    private const string GoldenFeedbackJson = """
        {
          "id": "F-1",
          "customer": "C-42",
          "at": "2025-03-01T10:00:00Z",
          "instrument": { "kind": "nps", "name": "NPS", "min": 0, "max": 10 },
          "rating": 9,
          "touchpointId": "T-1",
          "comment": "Quick and friendly",
          "weight": 1.5,
          "topics": ["speed", "staff"]
        }
        """;

    [Fact]
    public void Serialize_Feedback_WritesTheDocumentedForm() =>
        Assert.Equal(Compact(GoldenFeedbackJson), CxJson.Serialize(GoldenFeedback()));

    [Fact]
    public void Deserialize_GoldenFeedback_ReadsEveryMember() =>
        Assert.Equal(GoldenFeedback(), CxJson.Deserialize<Feedback>(GoldenFeedbackJson));

    [Fact]
    public void Deserialize_FeedbackWithOnlyRequiredMembers_UsesTheDefaults()
    {
        // A standard instrument may be given by its kind alone; weight defaults to 1; no topics, comment or touchpoint.
        const string Json = """{"id":"F-2","customer":"C-42","at":"2025-03-01T10:00:00Z","instrument":{"kind":"csat"},"rating":4}""";
        var expected = new Feedback("F-2", C42, Instant.FromUtc(2025, 3, 1, 10, 0), FeedbackInstrument.Csat, 4);
        Assert.Equal(expected, CxJson.Deserialize<Feedback>(Json));
        Assert.Equal(
            """{"id":"F-2","customer":"C-42","at":"2025-03-01T10:00:00Z","instrument":{"kind":"csat","name":"CSAT","min":1,"max":5},"rating":4,"weight":1}""",
            CxJson.Serialize(expected));
    }

    private static ServiceCase GoldenServiceCase()
    {
        Instant monday = Instant.FromUtc(2025, 3, 3, 8, 0);
        return new ServiceCase(
            "S-7",
            C42,
            Channel.Email,
            CasePriority.High,
            [
                CaseEvent.Opened(monday),
                CaseEvent.AgentReply(monday + Duration.FromMinutes(15)),
                CaseEvent.StatusChanged(monday + Duration.FromMinutes(16), CaseStatus.Pending),
                CaseEvent.CustomerMessage(monday + Duration.FromHours(1)),
                CaseEvent.StatusChanged(monday + Duration.FromMinutes(150), CaseStatus.Solved),
                CaseEvent.StatusChanged(Instant.FromUtc(2025, 3, 10, 0, 0), CaseStatus.Closed),
            ],
            new Dictionary<string, string> { ["product"] = "router" });
    }

    // Written by hand: events keep their order; only statusChanged events carry a status; 08:00 + 150 min = 10:30.
    private const string GoldenServiceCaseJson = """
        {
          "id": "S-7",
          "customer": "C-42",
          "channel": "Email",
          "priority": "high",
          "events": [
            { "at": "2025-03-03T08:00:00Z", "kind": "opened" },
            { "at": "2025-03-03T08:15:00Z", "kind": "agentReply" },
            { "at": "2025-03-03T08:16:00Z", "kind": "statusChanged", "status": "pending" },
            { "at": "2025-03-03T09:00:00Z", "kind": "customerMessage" },
            { "at": "2025-03-03T10:30:00Z", "kind": "statusChanged", "status": "solved" },
            { "at": "2025-03-10T00:00:00Z", "kind": "statusChanged", "status": "closed" }
          ],
          "attributes": { "product": "router" }
        }
        """;

    [Fact]
    public void Serialize_ServiceCase_WritesTheDocumentedForm() =>
        Assert.Equal(Compact(GoldenServiceCaseJson), CxJson.Serialize(GoldenServiceCase()));

    [Fact]
    public void Deserialize_GoldenServiceCase_ReadsEveryEvent()
    {
        ServiceCase read = CxJson.Deserialize<ServiceCase>(GoldenServiceCaseJson)!;
        Assert.Equal(GoldenServiceCase(), read);
        Assert.Equal(CaseStatus.Closed, read.CurrentStatus);
    }

    [Fact]
    public void Serialize_Customer_WritesIdZoneInstantAndAttributes()
    {
        var customer = new Customer(C42, DateTimeZoneProviders.Tzdb["Europe/Berlin"], Instant.FromUtc(2024, 11, 5, 13, 0),
            new Dictionary<string, string> { ["segment"] = "SMB" });

        // Hand-written: the zone is its TZDB id, the acquisition instant ISO in UTC.
        const string Json = """{"id":"C-42","zone":"Europe/Berlin","acquiredAt":"2024-11-05T13:00:00Z","attributes":{"segment":"SMB"}}""";
        Assert.Equal(Json, CxJson.Serialize(customer));
        Assert.Equal(customer, CxJson.Deserialize<Customer>(Json));
    }

    [Fact]
    public void Serialize_Journey_WritesCustomerOutcomeAndBothLists()
    {
        Journey journey = Journey.Create(C42, [GoldenTouchpoint()], [GoldenFeedback()], JourneyOutcome.Renewed);
        string expected = "{\"customer\":\"C-42\",\"outcome\":\"Renewed\",\"touchpoints\":[" + Compact(GoldenTouchpointJson) +
            "],\"feedback\":[" + Compact(GoldenFeedbackJson) + "]}";
        Assert.Equal(expected, CxJson.Serialize(journey));
        Assert.Equal(journey, CxJson.Deserialize<Journey>(expected));
    }

    [Fact]
    public void Serialize_CustomInstrumentAndModel_WriteTheirParts()
    {
        FeedbackInstrument effort = FeedbackInstrument.Custom("Ease", CxCore.Ratings.RatingScale.FromRange(0, 4));
        Assert.Equal("""{"kind":"custom","name":"Ease","min":0,"max":4}""", CxJson.Serialize(effort));
        Assert.Equal("""{"name":"Sales","stages":["Lead","Deal"]}""", CxJson.Serialize(LifecycleModel.Create("Sales", "Lead", "Deal")));
    }

    [Fact]
    public void Serialize_SmallValues_AreStrings()
    {
        Assert.Equal("\"C-42\"", CxJson.Serialize(C42));
        Assert.Equal("\"\"", CxJson.Serialize(default(CustomerId)));
        Assert.Equal("\"SelfService\"", CxJson.Serialize(Channel.SelfService));
        Assert.Equal("\"onHold\"", CxJson.Serialize(CaseStatus.OnHold));
        Assert.Equal("\"2025-03-01T09:30:00Z\"", CxJson.Serialize(Instant.FromUtc(2025, 3, 1, 9, 30)));
    }

    [Fact]
    public void Serialize_RatingMetric_KeepsTheWireNamesOfTheInstrumentKinds()
    {
        // The names instruments were written with before the metric and the instrument kind became one type.
        Assert.Equal("""["nps","csat","ces","custom"]""", CxJson.Serialize<IReadOnlyList<CxCore.Ratings.RatingMetric>>(Enum.GetValues<CxCore.Ratings.RatingMetric>()));
        Assert.Equal(CxCore.Ratings.RatingMetric.Ces, CxJson.Deserialize<FeedbackInstrument>("""{"kind":"ces"}""")!.Metric);
    }

    [Fact]
    public void Options_IsReadOnlyCamelCaseWithTheContext()
    {
        Assert.True(CxJson.Options.IsReadOnly);
        Assert.Same(JsonNamingPolicy.CamelCase, CxJson.Options.PropertyNamingPolicy);
        Assert.Same(CxJsonContext.Default, CxJson.Options.TypeInfoResolver);
        Assert.Throws<InvalidOperationException>(() => CxJson.Options.Converters.Add(new InstantJsonConverter()));
    }

    [Fact]
    public void Options_WorkWithJsonSerializerDirectly() =>
        Assert.Equal(CxJson.Serialize(GoldenTouchpoint()), JsonSerializer.Serialize(GoldenTouchpoint(), CxJson.Options.GetTypeInfo(typeof(Touchpoint))));

    [Fact]
    public void ContextDefault_UsedDirectly_WritesTheSameForm() =>
        Assert.Equal(Compact(GoldenServiceCaseJson), JsonSerializer.Serialize(GoldenServiceCase(), CxJsonContext.Default.ServiceCase));

    [Fact]
    public void Serialize_TypeNotInTheContext_ThrowsNotSupported() =>
        Assert.Throws<NotSupportedException>(() => CxJson.Serialize(new Uri("https://example.com")));

    [Fact]
    public void Deserialize_NullText_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => CxJson.Deserialize<Touchpoint>(null!));

    [Fact]
    public void Deserialize_JsonNull_ReturnsNullForModelClasses() =>
        Assert.Null(CxJson.Deserialize<Touchpoint>("null"));

    [Fact]
    public void Serialize_UndefinedEnumValue_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => CxJson.Serialize((CaseStatus)42));

    /// <summary>Options for a user's own types holding CxCore values: reflection for theirs, CxCore's converters for ours.</summary>
    internal static JsonSerializerOptions UserOptions()
    {
        var options = new JsonSerializerOptions(CxJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(CxJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        return options;
    }

    [Fact]
    public void Deserialize_ModelValuesInsideUserTypes_UseTheConverters()
    {
        var map = new Dictionary<string, Touchpoint> { ["first"] = GoldenTouchpoint() };
        string json = JsonSerializer.Serialize(map, UserOptions());
        Assert.Equal("{\"first\":" + Compact(GoldenTouchpointJson) + "}", json);
        Assert.Equal(GoldenTouchpoint(), JsonSerializer.Deserialize<Dictionary<string, Touchpoint>>(json, UserOptions())!["first"]);
    }

    [Fact]
    public void Serialize_ModelValuesAsDictionaryKeys_UseTheirText()
    {
        var byCustomer = new Dictionary<CustomerId, int> { [C42] = 3 };
        var byChannel = new Dictionary<Channel, int> { [Channel.Chat] = 1 };
        var byStatus = new Dictionary<CaseStatus, int> { [CaseStatus.OnHold] = 2 };
        Assert.Equal("{\"C-42\":3}", JsonSerializer.Serialize(byCustomer, UserOptions()));
        Assert.Equal("{\"Chat\":1}", JsonSerializer.Serialize(byChannel, UserOptions()));
        Assert.Equal("{\"onHold\":2}", JsonSerializer.Serialize(byStatus, UserOptions()));
        Assert.Equal(3, JsonSerializer.Deserialize<Dictionary<CustomerId, int>>("{\"C-42\":3}", UserOptions())![C42]);
        Assert.Equal(2, JsonSerializer.Deserialize<Dictionary<CaseStatus, int>>("{\"onHold\":2}", UserOptions())![CaseStatus.OnHold]);
    }
}
