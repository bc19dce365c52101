using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace CxCore;

/// <summary>
/// Builds <see cref="Touchpoint"/>s from named properties, so that a caller sets what it knows by name instead of passing
/// seven positional arguments, and can keep what many touchpoints share (channel, department, stage) in one builder.
/// </summary>
/// <remarks>
/// <para>
/// Required before <see cref="Build"/>: <see cref="Id"/>, <see cref="Customer"/>, <see cref="At"/>, <see cref="Channel"/>,
/// <see cref="Stage"/>, <see cref="Department"/> and <see cref="Initiator"/> (nothing is defaulted silently: in particular
/// the initiator must be said). Optional: <see cref="Outcome"/> (<see cref="TouchpointOutcome.Unknown"/> unless set),
/// <see cref="HandleTime"/>, <see cref="WaitTime"/>, <see cref="Topic"/> and <see cref="Attributes"/>.
/// </para>
/// <para>
/// Values are checked when <see cref="Build"/> is called, not when they are set; every problem is reported at once in one
/// <see cref="InvalidOperationException"/> whose message names each property and its value. The builder can be reused:
/// change some properties and build again; each touchpoint is independent of the builder (the attributes are copied).
/// This is a mutable object, like an options object: it is not thread-safe and it has no JSON form.
/// </para>
/// <example>
/// <code>
/// var phone = new TouchpointBuilder
/// {
///     Channel = Channel.Phone,
///     Department = Department.CustomerService,
///     Stage = LifecycleModel.Default.GetStage("Support"),
///     Initiator = Initiator.Customer,
/// };
/// phone.Id = "call-1"; phone.Customer = CustomerId.From("C-17"); phone.At = Instant.FromUtc(2026, 3, 2, 9, 15);
/// Touchpoint call = phone.Build();
/// </code>
/// </example>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TouchpointBuilder
{
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);

    /// <summary>Creates an empty builder: every required property unset, <see cref="Outcome"/> <see cref="TouchpointOutcome.Unknown"/>, no attributes.</summary>
    public TouchpointBuilder()
    {
    }

    /// <summary>Creates a builder that holds every property of <paramref name="template"/>, to build a changed copy of it.</summary>
    /// <param name="template">The touchpoint to start from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is <see langword="null"/>.</exception>
    public TouchpointBuilder(Touchpoint template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Id = template.Id;
        Customer = template.Customer;
        At = template.At;
        Channel = template.Channel;
        Stage = template.Stage;
        Department = template.Department;
        Initiator = template.Initiator;
        Outcome = template.Outcome;
        HandleTime = template.HandleTime;
        WaitTime = template.WaitTime;
        Topic = template.Topic;
        foreach (KeyValuePair<string, string> attribute in template.Attributes)
        {
            _attributes.Add(attribute.Key, attribute.Value);
        }
    }

    /// <summary>The touchpoint's id in the source system (required); at least one non-white-space character.</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? Id { get; set; }

    /// <summary>The customer (required).</summary>
    /// <value><c>default</c> (not set) until set.</value>
    public CustomerId Customer { get; set; }

    /// <summary>When the touchpoint happened, its start (required).</summary>
    /// <value><see langword="null"/> until set.</value>
    public Instant? At { get; set; }

    /// <summary>The channel (required).</summary>
    /// <value><c>default</c> (not set) until set.</value>
    public Channel Channel { get; set; }

    /// <summary>The lifecycle stage (required).</summary>
    /// <value><see langword="null"/> until set.</value>
    public LifecycleStage? Stage { get; set; }

    /// <summary>The department responsible (required).</summary>
    /// <value><c>default</c> (not set) until set.</value>
    public Department Department { get; set; }

    /// <summary>Who started the touchpoint (required): <see cref="CxCore.Initiator.Customer"/> or <see cref="CxCore.Initiator.Company"/>.</summary>
    /// <value><see langword="null"/> until set.</value>
    public Initiator? Initiator { get; set; }

    /// <summary>Whether the touchpoint met the customer's need.</summary>
    /// <value><see cref="TouchpointOutcome.Unknown"/> by default.</value>
    public TouchpointOutcome Outcome { get; set; } = TouchpointOutcome.Unknown;

    /// <summary>How long the company spent on it, or <see langword="null"/>; when set, zero or more.</summary>
    /// <value><see langword="null"/> by default.</value>
    public Duration? HandleTime { get; set; }

    /// <summary>How long the customer waited first, or <see langword="null"/>; when set, zero or more.</summary>
    /// <value><see langword="null"/> by default.</value>
    public Duration? WaitTime { get; set; }

    /// <summary>The customer's need or reason for the contact, or <see langword="null"/>; when set, not blank.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? Topic { get; set; }

    /// <summary>Further source fields (ordinal keys); keys non-blank, values non-null. Copied into each touchpoint built.</summary>
    /// <value>Empty by default.</value>
    public IDictionary<string, string> Attributes => _attributes;

    /// <summary>Builds a touchpoint from the properties as they are now.</summary>
    /// <returns>A new, immutable touchpoint.</returns>
    /// <exception cref="InvalidOperationException">
    /// A required property is not set, or a value is out of range (a blank id or topic, an undefined initiator or outcome, a
    /// negative handle or wait time, a blank attribute key or a null attribute value). The message names every such
    /// property with its value.
    /// </exception>
    public Touchpoint Build()
    {
        var problems = new List<string>();
        var missing = new List<string>();
        if (Id is null)
        {
            missing.Add(nameof(Id));
        }
        else if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add($"Id is {Quote(Id)}; a touchpoint id needs at least one non-white-space character");
        }

        if (Customer.IsEmpty)
        {
            missing.Add(nameof(Customer));
        }

        if (At is null)
        {
            missing.Add(nameof(At));
        }

        if (Channel.IsEmpty)
        {
            missing.Add(nameof(Channel));
        }

        if (Stage is null)
        {
            missing.Add(nameof(Stage));
        }

        if (Department.IsEmpty)
        {
            missing.Add(nameof(Department));
        }

        if (Initiator is not { } initiator)
        {
            missing.Add(nameof(Initiator));
        }
        else if (unchecked((uint)initiator) > (uint)CxCore.Initiator.Company)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Initiator is {(int)initiator}, which is not an initiator; use Initiator.Customer or Initiator.Company"));
        }

        if (unchecked((uint)Outcome) > (uint)TouchpointOutcome.Abandoned)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Outcome is {(int)Outcome}, which is not an outcome; use Unknown, Succeeded, Failed or Abandoned"));
        }

        if (HandleTime is { } handle && handle < Duration.Zero)
        {
            problems.Add($"HandleTime is {handle.ToString("o", CultureInfo.InvariantCulture)}; it must be zero or more, or null when not recorded");
        }

        if (WaitTime is { } wait && wait < Duration.Zero)
        {
            problems.Add($"WaitTime is {wait.ToString("o", CultureInfo.InvariantCulture)}; it must be zero or more, or null when not recorded");
        }

        if (Topic is not null && string.IsNullOrWhiteSpace(Topic))
        {
            problems.Add($"Topic is {Quote(Topic)}; a topic is null or holds a non-white-space character");
        }

        foreach (KeyValuePair<string, string> attribute in _attributes)
        {
            if (string.IsNullOrWhiteSpace(attribute.Key))
            {
                problems.Add($"Attributes has the blank key {Quote(attribute.Key)}; keys need a non-white-space character");
            }
            else if (attribute.Value is null)
            {
                problems.Add($"Attributes[{Quote(attribute.Key)}] is null; attribute values must not be null");
            }
        }

        if (missing.Count > 0 || problems.Count > 0)
        {
            throw new InvalidOperationException(Describe(missing, problems));
        }

        return new Touchpoint(Id!, Customer, At!.Value, Channel, Stage!, Department, Initiator!.Value, Outcome, HandleTime, WaitTime, Topic, _attributes);
    }

    private string Describe(List<string> missing, List<string> problems)
    {
        var text = new StringBuilder("The touchpoint");
        if (!string.IsNullOrWhiteSpace(Id))
        {
            text.Append(' ').Append(Quote(Id));
        }

        text.Append(" cannot be built: ");
        if (missing.Count > 0)
        {
            text.Append(missing.Count == 1 ? missing[0] + " is" : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[^1] + " are")
                .Append(" not set (required: Id, Customer, At, Channel, Stage, Department and Initiator)");
            if (problems.Count > 0)
            {
                text.Append("; ");
            }
        }

        text.Append(string.Join("; ", problems)).Append('.');
        return text.ToString();
    }

    // Values are quoted in excerpts, so a huge id or topic cannot make a huge message.
    private static string Quote(string value) =>
        value.Length <= 64 ? $"'{value}'" : string.Create(CultureInfo.InvariantCulture, $"'{value[..64]}…' ({value.Length:N0} characters)");
}
