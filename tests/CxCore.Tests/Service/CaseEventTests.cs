using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed class CaseEventTests
{
    private static readonly Instant T = Instant.FromUtc(2025, 6, 2, 9, 30);

    [Fact]
    public void Factories_SetKindAndImpliedStatus()
    {
        Assert.Equal((T, CaseEventKind.Opened, (CaseStatus?)CaseStatus.New), Describe(CaseEvent.Opened(T)));
        Assert.Equal((T, CaseEventKind.StatusChanged, (CaseStatus?)CaseStatus.Pending), Describe(CaseEvent.StatusChanged(T, CaseStatus.Pending)));
        Assert.Equal((T, CaseEventKind.AgentReply, (CaseStatus?)null), Describe(CaseEvent.AgentReply(T)));
        Assert.Equal((T, CaseEventKind.CustomerMessage, (CaseStatus?)null), Describe(CaseEvent.CustomerMessage(T)));
        Assert.Equal((T, CaseEventKind.BotHandoff, (CaseStatus?)null), Describe(CaseEvent.BotHandoff(T)));
        Assert.Equal((T, CaseEventKind.Reopened, (CaseStatus?)CaseStatus.Open), Describe(CaseEvent.Reopened(T)));
    }

    [Fact]
    public void StatusChanged_UndefinedStatus_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("status", () => CaseEvent.StatusChanged(T, (CaseStatus)6));

    [Fact]
    public void Default_IsOpenedAtTheUnixEpoch()
    {
        Assert.Equal(CaseEvent.Opened(Instant.FromUnixTimeTicks(0)), default);
        Assert.Equal(CaseStatus.New, default(CaseEvent).Status);
    }

    [Fact]
    public void Equals_ComparesInstantKindAndStatus()
    {
        Assert.Equal(CaseEvent.StatusChanged(T, CaseStatus.Solved), CaseEvent.StatusChanged(T, CaseStatus.Solved));
        Assert.True(CaseEvent.AgentReply(T) == CaseEvent.AgentReply(T));
        Assert.Equal(CaseEvent.AgentReply(T).GetHashCode(), CaseEvent.AgentReply(T).GetHashCode());
        Assert.True(CaseEvent.AgentReply(T) != CaseEvent.CustomerMessage(T));
        Assert.NotEqual(CaseEvent.AgentReply(T), CaseEvent.AgentReply(T + Duration.FromTicks(1)));
        Assert.NotEqual(CaseEvent.StatusChanged(T, CaseStatus.Solved), CaseEvent.StatusChanged(T, CaseStatus.Pending));
        Assert.NotEqual(CaseEvent.StatusChanged(T, CaseStatus.Open), CaseEvent.Reopened(T));
        Assert.False(CaseEvent.AgentReply(T).Equals((object)T));
        Assert.True(CaseEvent.AgentReply(T).Equals((object)CaseEvent.AgentReply(T)));
    }

    [Fact]
    public void ToString_NamesKindAndStatus()
    {
        Assert.StartsWith("StatusChanged(Solved) at 2025-06-02T09:30:00Z", CaseEvent.StatusChanged(T, CaseStatus.Solved).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("AgentReply at", CaseEvent.AgentReply(T).ToString(), StringComparison.Ordinal);
    }

    private static (Instant, CaseEventKind, CaseStatus?) Describe(CaseEvent e) => (e.At, e.Kind, e.Status);
}
