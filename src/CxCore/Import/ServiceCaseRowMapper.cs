using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using CxCore.Service;
using NodaTime;

namespace CxCore.Import;

/// <summary>Binds a <see cref="ServiceCaseMapping"/> to a header and turns ticket rows into cases or errors; one per read.</summary>
internal sealed class ServiceCaseRowMapper : IImportRowMapper<ServiceCaseRowMapper, ServiceCaseMapping, ImportedCase>
{
    private readonly ServiceCaseMapping _m;
    private readonly ImportReport _report;
    private readonly ImportTime _time;
    private readonly ImportIdSet? _seen;
    private readonly List<ImportRowError> _errors = [];
    private readonly List<CaseEvent> _events = [];
    private readonly List<HelpdeskDuration> _durations = [];
    private readonly char[] _scratch = new char[64];
    private readonly ImportTextPool _statusTexts = new(), _priorityTexts = new(), _channelTexts = new(), _groupTexts = new();
    private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _groupAttributes = new(StringComparer.Ordinal);
    private readonly Col _id, _customer, _created, _status, _firstReply, _solved, _closed, _updated, _priority, _channel, _group, _reopens;
    private readonly Col _frMin, _frBiz, _firstResMin, _firstResBiz, _fullResMin, _fullResBiz;
    private string? _rowId;

    private readonly record struct Col(string Name, int Index)
    {
        public bool Mapped => Index >= 0;
    }

    public ServiceCaseRowMapper(ServiceCaseMapping mapping, IReadOnlyList<string> header, ImportReport report)
    {
        _m = mapping;
        _report = report;
        _time = new ImportTime(mapping.OffsetPattern, mapping.LocalPattern, mapping.Zone, false, mapping.Resolver);
        _id = Bind(header, mapping.IdColumn, "the case id");
        _customer = Bind(header, mapping.CustomerColumn, "the customer id");
        _created = Bind(header, mapping.CreatedColumn, "the creation time");
        _status = Bind(header, mapping.StatusColumn, "the status");
        _firstReply = Bind(header, mapping.FirstReplyColumn, "the first reply time");
        _solved = Bind(header, mapping.SolvedColumn, "the solve time");
        _closed = Bind(header, mapping.ClosedColumn, "the close time");
        _updated = Bind(header, mapping.UpdatedColumn, "the update time");
        _priority = Bind(header, mapping.PriorityColumn, "the priority");
        _channel = Bind(header, mapping.ChannelColumn, "the channel");
        _group = Bind(header, mapping.GroupColumn, "the group");
        _reopens = Bind(header, mapping.ReopensColumn, "the number of reopens");
        _frMin = Bind(header, mapping.FirstReplyMinutesColumn, "the first reply minutes");
        _frBiz = Bind(header, mapping.FirstReplyBusinessMinutesColumn, "the first reply business minutes");
        _firstResMin = Bind(header, mapping.FirstResolutionMinutesColumn, "the first resolution minutes");
        _firstResBiz = Bind(header, mapping.FirstResolutionBusinessMinutesColumn, "the first resolution business minutes");
        _fullResMin = Bind(header, mapping.FullResolutionMinutesColumn, "the full resolution minutes");
        _fullResBiz = Bind(header, mapping.FullResolutionBusinessMinutesColumn, "the full resolution business minutes");
        _seen = mapping.CheckDuplicateIds ? new ImportIdSet() : null;
    }

    public static ServiceCaseRowMapper Create(ServiceCaseMapping mapping, IReadOnlyList<string> header, ImportReport report) => new(mapping, header, report);

    private static Col Bind(IReadOnlyList<string> header, string? name, string what) =>
        name is null ? new Col(string.Empty, -1) : new Col(name, ImportColumns.Find(header, name, what));

    public ImportedCase? Map(long line, ImportCells cells)
    {
        _errors.Clear();
        _events.Clear();
        _durations.Clear();
        string id = cells.Text(_id.Index);
        _rowId = id;
        if (string.IsNullOrWhiteSpace(id))
        {
            _rowId = null;
            Add(line, _id, id, ImportErrorReason.MissingId, $"the case id is {(id.Length == 0 ? "empty" : "only white space")}; every row needs an id in column {ImportRowError.Quote(_id.Name)}.");
        }
        else if (_seen is not null && !_seen.Add(id))
        {
            Add(line, _id, id, ImportErrorReason.DuplicateId, $"the case id {ImportRowError.Quote(id)} appears on an earlier row.");
        }

        string customer = cells.Text(_customer.Index);
        if (string.IsNullOrWhiteSpace(customer))
        {
            Add(line, _customer, customer, ImportErrorReason.MissingCustomerId, $"the customer id is {(customer.Length == 0 ? "empty" : "only white space")}.");
        }

        Instant? created = Time(line, cells, _created, required: true);
        string statusText = _statusTexts.Get(cells.Chars(_status.Index, _scratch));
        CaseStatus status = CaseStatus.New;
        if (!_m.StatusNames.TryGetValue(statusText.Trim(), out status))
        {
            Add(line, _status, statusText, string.IsNullOrWhiteSpace(statusText) ? ImportErrorReason.MissingValue : ImportErrorReason.UnknownValue, $"{ImportRowError.Quote(statusText)} is not a status of the mapping ({string.Join(", ", _m.StatusNames.Keys)}).");
        }

        CasePriority priority = CasePriority.Normal;
        if (_priority.Mapped)
        {
            string text = _priorityTexts.Get(cells.Chars(_priority.Index, _scratch));
            if (text.Length > 0 && !_m.PriorityNames.TryGetValue(text.Trim(), out priority))
            {
                Add(line, _priority, text, ImportErrorReason.UnknownValue, $"{ImportRowError.Quote(text)} is not a priority of the mapping ({string.Join(", ", _m.PriorityNames.Keys)}).");
            }
        }

        Channel channel = _m.DefaultChannel;
        if (_channel.Mapped)
        {
            string text = _channelTexts.Get(cells.Chars(_channel.Index, _scratch)).Trim();
            if (text.Length > 0 && !_channels.TryGetValue(text, out channel))
            {
                if (!_m.ChannelNames.TryGetValue(text, out channel))
                {
                    channel = Channel.From(text);
                }

                if (_channels.Count < ImportTextPool.Limit)
                {
                    _channels.Add(text, channel);
                }
            }
        }

        long? frMin = Minutes(line, cells, _frMin), frBiz = Minutes(line, cells, _frBiz);
        long? firstResMin = Minutes(line, cells, _firstResMin), firstResBiz = Minutes(line, cells, _firstResBiz);
        long? fullResMin = Minutes(line, cells, _fullResMin), fullResBiz = Minutes(line, cells, _fullResBiz);
        long? reopens = Minutes(line, cells, _reopens);
        Instant? firstReply = Time(line, cells, _firstReply, required: false);
        Instant? solved = Time(line, cells, _solved, required: false);
        Instant? closed = Time(line, cells, _closed, required: false);
        Instant? updated = Time(line, cells, _updated, required: false);
        if (_errors.Count > 0 || created is not Instant opened)
        {
            return Reject();
        }

        firstReply ??= frMin is long m ? opened + Duration.FromMinutes(m) : null;
        Instant? firstSolve = firstResMin is long r ? opened + Duration.FromMinutes(r) : null;
        if (firstReply < opened)
        {
            Add(line, _firstReply.Mapped ? _firstReply : _frMin, Show(firstReply.Value), ImportErrorReason.InconsistentTimes, $"the first reply ({Show(firstReply.Value)}) is before the case was created ({Show(opened)}).");
        }

        if (solved < opened)
        {
            Add(line, _solved, cells.Text(_solved.Index), ImportErrorReason.InconsistentTimes, $"the case was solved ({Show(solved.Value)}) before it was created ({Show(opened)}).");
        }

        if (status is CaseStatus.Solved or CaseStatus.Closed && solved is null)
        {
            Add(line, _solved.Mapped ? _solved : _status, _solved.Mapped ? cells.Text(_solved.Index) : statusText, ImportErrorReason.MissingValue, $"the status is {ImportRowError.Quote(statusText)} but the solve time is missing.");
        }

        if (_errors.Count > 0)
        {
            return Reject();
        }

        _events.Add(CaseEvent.Opened(opened));
        if (firstReply is Instant reply)
        {
            _events.Add(CaseEvent.AgentReply(reply));
        }

        bool reopened = reopens > 0 && firstSolve is not null && (solved is null || firstSolve < solved || status is not (CaseStatus.Solved or CaseStatus.Closed));
        if (reopened)
        {
            _events.Add(CaseEvent.StatusChanged(firstSolve!.Value, CaseStatus.Solved));
            _events.Add(CaseEvent.Reopened(firstSolve.Value));
        }

        Instant last = Max(opened, firstReply, reopened ? firstSolve : null);
        switch (status)
        {
            case CaseStatus.Open when !reopened:
                _events.Add(CaseEvent.StatusChanged(Max(firstReply ?? opened, last), CaseStatus.Open));
                break;
            case CaseStatus.Pending or CaseStatus.OnHold:
                _events.Add(CaseEvent.StatusChanged(Max(updated ?? last, last), status));
                break;
            case CaseStatus.Solved:
                _events.Add(CaseEvent.StatusChanged(solved!.Value, CaseStatus.Solved));
                break;
            case CaseStatus.Closed:
                _events.Add(CaseEvent.StatusChanged(solved!.Value, CaseStatus.Solved));
                _events.Add(CaseEvent.StatusChanged(Max(closed ?? updated ?? solved.Value, solved.Value), CaseStatus.Closed));
                break;
        }

        // Stable insertion sort: events at one instant (a solve and its reopen) keep their order.
        for (int i = 1; i < _events.Count; i++)
        {
            CaseEvent item = _events[i];
            int j = i - 1;
            for (; j >= 0 && _events[j].At > item.At; j--)
            {
                _events[j + 1] = _events[j];
            }

            _events[j + 1] = item;
        }
        AddDuration(ServiceMetric.FirstResponse, TimeBasis.Calendar, frMin);
        AddDuration(ServiceMetric.FirstResponse, TimeBasis.Business, frBiz);
        AddDuration(ServiceMetric.FirstResolution, TimeBasis.Calendar, firstResMin);
        AddDuration(ServiceMetric.FirstResolution, TimeBasis.Business, firstResBiz);
        AddDuration(ServiceMetric.FullResolution, TimeBasis.Calendar, fullResMin);
        AddDuration(ServiceMetric.FullResolution, TimeBasis.Business, fullResBiz);
        IReadOnlyDictionary<string, string> attributes = _group.Mapped ? GroupAttributes(cells) : ReadOnlyDictionary<string, string>.Empty;
        ServiceCase serviceCase;
        try
        {
            serviceCase = ServiceCase.FromOwnedEvents(id, CustomerId.From(customer), channel, priority, _events.ToArray(), attributes);
        }
        catch (ArgumentException e)
        {
            Add(line, _status, statusText, ImportErrorReason.InconsistentTimes, "the row's times and status do not make a valid case: " + e.Message);
            return Reject();
        }

        _report.Accept(0);
        return new ImportedCase(line, serviceCase, _durations.ToArray());
    }

    /// <summary>The case's attributes: the group, when its cell is not empty; one read-only dictionary per group name.</summary>
    private IReadOnlyDictionary<string, string> GroupAttributes(ImportCells cells)
    {
        string group = _groupTexts.Get(cells.Chars(_group.Index, _scratch));
        if (group.Length == 0)
        {
            return ReadOnlyDictionary<string, string>.Empty;
        }

        if (!_groupAttributes.TryGetValue(group, out IReadOnlyDictionary<string, string>? attributes))
        {
            attributes = ModelValidation.CopyAttributes(new Dictionary<string, string>(StringComparer.Ordinal) { ["group"] = group }, "attributes");
            if (_groupAttributes.Count < ImportTextPool.Limit)
            {
                _groupAttributes.Add(group, attributes);
            }
        }

        return attributes;
    }

    private ImportedCase? Reject()
    {
        _report.Reject(_errors);
        return null;
    }

    private void AddDuration(ServiceMetric metric, TimeBasis basis, long? minutes)
    {
        if (minutes is long m)
        {
            _durations.Add(new HelpdeskDuration(metric, basis, Duration.FromMinutes(m)));
        }
    }

    private static Instant Max(Instant a, Instant? b, Instant? c = null)
    {
        Instant max = a;
        if (b > max)
        {
            max = b.Value;
        }

        if (c > max)
        {
            max = c.Value;
        }

        return max;
    }

    private static string Show(Instant instant) => instant.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    private Instant? Time(long line, ImportCells cells, Col column, bool required)
    {
        if (!column.Mapped)
        {
            return null;
        }

        if (cells.TryGetTime(column.Index, out Instant typed, out LocalDateTime local, out bool isInstant))
        {
            if (isInstant)
            {
                return typed;
            }

            string shown = local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
            if (_m.Zone is null)
            {
                Add(line, column, shown, ImportErrorReason.UnparseableTime, "the time is a timestamp without time zone; set ServiceCaseMapping.Zone to say where it was written.");
                return null;
            }

            if (_time.TryResolve(local, _m.Zone, shown, out Instant resolved, out ImportErrorReason why, out string detail))
            {
                return resolved;
            }

            Add(line, column, shown, why, detail);
            return null;
        }

        ReadOnlySpan<char> chars = cells.Chars(column.Index, _scratch);
        if (chars.IsEmpty && !required)
        {
            return null;
        }

        if (_time.TryParseFast(chars, out Instant fast))
        {
            return fast;
        }

        string text = cells.Text(column.Index);
        if (_time.TryParse(text, null, out Instant at, out ImportErrorReason reason, out string message))
        {
            return at;
        }

        Add(line, column, text, reason, message);
        return null;
    }

    private long? Minutes(long line, ImportCells cells, Col column)
    {
        if (!column.Mapped)
        {
            return null;
        }

        ReadOnlySpan<char> chars = cells.Chars(column.Index, _scratch);
        if (chars.IsEmpty)
        {
            return null;
        }

        if (long.TryParse(chars, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value <= 100L * 366 * 24 * 60)
        {
            return value;
        }

        string text = cells.Text(column.Index);
        Add(line, column, text, ImportErrorReason.InvalidNumber, $"{ImportRowError.Quote(text)} is not a whole number of minutes (0 or more, digits only).");
        return null;
    }

    private void Add(long line, Col column, string raw, ImportErrorReason reason, string detail) =>
        _errors.Add(ImportRowError.Create(line, _rowId, column.Name, raw, reason, detail));
}
