using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed class ServiceCaseTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant T0 = Instant.FromUtc(2025, 6, 2, 9, 0);

    private static Instant H(double hours) => T0 + Duration.FromHours(hours);

    private static ServiceCase Case(params CaseEvent[] events) => new("case-7", Ann, Channel.Email, CasePriority.High, events);

    [Fact]
    public void Constructor_FullLifecycle_KeepsFieldsAndTracksStatus()
    {
        CaseEvent[] events =
        [
            CaseEvent.Opened(H(0)),
            CaseEvent.StatusChanged(H(1), CaseStatus.Open),
            CaseEvent.AgentReply(H(1)),
            CaseEvent.StatusChanged(H(2), CaseStatus.Pending),
            CaseEvent.CustomerMessage(H(3)),
            CaseEvent.StatusChanged(H(3), CaseStatus.OnHold),
            CaseEvent.StatusChanged(H(4), CaseStatus.Solved),
            CaseEvent.CustomerMessage(H(5)),
            CaseEvent.Reopened(H(5)),
            CaseEvent.StatusChanged(H(6), CaseStatus.Solved),
            CaseEvent.StatusChanged(H(7), CaseStatus.Closed),
        ];
        var c = new ServiceCase("case-7", Ann, Channel.Email, CasePriority.High, events, new Dictionary<string, string> { ["team"] = "L2" });

        Assert.Equal("case-7", c.Id);
        Assert.Equal(Ann, c.Customer);
        Assert.Equal(Channel.Email, c.Channel);
        Assert.Equal(CasePriority.High, c.Priority);
        Assert.Equal(events, c.Events);
        Assert.Equal("L2", c.Attributes["team"]);
        Assert.Equal(H(0), c.OpenedAt);
        Assert.Equal(CaseStatus.Closed, c.CurrentStatus);

        Assert.Null(c.StatusAt(H(-0.001)));
        Assert.Equal(CaseStatus.New, c.StatusAt(H(0)));
        Assert.Equal(CaseStatus.New, c.StatusAt(H(0.5)));
        Assert.Equal(CaseStatus.Open, c.StatusAt(H(1)));
        Assert.Equal(CaseStatus.Pending, c.StatusAt(H(2.5)));
        Assert.Equal(CaseStatus.OnHold, c.StatusAt(H(3)));   // both events at 3 h apply
        Assert.Equal(CaseStatus.Solved, c.StatusAt(H(4.5)));
        Assert.Equal(CaseStatus.Open, c.StatusAt(H(5)));
        Assert.Equal(CaseStatus.Solved, c.StatusAt(H(6.9)));
        Assert.Equal(CaseStatus.Closed, c.StatusAt(H(100)));
        Assert.Contains("case-7", c.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OnlyOpened_IsNew()
    {
        ServiceCase c = Case(CaseEvent.Opened(H(0)));

        Assert.Equal(CaseStatus.New, c.CurrentStatus);
        Assert.Empty(c.Attributes);
    }

    [Fact]
    public void Constructor_EventsCopied_ListReadOnly()
    {
        var events = new List<CaseEvent> { CaseEvent.Opened(H(0)) };
        ServiceCase c = Case([.. events]);
        events.Add(CaseEvent.AgentReply(H(1)));

        Assert.Single(c.Events);
        Assert.Throws<NotSupportedException>(() => ((IList<CaseEvent>)c.Events).Add(CaseEvent.AgentReply(H(1))));
    }

    [Fact]
    public void Constructor_SolvedThenRepliesAndMessages_AreAllowed()
    {
        ServiceCase c = Case(CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.CustomerMessage(H(2)),
            CaseEvent.AgentReply(H(3)), CaseEvent.BotHandoff(H(3)));

        Assert.Equal(CaseStatus.Solved, c.CurrentStatus);
    }

    [Fact]
    public void Constructor_NullId_Throws() =>
        Assert.Throws<ArgumentNullException>("id", () => new ServiceCase(null!, Ann, Channel.Chat, CasePriority.Low, [CaseEvent.Opened(T0)]));

    [Fact]
    public void Constructor_BlankId_Throws() =>
        Assert.Throws<ArgumentException>("id", () => new ServiceCase(" ", Ann, Channel.Chat, CasePriority.Low, [CaseEvent.Opened(T0)]));

    [Fact]
    public void Constructor_DefaultCustomer_Throws() =>
        Assert.Throws<ArgumentException>("customer", () => new ServiceCase("c", default, Channel.Chat, CasePriority.Low, [CaseEvent.Opened(T0)]));

    [Fact]
    public void Constructor_DefaultChannel_Throws() =>
        Assert.Throws<ArgumentException>("channel", () => new ServiceCase("c", Ann, default, CasePriority.Low, [CaseEvent.Opened(T0)]));

    [Fact]
    public void Constructor_UndefinedPriority_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("priority", () => new ServiceCase("c", Ann, Channel.Chat, (CasePriority)4, [CaseEvent.Opened(T0)]));

    [Fact]
    public void Constructor_NullEvents_Throws() =>
        Assert.Throws<ArgumentNullException>("events", () => new ServiceCase("c", Ann, Channel.Chat, CasePriority.Low, null!));

    [Fact]
    public void Constructor_NullAttributeValue_Throws() =>
        Assert.Throws<ArgumentException>("attributes", () => new ServiceCase("c", Ann, Channel.Chat, CasePriority.Low, [CaseEvent.Opened(T0)],
            new Dictionary<string, string> { ["k"] = null! }));

    [Fact]
    public void Constructor_NoEvents_Throws()
    {
        var error = Assert.Throws<ArgumentException>("events", () => Case());

        Assert.Contains("'case-7'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no events", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<CaseEvent[], int, string> BrokenHistories => new()
    {
        { [CaseEvent.AgentReply(H(0))], 0, "first event must be Opened" },
        { [CaseEvent.StatusChanged(H(0), CaseStatus.Open)], 0, "first event must be Opened" },
        { [CaseEvent.Opened(H(0)), CaseEvent.Opened(H(1))], 1, "opened only once" },
        { [CaseEvent.Opened(H(2)), CaseEvent.AgentReply(H(1))], 1, "time order" },
        { [CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(2)), CaseEvent.CustomerMessage(H(1))], 2, "time order" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.New)], 1, "to New is not allowed" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Closed)], 1, "closed only from Solved, but it is New" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Open), CaseEvent.StatusChanged(H(2), CaseStatus.Closed)], 2, "closed only from Solved" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.StatusChanged(H(2), CaseStatus.Solved)], 2, "solved twice" },
        { [CaseEvent.Opened(H(0)), CaseEvent.Reopened(H(1))], 1, "reopened only when it is Solved, but it is New" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.Reopened(H(2)), CaseEvent.Reopened(H(3))], 3, "reopened only when it is Solved, but it is Open" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.StatusChanged(H(2), CaseStatus.Open)], 2, "leaves Solved only by a Reopened event" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.StatusChanged(H(2), CaseStatus.Pending)], 2, "leaves Solved only by a Reopened event" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.StatusChanged(H(2), CaseStatus.Closed), CaseEvent.CustomerMessage(H(3))], 3, "after the case is Closed" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.StatusChanged(H(2), CaseStatus.Closed), CaseEvent.Reopened(H(3))], 3, "after the case is Closed" },
        { [CaseEvent.Opened(H(0)), CaseEvent.StatusChanged(H(1), CaseStatus.Solved), CaseEvent.StatusChanged(H(2), CaseStatus.Closed), CaseEvent.StatusChanged(H(2), CaseStatus.Closed)], 3, "after the case is Closed" },
    };

    [Theory]
    [MemberData(nameof(BrokenHistories))]
    public void Constructor_BrokenHistory_ThrowsNamingCaseIndexAndRule(CaseEvent[] events, int index, string rule)
    {
        var error = Assert.Throws<ArgumentException>("events", () => Case(events));

        Assert.Contains("'case-7'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"event {index} ", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EqualInstants_AreInOrder()
    {
        ServiceCase c = Case(CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(0)), CaseEvent.StatusChanged(H(0), CaseStatus.Solved));

        Assert.Equal(CaseStatus.Solved, c.StatusAt(H(0)));
    }

    [Fact]
    public void Equals_SameFields_AreEqual()
    {
        ServiceCase a = Case(CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(1)));
        ServiceCase b = Case(CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(1)));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals(null));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != Case(CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(2))));
    }

    [Fact]
    public void Equals_AnyFieldDiffers_AreNotEqual()
    {
        CaseEvent[] events = [CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(1))];
        var a = new ServiceCase("c", Ann, Channel.Chat, CasePriority.Low, events);

        Assert.NotEqual(a, new ServiceCase("d", Ann, Channel.Chat, CasePriority.Low, events));
        Assert.NotEqual(a, new ServiceCase("c", CustomerId.From("bob"), Channel.Chat, CasePriority.Low, events));
        Assert.NotEqual(a, new ServiceCase("c", Ann, Channel.Phone, CasePriority.Low, events));
        Assert.NotEqual(a, new ServiceCase("c", Ann, Channel.Chat, CasePriority.Urgent, events));
        Assert.NotEqual(a, new ServiceCase("c", Ann, Channel.Chat, CasePriority.Low, [CaseEvent.Opened(H(0)), CaseEvent.AgentReply(H(2))]));
        Assert.NotEqual(a, new ServiceCase("c", Ann, Channel.Chat, CasePriority.Low, [CaseEvent.Opened(H(0))]));
        Assert.NotEqual(a, new ServiceCase("c", Ann, Channel.Chat, CasePriority.Low, events, new Dictionary<string, string> { ["k"] = "v" }));
    }

    [Fact]
    public void EveryPrefixOfAValidHistory_IsValid_AndStatusAtMatchesThePrefix()
    {
        // Seeded synthetic cases cover every event kind, reopenings, stalls and cut-off histories.
        var data = CxCore.Simulation.SyntheticCx.Generate(new CxCore.Simulation.SyntheticCxOptions { Customers = 300, Seed = 5 });
        Assert.Contains(data.ServiceCases, c => c.Events.Any(e => e.Kind == CaseEventKind.Reopened));

        foreach (ServiceCase full in data.ServiceCases)
        {
            for (int length = 1; length <= full.Events.Count; length++)
            {
                var prefix = new ServiceCase(full.Id, full.Customer, full.Channel, full.Priority, full.Events.Take(length));
                Instant last = full.Events[length - 1].At;
                bool nextAtSameInstant = length < full.Events.Count && full.Events[length].At == last;
                if (!nextAtSameInstant)
                {
                    Assert.Equal(prefix.CurrentStatus, full.StatusAt(last));
                }
            }
        }
    }
}
