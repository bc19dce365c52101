using System.Text.Json;
using NodaTime;

namespace CxCore.Tests;

public sealed class TouchpointBuilderTests
{
    private static readonly CustomerId Ann = CustomerId.From("ann");
    private static readonly Instant Noon = Instant.FromUtc(2025, 3, 1, 12, 0);
    private static readonly LifecycleStage Support = LifecycleModel.Default.GetStage("Support");

    private static TouchpointBuilder Complete() => new()
    {
        Id = "t1",
        Customer = Ann,
        At = Noon,
        Channel = Channel.Phone,
        Stage = Support,
        Department = Department.Billing,
        Initiator = Initiator.Customer,
    };

    [Fact]
    public void Build_RequiredPropertiesOnly_EqualsTheConstructorWithItsDefaults()
    {
        Touchpoint built = Complete().Build();

        Assert.Equal(new Touchpoint("t1", Ann, Noon, Channel.Phone, Support, Department.Billing, Initiator.Customer), built);
        Assert.Equal(TouchpointOutcome.Unknown, built.Outcome);
        Assert.Null(built.HandleTime);
        Assert.Null(built.WaitTime);
        Assert.Null(built.Topic);
        Assert.Empty(built.Attributes);
    }

    [Fact]
    public void Build_EveryProperty_IsKept()
    {
        TouchpointBuilder builder = Complete();
        builder.Initiator = Initiator.Company;
        builder.Outcome = TouchpointOutcome.Failed;
        builder.HandleTime = Duration.FromMinutes(5);
        builder.WaitTime = Duration.Zero;
        builder.Topic = "billing";
        builder.Attributes["queue"] = "B2";

        Touchpoint built = builder.Build();

        Assert.Equal(
            new Touchpoint("t1", Ann, Noon, Channel.Phone, Support, Department.Billing, Initiator.Company, TouchpointOutcome.Failed, Duration.FromMinutes(5), Duration.Zero, "billing", new Dictionary<string, string> { ["queue"] = "B2" }),
            built);
    }

    [Fact]
    public void Build_Reused_EachTouchpointIsIndependentOfTheBuilder()
    {
        TouchpointBuilder builder = Complete();
        builder.Attributes["queue"] = "B2";
        Touchpoint first = builder.Build();

        builder.Id = "t2";
        builder.At = Noon + Duration.FromHours(1);
        builder.Attributes["queue"] = "C3";
        Touchpoint second = builder.Build();

        Assert.Equal(("t1", Noon, "B2"), (first.Id, first.At, first.Attributes["queue"]));
        Assert.Equal(("t2", Noon + Duration.FromHours(1), "C3"), (second.Id, second.At, second.Attributes["queue"]));
    }

    [Fact]
    public void Constructor_FromTemplate_BuildsAnEqualTouchpoint_AndAChangedCopy()
    {
        var template = new Touchpoint("t1", Ann, Noon, Channel.Email, Support, Department.CustomerService, Initiator.Company, TouchpointOutcome.Succeeded, Duration.FromMinutes(3), Duration.FromMinutes(1), "refund", new Dictionary<string, string> { ["k"] = "v" });

        var builder = new TouchpointBuilder(template);

        Assert.Equal(template, builder.Build());
        builder.Outcome = TouchpointOutcome.Failed;
        Touchpoint changed = builder.Build();
        Assert.Equal(TouchpointOutcome.Failed, changed.Outcome);
        Assert.Equal(TouchpointOutcome.Succeeded, template.Outcome);
        Assert.Equal(("t1", "refund", "v"), (changed.Id, changed.Topic, changed.Attributes["k"]));
    }

    [Fact]
    public void Constructor_NullTemplate_Throws() =>
        Assert.Equal("template", Assert.Throws<ArgumentNullException>(() => new TouchpointBuilder(null!)).ParamName);

    [Fact]
    public void Build_Empty_NamesEveryMissingRequiredProperty()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new TouchpointBuilder().Build());

        Assert.Equal(
            "The touchpoint cannot be built: Id, Customer, At, Channel, Stage, Department and Initiator are not set (required: Id, Customer, At, Channel, Stage, Department and Initiator).",
            error.Message);
    }

    [Fact]
    public void Build_OneMissing_NamesItAndTheTouchpoint()
    {
        TouchpointBuilder builder = Complete();
        builder.Initiator = null;

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("The touchpoint 't1' cannot be built: Initiator is not set (required: Id, Customer, At, Channel, Stage, Department and Initiator).", error.Message);
    }

    [Fact]
    public void Build_BadValues_EachIsNamedWithItsValue()
    {
        TouchpointBuilder builder = Complete();
        builder.Id = "  ";
        builder.Initiator = (Initiator)7;
        builder.Outcome = (TouchpointOutcome)9;
        builder.HandleTime = Duration.FromMinutes(-5);
        builder.Topic = "\t";
        builder.Attributes[" "] = "x";

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        // -5 minutes in NodaTime's round-trip duration pattern ("o": -D:hh:mm:ss.FFFFFFFFF) is "-0:00:05:00".
        Assert.Equal(
            "The touchpoint cannot be built: Id is '  '; a touchpoint id needs at least one non-white-space character; " +
            "Initiator is 7, which is not an initiator; use Initiator.Customer or Initiator.Company; " +
            "Outcome is 9, which is not an outcome; use Unknown, Succeeded, Failed or Abandoned; " +
            "HandleTime is -0:00:05:00; it must be zero or more, or null when not recorded; " +
            "Topic is '\t'; a topic is null or holds a non-white-space character; " +
            "Attributes has the blank key ' '; keys need a non-white-space character.",
            error.Message);
    }

    [Fact]
    public void Build_MissingAndBad_ReportsBoth()
    {
        TouchpointBuilder builder = Complete();
        builder.Stage = null;
        builder.WaitTime = Duration.FromSeconds(-1);
        builder.Attributes["note"] = null!;

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal(
            "The touchpoint 't1' cannot be built: Stage is not set (required: Id, Customer, At, Channel, Stage, Department and Initiator); " +
            "WaitTime is -0:00:00:01; it must be zero or more, or null when not recorded; Attributes['note'] is null; attribute values must not be null.",
            error.Message);
    }

    [Fact]
    public void Build_LongId_IsQuotedAsAnExcerpt()
    {
        TouchpointBuilder builder = Complete();
        builder.Id = new string('x', 100);
        builder.Channel = default;

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.StartsWith($"The touchpoint '{new string('x', 64)}…' (100 characters) cannot be built: Channel is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Builder_ThrowsNamingTheType()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(Complete()));

        Assert.Contains("TouchpointBuilder", error.Message, StringComparison.Ordinal);
    }
}
