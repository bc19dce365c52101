using NodaTime;

namespace CxCore.Tests;

public sealed class TouchpointTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant Noon = Instant.FromUtc(2025, 3, 1, 12, 0);
    private static readonly LifecycleStage Support = LifecycleModel.Default.GetStage("Support");

    private static Touchpoint Make(
        string id = "t1",
        CustomerId? customer = null,
        Channel? channel = null,
        Department? department = null,
        Initiator initiator = Initiator.Customer,
        TouchpointOutcome outcome = TouchpointOutcome.Failed,
        Duration? handleTime = null,
        Duration? waitTime = null,
        string? topic = "billing",
        IReadOnlyDictionary<string, string>? attributes = null) =>
        new(id, customer ?? Ann, Noon, channel ?? Channel.Phone, Support, department ?? Department.Billing, initiator, outcome,
            handleTime ?? Duration.FromMinutes(5), waitTime ?? Duration.FromMinutes(2), topic, attributes);

    [Fact]
    public void Constructor_AllFields_AreKept()
    {
        var t = Make(attributes: new Dictionary<string, string> { ["queue"] = "B2" });

        Assert.Equal("t1", t.Id);
        Assert.Equal(Ann, t.Customer);
        Assert.Equal(Noon, t.At);
        Assert.Equal(Channel.Phone, t.Channel);
        Assert.Same(Support, t.Stage);
        Assert.Equal(Department.Billing, t.Department);
        Assert.Equal(Initiator.Customer, t.Initiator);
        Assert.Equal(TouchpointOutcome.Failed, t.Outcome);
        Assert.Equal(Duration.FromMinutes(5), t.HandleTime);
        Assert.Equal(Duration.FromMinutes(2), t.WaitTime);
        Assert.Equal("billing", t.Topic);
        Assert.Equal("B2", t.Attributes["queue"]);
        Assert.Contains("t1", t.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Defaults_AreUnknownOutcomeNoTimesNoTopicEmptyAttributes()
    {
        var t = new Touchpoint("t", Ann, Noon, Channel.Email, Support, Department.CustomerService, Initiator.Company);

        Assert.Equal(TouchpointOutcome.Unknown, t.Outcome);
        Assert.Null(t.HandleTime);
        Assert.Null(t.WaitTime);
        Assert.Null(t.Topic);
        Assert.NotNull(t.Attributes);
        Assert.Empty(t.Attributes);
    }

    [Fact]
    public void Constructor_ZeroDurations_AreAllowed()
    {
        var t = Make(handleTime: Duration.Zero, waitTime: Duration.Zero);

        Assert.Equal(Duration.Zero, t.HandleTime);
        Assert.Equal(Duration.Zero, t.WaitTime);
    }

    [Fact]
    public void Attributes_AreCopiedDefensivelyAndReadOnly()
    {
        var source = new Dictionary<string, string> { ["k"] = "v" };
        var t = Make(attributes: source);
        source["k"] = "changed";
        source["new"] = "x";

        Assert.Equal("v", t.Attributes["k"]);
        Assert.Single(t.Attributes);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)t.Attributes)["k"] = "y");
    }

    [Fact]
    public void Constructor_NullId_Throws() => Assert.Throws<ArgumentNullException>("id", () => Make(id: null!));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankId_Throws(string id) => Assert.Throws<ArgumentException>("id", () => Make(id: id));

    [Fact]
    public void Constructor_DefaultCustomer_Throws() => Assert.Throws<ArgumentException>("customer", () => Make(customer: default(CustomerId)));

    [Fact]
    public void Constructor_DefaultChannel_Throws() => Assert.Throws<ArgumentException>("channel", () => Make(channel: default(Channel)));

    [Fact]
    public void Constructor_DefaultDepartment_Throws() =>
        Assert.Throws<ArgumentException>("department", () => Make(department: default(Department)));

    [Fact]
    public void Constructor_NullStage_Throws() =>
        Assert.Throws<ArgumentNullException>("stage", () => new Touchpoint("t", Ann, Noon, Channel.Chat, null!, Department.Sales, Initiator.Customer));

    [Fact]
    public void Constructor_UndefinedInitiator_Throws() => Assert.Throws<ArgumentOutOfRangeException>("initiator", () => Make(initiator: (Initiator)2));

    [Fact]
    public void Constructor_UndefinedOutcome_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("outcome", () => Make(outcome: (TouchpointOutcome)(-1)));

    [Fact]
    public void Constructor_NegativeHandleTime_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("handleTime", () => Make(handleTime: Duration.FromNanoseconds(-1)));

    [Fact]
    public void Constructor_NegativeWaitTime_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("waitTime", () => Make(waitTime: Duration.FromSeconds(-1)));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankTopic_Throws(string topic) => Assert.Throws<ArgumentException>("topic", () => Make(topic: topic));

    [Fact]
    public void Constructor_BlankAttributeKey_Throws() =>
        Assert.Throws<ArgumentException>("attributes", () => Make(attributes: new Dictionary<string, string> { [" "] = "v" }));

    [Fact]
    public void Constructor_NullAttributeValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>("attributes", () => Make(attributes: new Dictionary<string, string> { ["k"] = null! }));

        Assert.Contains("'k'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AttributeKeysEqualOrdinally_Throws()
    {
        // Only a broken dictionary can enumerate one key twice; the copy still refuses it.
        var pairs = new DuplicateKeyDictionary();

        Assert.Throws<ArgumentException>("attributes", () => Make(attributes: pairs));
    }

    [Fact]
    public void Equals_SameFields_AreEqual()
    {
        var a = Make(attributes: new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" });
        var b = Make(attributes: new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals(null));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.False(null == a);
    }

    public static TheoryData<string> Variations => new(
        "id", "customer", "at", "channel", "stage", "department", "initiator", "outcome", "handle", "wait", "topic", "attr", "attrValue");

    [Theory]
    [MemberData(nameof(Variations))]
    public void Equals_AnyFieldDiffers_AreNotEqual(string field)
    {
        var attributes = new Dictionary<string, string> { ["x"] = "1" };
        var a = new Touchpoint("t", Ann, Noon, Channel.Chat, Support, Department.Sales, Initiator.Customer,
            TouchpointOutcome.Succeeded, Duration.FromMinutes(1), Duration.FromMinutes(2), "topic", attributes);
        var b = new Touchpoint(
            field == "id" ? "u" : "t",
            field == "customer" ? CustomerId.From("bob") : Ann,
            field == "at" ? Noon + Duration.FromTicks(1) : Noon,
            field == "channel" ? Channel.Email : Channel.Chat,
            field == "stage" ? LifecycleModel.Default.GetStage("Usage") : Support,
            field == "department" ? Department.Product : Department.Sales,
            field == "initiator" ? Initiator.Company : Initiator.Customer,
            field == "outcome" ? TouchpointOutcome.Failed : TouchpointOutcome.Succeeded,
            field == "handle" ? null : Duration.FromMinutes(1),
            field == "wait" ? Duration.FromMinutes(3) : Duration.FromMinutes(2),
            field == "topic" ? "Topic" : "topic",
            field switch
            {
                "attr" => new Dictionary<string, string> { ["x"] = "1", ["z"] = "1" },
                "attrValue" => new Dictionary<string, string> { ["x"] = "2" },
                _ => attributes,
            });

        Assert.NotEqual(a, b);
    }

    private sealed class DuplicateKeyDictionary : IReadOnlyDictionary<string, string>
    {
        private readonly KeyValuePair<string, string>[] _pairs = [new("k", "1"), new("k", "2")];

        public string this[string key] => throw new NotSupportedException();

        public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

        public IEnumerable<string> Values => _pairs.Select(p => p.Value);

        public int Count => _pairs.Length;

        public bool ContainsKey(string key) => throw new NotSupportedException();

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

        public bool TryGetValue(string key, out string value) => throw new NotSupportedException();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
