using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CxCore.Import;

/// <summary>Binds a <see cref="TouchpointMapping"/> to a header and turns rows into touchpoints or errors; one per read.</summary>
internal sealed class TouchpointRowMapper : IImportRowMapper<TouchpointRowMapper, TouchpointMapping, Touchpoint>
{
    private readonly ImportReport _report;
    private readonly ImportTime _time;
    private readonly LifecycleModel _model;
    private readonly string _idPrefix;
    private readonly ImportIdSet? _seen;
    private readonly List<ImportRowError> _errors = [];
    private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Department> _departments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeZone?> _zones = new(StringComparer.Ordinal);
    private readonly DateTimeZone? _fixedZone;
    private readonly (string Name, int Index) _customer, _at, _channel, _department, _stage, _initiator, _id, _outcome, _topic, _zone;

    public TouchpointRowMapper(TouchpointMapping mapping, IReadOnlyList<string> header, ImportReport report)
    {
        _report = report;
        _model = mapping.LifecycleModel;
        _idPrefix = mapping.IdPrefix;
        _fixedZone = mapping.Zone;
        _time = new ImportTime(mapping.OffsetPattern, mapping.LocalPattern, mapping.Zone, mapping.ZoneColumn is not null, mapping.Resolver);
        _customer = Bind(header, mapping.CustomerColumn!, "the customer id");
        _at = Bind(header, mapping.TimeColumn!, "the time");
        _channel = Bind(header, mapping.ChannelColumn!, "the channel");
        _department = Bind(header, mapping.DepartmentColumn!, "the department");
        _stage = Bind(header, mapping.StageColumn!, "the lifecycle stage");
        _initiator = Bind(header, mapping.InitiatorColumn!, "the initiator");
        _id = BindOptional(header, mapping.IdColumn, "the touchpoint id");
        _outcome = BindOptional(header, mapping.OutcomeColumn, "the outcome");
        _topic = BindOptional(header, mapping.TopicColumn, "the topic");
        _zone = BindOptional(header, mapping.ZoneColumn, "the time zone");
        _seen = mapping.IdColumn is not null && mapping.CheckDuplicateIds ? new ImportIdSet() : null;
    }

    public static TouchpointRowMapper Create(TouchpointMapping mapping, IReadOnlyList<string> header, ImportReport report) => new(mapping, header, report);

    private static (string, int) Bind(IReadOnlyList<string> header, string name, string what) => (name, ImportColumns.Find(header, name, what));

    private static (string, int) BindOptional(IReadOnlyList<string> header, string? name, string what) =>
        name is null ? (string.Empty, -1) : (name, ImportColumns.Find(header, name, what));

    /// <summary>The touchpoint of the row, or null when the row is rejected (and reported).</summary>
    public Touchpoint? Map(long line, ImportCells cells)
    {
        _errors.Clear();
        string? id = null;
        if (_id.Index >= 0)
        {
            string text = cells.Text(_id.Index);
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(line, null, _id, text, ImportErrorReason.MissingId, $"the touchpoint id is {Blank(text)}; every row needs an id in column {ImportRowError.Quote(_id.Name)}.");
            }
            else if (_seen is not null && !_seen.Add(text))
            {
                Add(line, text, _id, text, ImportErrorReason.DuplicateId, $"the touchpoint id {ImportRowError.Quote(text)} appears on an earlier row.");
            }
            else
            {
                id = text;
            }
        }
        else
        {
            id = _idPrefix + line.ToString(CultureInfo.InvariantCulture);
        }

        string customerText = cells.Text(_customer.Index);
        if (string.IsNullOrWhiteSpace(customerText))
        {
            Add(line, id, _customer, customerText, ImportErrorReason.MissingCustomerId, $"the customer id is {Blank(customerText)}.");
        }

        Instant at = ReadTime(line, id, cells);
        Channel channel = Named(line, id, cells, _channel, _channels, "channel", static n => Channel.From(n));
        Department department = Named(line, id, cells, _department, _departments, "department", static n => Department.From(n));

        string stageText = cells.Text(_stage.Index);
        LifecycleStage? stage = null;
        if (string.IsNullOrWhiteSpace(stageText))
        {
            Add(line, id, _stage, stageText, ImportErrorReason.MissingValue, $"the lifecycle stage is {Blank(stageText)}.");
        }
        else if (!_model.TryGetStage(stageText, out stage))
        {
            Add(line, id, _stage, stageText, ImportErrorReason.UnknownValue, $"{ImportRowError.Quote(stageText)} is not a stage of the lifecycle model '{_model.Name}' ({string.Join(", ", _model.Stages)}).");
        }

        string initiatorText = cells.Text(_initiator.Index);
        Initiator initiator = Initiator.Customer;
        if (initiatorText.Equals("Company", StringComparison.OrdinalIgnoreCase))
        {
            initiator = Initiator.Company;
        }
        else if (!initiatorText.Equals("Customer", StringComparison.OrdinalIgnoreCase))
        {
            Add(line, id, _initiator, initiatorText, string.IsNullOrWhiteSpace(initiatorText) ? ImportErrorReason.MissingValue : ImportErrorReason.UnknownValue, $"the initiator is {(string.IsNullOrWhiteSpace(initiatorText) ? Blank(initiatorText) : ImportRowError.Quote(initiatorText))}; it must be Customer or Company.");
        }

        TouchpointOutcome outcome = TouchpointOutcome.Unknown;
        if (_outcome.Index >= 0)
        {
            string text = cells.Text(_outcome.Index);
            if (text.Length > 0 && !TryOutcome(text, out outcome))
            {
                Add(line, id, _outcome, text, ImportErrorReason.UnknownValue, $"{ImportRowError.Quote(text)} is not an outcome; use Succeeded, Failed, Abandoned, Unknown or an empty cell.");
            }
        }

        string? topic = null;
        if (_topic.Index >= 0)
        {
            string text = cells.Text(_topic.Index);
            topic = string.IsNullOrWhiteSpace(text) ? null : text;
        }

        if (_errors.Count > 0)
        {
            _report.Reject(_errors);
            return null;
        }

        _report.Accept(0);
        return new Touchpoint(id!, CustomerId.From(customerText), at, channel, stage!, department, initiator, outcome, topic: topic);
    }

    private Instant ReadTime(long line, string? id, ImportCells cells)
    {
        DateTimeZone? zone = _fixedZone;
        if (_zone.Index >= 0)
        {
            string zoneText = cells.Text(_zone.Index);
            if (zoneText.Length > 0)
            {
                if (!_zones.TryGetValue(zoneText, out zone))
                {
                    zone = ImportTime.FindZone(zoneText);
                    _zones[zoneText] = zone;
                }

                if (zone is null)
                {
                    Add(line, id, _zone, zoneText, ImportErrorReason.UnknownValue, $"{ImportRowError.Quote(zoneText)} is not a time-zone id of the IANA database (such as 'Europe/Berlin' or 'America/New_York').");
                    return default;
                }
            }
            else if (zone is null)
            {
                Add(line, id, _zone, zoneText, ImportErrorReason.MissingValue, "the time zone is empty and the mapping has no fixed Zone to fall back on.");
                return default;
            }
        }

        if (cells.TryGetTime(_at.Index, out Instant typed, out LocalDateTime local, out bool isInstant))
        {
            if (isInstant)
            {
                return typed;
            }

            if (zone is null)
            {
                Add(line, id, _at, local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF", CultureInfo.InvariantCulture), ImportErrorReason.UnparseableTime, "the time is a timestamp without time zone; set TouchpointMapping.Zone or ZoneColumn to say where it was written, or select it as a timestamp with time zone.");
                return default;
            }

            string shown = local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF", CultureInfo.InvariantCulture);
            if (!_time.TryResolve(local, zone, shown, out Instant resolved, out ImportErrorReason why, out string whyDetail))
            {
                Add(line, id, _at, shown, why, whyDetail);
            }

            return resolved;
        }

        string text = cells.Text(_at.Index);
        if (!_time.TryParse(text, zone, out Instant at, out ImportErrorReason reason, out string detail))
        {
            Add(line, id, _at, text, reason, detail);
        }

        return at;
    }

    private T Named<T>(long line, string? id, ImportCells cells, (string Name, int Index) column, Dictionary<string, T> cache, string what, Func<string, T> create)
    {
        string text = cells.Text(column.Index);
        if (cache.TryGetValue(text, out T? value))
        {
            return value;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Add(line, id, column, text, ImportErrorReason.MissingValue, $"the {what} is {Blank(text)}.");
            return default!;
        }

        value = create(text);
        if (cache.Count < 10_000)
        {
            cache[text] = value;
        }

        return value;
    }

    private static bool TryOutcome(string text, out TouchpointOutcome outcome)
    {
        foreach (TouchpointOutcome candidate in (ReadOnlySpan<TouchpointOutcome>)[TouchpointOutcome.Unknown, TouchpointOutcome.Succeeded, TouchpointOutcome.Failed, TouchpointOutcome.Abandoned])
        {
            if (text.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = TouchpointOutcome.Unknown;
        return false;
    }

    private static string Blank(string text) => text.Length == 0 ? "empty" : "only white space";

    private void Add(long line, string? id, (string Name, int Index) column, string raw, ImportErrorReason reason, string detail) =>
        _errors.Add(ImportRowError.Create(line, id, column.Name, raw, reason, detail));
}
