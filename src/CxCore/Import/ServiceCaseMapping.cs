using System;
using System.Collections.Generic;
using CxCore.Service;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CxCore.Import;

/// <summary>
/// Which columns of a helpdesk ticket table (a CSV export or a database query) hold which part of a
/// <see cref="ServiceCase"/>, how its times and statuses are written, and which columns carry the helpdesk's own
/// durations; <see cref="Zendesk"/> is the preset for Zendesk's ticket CSV export.
/// </summary>
/// <remarks>
/// <para>
/// A ticket table has one row per ticket, not the ticket's history, so the case's events are rebuilt from its times
/// and its current status: Opened at <see cref="CreatedColumn"/>; an agent reply at the first reply (the
/// <see cref="FirstReplyColumn"/> time, else created + <see cref="FirstReplyMinutesColumn"/>); for a ticket reopened
/// (<see cref="ReopensColumn"/> above 0) whose first solve is known (created + <see cref="FirstResolutionMinutesColumn"/>),
/// Solved and Reopened at the first solve (the table does not say when it was reopened; no CxCore duration depends on
/// it); then the current status: Open at the first reply (or creation); Pending and On-hold at
/// <see cref="UpdatedColumn"/>; Solved at <see cref="SolvedColumn"/>; Closed at <see cref="ClosedColumn"/>, else at
/// <see cref="UpdatedColumn"/>. Times that contradict each other (a reply before creation, a solve before creation)
/// reject the row as <see cref="ImportErrorReason.InconsistentTimes"/>.
/// </para>
/// <para>
/// Times are wall-clock times in <see cref="Zone"/> (helpdesk exports write the account's zone) read with
/// <see cref="LocalPattern"/>, or, with no zone, times with an offset read with <see cref="OffsetPattern"/>.
/// This is an options object: mutable, validated and copied when a reader is created.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ServiceCaseMapping
{
    /// <summary>The column of the case id (required); empty or white space rejects the row (<see cref="ImportErrorReason.MissingId"/>).</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? IdColumn { get; set; }

    /// <summary>The column of the customer (requester) id (required).</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? CustomerColumn { get; set; }

    /// <summary>The column of the creation time (required).</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? CreatedColumn { get; set; }

    /// <summary>The column of the current status (required), read through <see cref="StatusNames"/>.</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? StatusColumn { get; set; }

    /// <summary>The column of the time of the first agent reply, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default; an empty cell means no reply yet.</value>
    public string? FirstReplyColumn { get; set; }

    /// <summary>The column of the time the case was (last) solved, or <see langword="null"/>; required by solved and closed rows.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? SolvedColumn { get; set; }

    /// <summary>The column of the time the case was closed, or <see langword="null"/> to use <see cref="UpdatedColumn"/> for closed rows.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? ClosedColumn { get; set; }

    /// <summary>The column of the time of the last update (when a Pending, On-hold or Closed status began, as far as the table tells), or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? UpdatedColumn { get; set; }

    /// <summary>The column of the priority, or <see langword="null"/> (every case <see cref="CasePriority.Normal"/>); read through <see cref="PriorityNames"/>; an empty cell is Normal.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? PriorityColumn { get; set; }

    /// <summary>The column of the channel, or <see langword="null"/> (every case <see cref="DefaultChannel"/>); read through <see cref="ChannelNames"/>, else <see cref="Channel.From"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? ChannelColumn { get; set; }

    /// <summary>The column of the group or department, kept as the case attribute <c>group</c>, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? GroupColumn { get; set; }

    /// <summary>The column of the number of reopens, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? ReopensColumn { get; set; }

    /// <summary>The helpdesk's first reply time in calendar minutes, or <see langword="null"/>; also gives the reply time when there is no <see cref="FirstReplyColumn"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? FirstReplyMinutesColumn { get; set; }

    /// <summary>The helpdesk's first reply time in business minutes, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? FirstReplyBusinessMinutesColumn { get; set; }

    /// <summary>The helpdesk's first resolution time in calendar minutes, or <see langword="null"/>; gives the first solve of reopened cases.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? FirstResolutionMinutesColumn { get; set; }

    /// <summary>The helpdesk's first resolution time in business minutes, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? FirstResolutionBusinessMinutesColumn { get; set; }

    /// <summary>The helpdesk's full resolution time in calendar minutes, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? FullResolutionMinutesColumn { get; set; }

    /// <summary>The helpdesk's full resolution time in business minutes, or <see langword="null"/>.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? FullResolutionBusinessMinutesColumn { get; set; }

    /// <summary>The status names of the table, compared ignoring case.</summary>
    /// <value>
    /// By default: <c>new</c>, <c>open</c>, <c>pending</c>, <c>hold</c> and <c>on-hold</c> (<see cref="CaseStatus.OnHold"/>),
    /// <c>solved</c>, <c>closed</c>. A status not in the map rejects the row (<see cref="ImportErrorReason.UnknownValue"/>).
    /// </value>
    public IDictionary<string, CaseStatus> StatusNames { get; } = new Dictionary<string, CaseStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["new"] = CaseStatus.New,
        ["open"] = CaseStatus.Open,
        ["pending"] = CaseStatus.Pending,
        ["hold"] = CaseStatus.OnHold,
        ["on-hold"] = CaseStatus.OnHold,
        ["solved"] = CaseStatus.Solved,
        ["closed"] = CaseStatus.Closed,
    };

    /// <summary>The priority names of the table, compared ignoring case.</summary>
    /// <value>By default <c>low</c>, <c>normal</c>, <c>high</c>, <c>urgent</c>. Another name rejects the row (<see cref="ImportErrorReason.UnknownValue"/>).</value>
    public IDictionary<string, CasePriority> PriorityNames { get; } = new Dictionary<string, CasePriority>(StringComparer.OrdinalIgnoreCase)
    {
        ["low"] = CasePriority.Low,
        ["normal"] = CasePriority.Normal,
        ["high"] = CasePriority.High,
        ["urgent"] = CasePriority.Urgent,
    };

    /// <summary>Channel names of the table that differ from CxCore's, compared ignoring case (for example Zendesk's <c>web</c> → <see cref="Channel.Website"/>).</summary>
    /// <value>By default <c>web</c> → Website, <c>voice</c> → Phone, <c>mobile</c> → MobileApp, <c>chat</c> → Chat, <c>email</c> → Email.</value>
    public IDictionary<string, Channel> ChannelNames { get; } = new Dictionary<string, Channel>(StringComparer.OrdinalIgnoreCase)
    {
        ["web"] = Channel.Website,
        ["voice"] = Channel.Phone,
        ["mobile"] = Channel.MobileApp,
        ["chat"] = Channel.Chat,
        ["email"] = Channel.Email,
    };

    /// <summary>The channel of cases when there is no <see cref="ChannelColumn"/> or its cell is empty.</summary>
    /// <value><see cref="Channel.Email"/> by default.</value>
    public Channel DefaultChannel { get; set; } = Channel.Email;

    /// <summary>The zone of wall-clock times, or <see langword="null"/> when times carry their own offset.</summary>
    /// <value><see langword="null"/> by default.</value>
    public DateTimeZone? Zone { get; set; }

    /// <summary>The pattern of wall-clock times (with a <see cref="Zone"/>).</summary>
    /// <value><c>uuuu'-'MM'-'dd' 'HH':'mm':'ss</c> by default, as helpdesk exports write them.</value>
    public LocalDateTimePattern LocalPattern { get; set; } = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss");

    /// <summary>The pattern of times with an offset (no <see cref="Zone"/>).</summary>
    /// <value>Extended ISO-8601 with an offset or <c>Z</c> by default.</value>
    public OffsetDateTimePattern OffsetPattern { get; set; } = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");

    /// <summary>How wall-clock times in a daylight-saving gap or overlap become instants, or <see langword="null"/> to reject such rows.</summary>
    /// <value><see langword="null"/> by default.</value>
    public ZoneLocalMappingResolver? Resolver { get; set; }

    /// <summary>Whether a case id seen earlier in the same read rejects the row (<see cref="ImportErrorReason.DuplicateId"/>).</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool CheckDuplicateIds { get; set; } = true;

    /// <summary>
    /// The mapping of Zendesk's ticket CSV export (Admin Center → Account → Tools → Reports → Export → CSV): its column
    /// names, times as wall-clock times of the account's zone, statuses new/open/pending/hold/solved/closed, and the
    /// helpdesk's first reply, first resolution and full resolution minutes (calendar and within business hours).
    /// </summary>
    /// <param name="accountZone">The time zone of the Zendesk account (Admin Center → Account → Localization).</param>
    /// <returns>A new mapping; change any property to fit an export whose columns differ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accountZone"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Columns: <c>Id</c>, <c>Requester id</c>, <c>Created at</c>, <c>Status</c>, <c>Updated at</c>, <c>Solved at</c>,
    /// <c>Priority</c>, <c>Via</c>, <c>Group</c>, <c>Reopens</c>, <c>First reply time in minutes</c>,
    /// <c>First reply time in minutes within business hours</c>, <c>First resolution time in minutes</c>,
    /// <c>First resolution time in minutes within business hours</c>, <c>Full resolution time in minutes</c>,
    /// <c>Full resolution time in minutes within business hours</c>. The export has no first-reply time stamp, so the first
    /// reply is placed at created + first reply minutes. Besides the default <see cref="ChannelNames"/>, the Via display
    /// names <c>Mail</c> (→ <see cref="Channel.Email"/>) and <c>Web form</c> (→ <see cref="Channel.Website"/>) are known;
    /// other Via values become channels of their own name.
    /// <para>
    /// Source: Zendesk's Help Center article "Exporting data to a JSON, CSV, or XML file" (the table of the ticket CSV
    /// export's data, support.zendesk.com/hc/en-us/articles/4408886165402), which lists these columns; the export's header
    /// row spells the first two <c>Id</c> and <c>Requester id</c> (the article's table writes ID and Requester ID). Times
    /// are in the account's time zone, as the article says; they are read with seconds (<see cref="LocalPattern"/>): an
    /// export that writes minutes only is rejected row by row with a suggestion of the pattern that reads it.
    /// </para>
    /// </remarks>
    public static ServiceCaseMapping Zendesk(DateTimeZone accountZone)
    {
        ArgumentNullException.ThrowIfNull(accountZone);
        var mapping = new ServiceCaseMapping
        {
            IdColumn = "Id",
            CustomerColumn = "Requester id",
            CreatedColumn = "Created at",
            StatusColumn = "Status",
            UpdatedColumn = "Updated at",
            SolvedColumn = "Solved at",
            PriorityColumn = "Priority",
            ChannelColumn = "Via",
            GroupColumn = "Group",
            ReopensColumn = "Reopens",
            FirstReplyMinutesColumn = "First reply time in minutes",
            FirstReplyBusinessMinutesColumn = "First reply time in minutes within business hours",
            FirstResolutionMinutesColumn = "First resolution time in minutes",
            FirstResolutionBusinessMinutesColumn = "First resolution time in minutes within business hours",
            FullResolutionMinutesColumn = "Full resolution time in minutes",
            FullResolutionBusinessMinutesColumn = "Full resolution time in minutes within business hours",
            Zone = accountZone,
        };

        // The CSV export writes the channel's display name in Via ("Mail", "Web form"), where the API writes email and web.
        mapping.ChannelNames["Mail"] = Channel.Email;
        mapping.ChannelNames["Web form"] = Channel.Website;
        return mapping;
    }

    internal ServiceCaseMapping Copy()
    {
        if (string.IsNullOrWhiteSpace(IdColumn) || string.IsNullOrWhiteSpace(CustomerColumn) || string.IsNullOrWhiteSpace(CreatedColumn) || string.IsNullOrWhiteSpace(StatusColumn))
        {
            throw new ArgumentException("ServiceCaseMapping needs IdColumn, CustomerColumn, CreatedColumn and StatusColumn: name the columns that hold them.");
        }

        if (LocalPattern is null || OffsetPattern is null || DefaultChannel.IsEmpty)
        {
            throw new ArgumentException("ServiceCaseMapping.LocalPattern and OffsetPattern must not be null, and DefaultChannel must not be default(Channel).");
        }

        var copy = new ServiceCaseMapping
        {
            IdColumn = IdColumn, CustomerColumn = CustomerColumn, CreatedColumn = CreatedColumn, StatusColumn = StatusColumn,
            FirstReplyColumn = FirstReplyColumn, SolvedColumn = SolvedColumn, ClosedColumn = ClosedColumn, UpdatedColumn = UpdatedColumn,
            PriorityColumn = PriorityColumn, ChannelColumn = ChannelColumn, GroupColumn = GroupColumn, ReopensColumn = ReopensColumn,
            FirstReplyMinutesColumn = FirstReplyMinutesColumn, FirstReplyBusinessMinutesColumn = FirstReplyBusinessMinutesColumn,
            FirstResolutionMinutesColumn = FirstResolutionMinutesColumn, FirstResolutionBusinessMinutesColumn = FirstResolutionBusinessMinutesColumn,
            FullResolutionMinutesColumn = FullResolutionMinutesColumn, FullResolutionBusinessMinutesColumn = FullResolutionBusinessMinutesColumn,
            DefaultChannel = DefaultChannel, Zone = Zone, LocalPattern = LocalPattern, OffsetPattern = OffsetPattern, Resolver = Resolver,
            CheckDuplicateIds = CheckDuplicateIds,
        };
        Replace(copy.StatusNames, StatusNames);
        Replace(copy.PriorityNames, PriorityNames);
        Replace(copy.ChannelNames, ChannelNames);
        return copy;
    }

    private static void Replace<T>(IDictionary<string, T> target, IDictionary<string, T> source)
    {
        target.Clear();
        foreach (KeyValuePair<string, T> pair in source)
        {
            target[pair.Key] = pair.Value;
        }
    }
}
