using System;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace CxCore.Import;

/// <summary>
/// Which columns of a touchpoint table (a CSV file or a database query) hold which part of a <see cref="Touchpoint"/>,
/// and how its times are written.
/// </summary>
/// <remarks>
/// <para>
/// Required columns: <see cref="CustomerColumn"/>, <see cref="TimeColumn"/>, <see cref="ChannelColumn"/>,
/// <see cref="DepartmentColumn"/>, <see cref="StageColumn"/> and <see cref="InitiatorColumn"/>. Optional:
/// <see cref="IdColumn"/>, <see cref="OutcomeColumn"/>, <see cref="TopicColumn"/> and <see cref="ZoneColumn"/>. Column
/// names are compared ordinally; a mapped column the table lacks stops the read before any row, with a message that
/// lists the columns the table has.
/// </para>
/// <para>
/// Times: by default a time cell carries its own UTC offset (<c>2026-03-08T09:15:00+01:00</c> or
/// <c>2026-03-08T08:15:00Z</c>, read with <see cref="OffsetPattern"/>). When <see cref="Zone"/> or
/// <see cref="ZoneColumn"/> is set, a time cell is wall-clock time (read with <see cref="LocalPattern"/>) in the row's
/// zone (the zone cell, when the mapping has one, else <see cref="Zone"/>). A database column typed
/// <c>timestamp with time zone</c> (a <see cref="DateTimeOffset"/>, or a UTC <c>DateTime</c>) is an instant as it is; a
/// <c>timestamp</c> without zone is wall-clock time and needs a zone.
/// </para>
/// <para>
/// This is an options object: mutable, validated when a reader is created (which copies it). Not thread-safe while
/// being changed.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class TouchpointMapping
{
    /// <summary>The column of the customer id (required); an empty or white-space cell rejects the row as <see cref="ImportErrorReason.MissingCustomerId"/>.</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? CustomerColumn { get; set; }

    /// <summary>The column of the touchpoint's time (required).</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? TimeColumn { get; set; }

    /// <summary>The column of the channel name (required), read with <see cref="Channel.From"/>.</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? ChannelColumn { get; set; }

    /// <summary>The column of the department name (required), read with <see cref="Department.From"/>.</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? DepartmentColumn { get; set; }

    /// <summary>The column of the lifecycle stage name (required), a stage of <see cref="LifecycleModel"/> (ignoring case).</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? StageColumn { get; set; }

    /// <summary>The column of the initiator (required): <c>Customer</c> or <c>Company</c>, ignoring case.</summary>
    /// <value><see langword="null"/> until set.</value>
    public string? InitiatorColumn { get; set; }

    /// <summary>The column of the touchpoint id, or <see langword="null"/> to number the touchpoints by their row.</summary>
    /// <value>
    /// <see langword="null"/> by default: each touchpoint's id is <see cref="IdPrefix"/> followed by its line (CSV) or
    /// record number (database), such as <c>row-17</c>. When set, an empty or white-space id rejects the row
    /// (<see cref="ImportErrorReason.MissingId"/>) and, with <see cref="CheckDuplicateIds"/>, so does an id seen earlier in
    /// the same read (<see cref="ImportErrorReason.DuplicateId"/>).
    /// </value>
    public string? IdColumn { get; set; }

    /// <summary>The prefix of the ids of touchpoints read without an <see cref="IdColumn"/>.</summary>
    /// <value><c>"row-"</c> by default; use one prefix per source so that ids from several files do not collide.</value>
    public string IdPrefix { get; set; } = "row-";

    /// <summary>The column of the outcome, or <see langword="null"/> when the table has none (every outcome <see cref="TouchpointOutcome.Unknown"/>).</summary>
    /// <value>
    /// <see langword="null"/> by default. Cells hold <c>Succeeded</c>, <c>Failed</c>, <c>Abandoned</c> or <c>Unknown</c>,
    /// ignoring case; an empty cell is <see cref="TouchpointOutcome.Unknown"/>; anything else rejects the row
    /// (<see cref="ImportErrorReason.UnknownValue"/>).
    /// </value>
    public string? OutcomeColumn { get; set; }

    /// <summary>The column of the topic (the customer's need), or <see langword="null"/>; an empty cell is no topic.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? TopicColumn { get; set; }

    /// <summary>The column that names each row's time zone (an IANA id such as <c>Europe/Berlin</c>), or <see langword="null"/>.</summary>
    /// <value>
    /// <see langword="null"/> by default. When set, times are wall-clock times in the row's zone; an empty zone cell
    /// falls back to <see cref="Zone"/> (the row is rejected when that is not set either), an unknown id rejects the row
    /// (<see cref="ImportErrorReason.UnknownValue"/>).
    /// </value>
    public string? ZoneColumn { get; set; }

    /// <summary>The zone of wall-clock times, or <see langword="null"/> when times carry their own offset.</summary>
    /// <value><see langword="null"/> by default.</value>
    public DateTimeZone? Zone { get; set; }

    /// <summary>The pattern of times that carry their own offset (no <see cref="Zone"/> and no <see cref="ZoneColumn"/>).</summary>
    /// <value>
    /// Extended ISO-8601 with an offset or <c>Z</c> by default: <c>uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo&lt;G&gt;</c>,
    /// which reads <c>2026-03-08T09:15:00+01:00</c>, <c>2026-03-08T08:15:00Z</c> and fractional seconds.
    /// </value>
    public OffsetDateTimePattern OffsetPattern { get; set; } = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");

    /// <summary>The pattern of wall-clock times (when <see cref="Zone"/> or <see cref="ZoneColumn"/> is set).</summary>
    /// <value>Extended ISO-8601 without offset by default: <c>uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF</c>.</value>
    public LocalDateTimePattern LocalPattern { get; set; } = LocalDateTimePattern.ExtendedIso;

    /// <summary>How wall-clock times in a daylight-saving gap or overlap become instants, or <see langword="null"/> to reject such rows.</summary>
    /// <value>
    /// <see langword="null"/> by default: a skipped or repeated wall-clock time is rejected
    /// (<see cref="ImportErrorReason.SkippedLocalTime"/>, <see cref="ImportErrorReason.AmbiguousLocalTime"/>), since the
    /// table does not say which instant was meant.
    /// </value>
    public ZoneLocalMappingResolver? Resolver { get; set; }

    /// <summary>The lifecycle model whose stages <see cref="StageColumn"/> names.</summary>
    /// <value><see cref="CxCore.LifecycleModel.Default"/> by default.</value>
    public LifecycleModel LifecycleModel { get; set; } = LifecycleModel.Default;

    /// <summary>Whether an id seen earlier in the same read rejects the row (only with an <see cref="IdColumn"/>).</summary>
    /// <value><see langword="true"/> by default; the check keeps every id of the read in memory (about 40 bytes plus the id's characters each).</value>
    public bool CheckDuplicateIds { get; set; } = true;

    /// <summary>Throws when a required column is missing or a setting is null.</summary>
    internal void Validate()
    {
        Require(CustomerColumn, nameof(CustomerColumn));
        Require(TimeColumn, nameof(TimeColumn));
        Require(ChannelColumn, nameof(ChannelColumn));
        Require(DepartmentColumn, nameof(DepartmentColumn));
        Require(StageColumn, nameof(StageColumn));
        Require(InitiatorColumn, nameof(InitiatorColumn));
        if (OffsetPattern is null || LocalPattern is null || LifecycleModel is null || IdPrefix is null)
        {
            throw new ArgumentException("TouchpointMapping.OffsetPattern, LocalPattern, LifecycleModel and IdPrefix must not be null.");
        }
    }

    private static void Require(string? column, string name)
    {
        if (string.IsNullOrWhiteSpace(column))
        {
            throw new ArgumentException($"TouchpointMapping.{name} is not set: name the column that holds it.", name);
        }
    }

    /// <summary>Validates the mapping and returns a copy a reader keeps, so later changes to this options object do not reach it.</summary>
    internal TouchpointMapping Copy()
    {
        Validate();
        return new()
        {
            CustomerColumn = CustomerColumn,
            TimeColumn = TimeColumn,
            ChannelColumn = ChannelColumn,
            DepartmentColumn = DepartmentColumn,
            StageColumn = StageColumn,
            InitiatorColumn = InitiatorColumn,
            IdColumn = IdColumn,
            IdPrefix = IdPrefix,
            OutcomeColumn = OutcomeColumn,
            TopicColumn = TopicColumn,
            ZoneColumn = ZoneColumn,
            Zone = Zone,
            OffsetPattern = OffsetPattern,
            LocalPattern = LocalPattern,
            Resolver = Resolver,
            LifecycleModel = LifecycleModel,
            CheckDuplicateIds = CheckDuplicateIds,
        };
    }
}
