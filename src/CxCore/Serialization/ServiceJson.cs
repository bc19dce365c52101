using System;
using System.Collections.Generic;
using System.Text.Json;
using CxCore.Service;
using NodaTime;
using NodaTime.Text;

namespace CxCore.Serialization;

// The JSON forms of the service values and of the service report (docs/json.md, "Service").

internal sealed class SlaAttainmentConverter : CxConverter<SlaAttainment>
{
    internal static readonly SlaAttainmentConverter Instance = new();
    private static readonly string[] Members = ["achieved", "breached", "pending", "rate"];
    private static readonly string[] Required = ["achieved", "breached", "pending"];

    internal override SlaAttainment ReadJson(JsonIn json)
    {
        json.Object("an SLA attainment", Members, Required);
        long achieved = json["achieved"].Int64(), breached = json["breached"].Int64(), pending = json["pending"].Int64();
        if (achieved < 0 || breached < 0 || pending < 0)
        {
            throw json.Fail("SLA attainment counts must not be negative.");
        }

        return new SlaAttainment(achieved, breached, pending);
    }

    internal override void WriteJson(Utf8JsonWriter writer, SlaAttainment value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("achieved", value.Achieved);
        writer.WriteNumber("breached", value.Breached);
        writer.WriteNumber("pending", value.Pending);
        writer.Number("rate", value.Rate);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"target":"4:00:00","basis":"business"}</c>.</summary>
internal sealed class SlaTargetConverter : CxConverter<SlaTarget>
{
    internal static readonly SlaTargetConverter Instance = new();
    private static readonly string[] Members = ["target", "basis"];

    internal override SlaTarget ReadJson(JsonIn json)
    {
        json.Object("an SLA target", Members, Members);
        Duration target = json["target"].OptionalDuration() ?? throw json["target"].Fail("An SLA target needs a duration.");
        TimeBasis basis = json["basis"].Enum<TimeBasis>();
        return json.Construct("SLA target", () => basis == TimeBasis.Business ? SlaTarget.FromBusinessTime(target) : SlaTarget.FromCalendarTime(target));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SlaTarget value)
    {
        writer.WriteStartObject();
        writer.Duration("target", value.Target);
        writer.Enum("basis", value.Basis);
        writer.WriteEndObject();
    }
}

internal sealed class SlaResultConverter : CxConverter<SlaResult>
{
    internal static readonly SlaResultConverter Instance = new();
    private static readonly string[] Members = ["outcome", "elapsed", "target"];

    internal override SlaResult ReadJson(JsonIn json)
    {
        json.Object("an SLA result", Members, Members);
        Duration elapsed = json["elapsed"].OptionalDuration() ?? throw json["elapsed"].Fail("An SLA result needs the elapsed time.");
        SlaTarget? target = json["target"].IsNull ? null : SlaTargetConverter.Instance.ReadJson(json["target"]);
        return new SlaResult(json["outcome"].Enum<SlaOutcome>(), elapsed, target);
    }

    internal override void WriteJson(Utf8JsonWriter writer, SlaResult value)
    {
        writer.WriteStartObject();
        writer.Enum("outcome", value.Outcome);
        writer.Duration("elapsed", value.Elapsed);
        writer.OptionalValue("target", value.Target, SlaTargetConverter.Instance);

        writer.WriteEndObject();
    }
}

/// <summary><c>{"targets":[{"metric":"firstReply","priority":"urgent","target":"1:00:00","basis":"business"}]}</c>: the targets that are set.</summary>
internal sealed class SlaPolicyConverter : CxConverter<SlaPolicy>
{
    internal static readonly SlaPolicyConverter Instance = new();
    private static readonly string[] Members = ["targets"];
    private static readonly string[] TargetMembers = ["metric", "priority", "target", "basis"];

    internal override SlaPolicy ReadJson(JsonIn json)
    {
        json.Object("an SLA policy", Members, Members);
        SlaPolicy policy = SlaPolicy.None;
        var seen = new HashSet<(SlaMetric, CasePriority)>();
        foreach (JsonIn item in json["targets"].Items("the targets"))
        {
            item.Object("an SLA policy target", TargetMembers, TargetMembers);
            SlaMetric metric = item["metric"].Enum<SlaMetric>();
            CasePriority priority = item["priority"].Enum<CasePriority>();
            if (!seen.Add((metric, priority)))
            {
                throw item.Fail($"The target for {metric} at {priority} priority occurs twice.");
            }

            Duration target = item["target"].OptionalDuration() ?? throw item["target"].Fail("An SLA target needs a duration.");
            SlaTarget slaTarget = item.Construct("SLA target", () => item["basis"].Enum<TimeBasis>() == TimeBasis.Business
                ? SlaTarget.FromBusinessTime(target)
                : SlaTarget.FromCalendarTime(target));
            policy = item.Construct("SLA policy", () => policy.With(metric, priority, slaTarget));
        }

        return policy;
    }

    internal override void WriteJson(Utf8JsonWriter writer, SlaPolicy value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("targets");
        foreach (SlaMetric metric in Enum.GetValues<SlaMetric>())
        {
            foreach (CasePriority priority in Enum.GetValues<CasePriority>())
            {
                if (value.TargetFor(metric, priority) is { } target)
                {
                    writer.WriteStartObject();
                    writer.Enum("metric", metric);
                    writer.Enum("priority", priority);
                    writer.Duration("target", target.Target);
                    writer.Enum("basis", target.Basis);
                    writer.WriteEndObject();
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary><c>{"day":"monday","start":"09:00:00","end":"17:00:00","endsNextDay":false}</c>; times as NodaTime's <c>LocalTimePattern.ExtendedIso</c>.</summary>
internal sealed class BusinessHoursConverter : CxConverter<BusinessHours>
{
    internal static readonly BusinessHoursConverter Instance = new();
    private static readonly string[] Members = ["day", "start", "end", "endsNextDay"];

    internal override BusinessHours ReadJson(JsonIn json)
    {
        json.Object("business hours", Members, Members);
        IsoDayOfWeek day = json["day"].Enum<IsoDayOfWeek>();
        LocalTime start = Time(json["start"]), end = Time(json["end"]);
        bool overnight = json["endsNextDay"].Boolean();
        return json.Construct("set of business hours", () => overnight ? BusinessHours.FromOvernightTimes(day, start, end) : BusinessHours.FromTimes(day, start, end));
    }

    internal override void WriteJson(Utf8JsonWriter writer, BusinessHours value)
    {
        writer.WriteStartObject();
        writer.Enum("day", value.Day);
        writer.WriteString("start", LocalTimePattern.ExtendedIso.Format(value.Start));
        writer.WriteString("end", LocalTimePattern.ExtendedIso.Format(value.End));
        writer.WriteBoolean("endsNextDay", value.EndsNextDay);
        writer.WriteEndObject();
    }

    private static LocalTime Time(JsonIn json)
    {
        string text = json.String();
        ParseResult<LocalTime> result = LocalTimePattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : throw json.Fail($"'{text}' is not a valid time of day: {result.Exception.Message}", result.Exception);
    }
}

/// <summary><c>{"timeZone":"Europe/London","hours":[…],"holidays":["2025-12-25"]}</c>.</summary>
internal sealed class BusinessCalendarConverter : CxConverter<BusinessCalendar>
{
    internal static readonly BusinessCalendarConverter Instance = new();
    private static readonly string[] Members = ["timeZone", "hours", "holidays"];

    internal override BusinessCalendar ReadJson(JsonIn json)
    {
        json.Object("a business calendar", Members, Members);
        var options = new BusinessCalendarOptions { TimeZone = json["timeZone"].Zone() };
        foreach (JsonIn hours in json["hours"].Items("the hours"))
        {
            options.Hours.Add(BusinessHoursConverter.Instance.ReadJson(hours));
        }

        foreach (JsonIn holiday in json["holidays"].Items("the holidays"))
        {
            if (!options.Holidays.Add(holiday.LocalDate()))
            {
                throw holiday.Fail("The holiday occurs twice.");
            }
        }

        return json.Construct("business calendar", () => BusinessCalendar.FromOptions(options));
    }

    internal override void WriteJson(Utf8JsonWriter writer, BusinessCalendar value)
    {
        writer.WriteStartObject();
        writer.WriteString("timeZone", value.TimeZone.Id);
        writer.List("hours", value.Hours, BusinessHoursConverter.Instance);
        writer.WriteStartArray("holidays");
        foreach (LocalDate holiday in value.Holidays)
        {
            writer.WriteStringValue(NodaJson.FormatLocalDate(holiday));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary><c>{"count":12,"mean":"5:30:00","median":"4:00:00","p90":"12:00:00"}</c>; durations <c>null</c> when there are none.</summary>
internal sealed class DurationSummaryConverter : CxConverter<DurationSummary>
{
    internal static readonly DurationSummaryConverter Instance = new();
    private static readonly string[] Members = ["count", "mean", "median", "p90"];

    internal override DurationSummary ReadJson(JsonIn json)
    {
        json.Object("a duration summary", Members, Members);
        long count = json["count"].Int64();
        Duration? mean = json["mean"].OptionalDuration(), median = json["median"].OptionalDuration(), p90 = json["p90"].OptionalDuration();
        if (count < 0 || (count == 0) != (mean is null) || (mean is null) != (median is null) || (mean is null) != (p90 is null))
        {
            throw json.Fail("A duration summary has a non-negative count, and mean, median and p90 exactly when the count is positive.");
        }

        return new DurationSummary(count, mean, median, p90);
    }

    internal override void WriteJson(Utf8JsonWriter writer, DurationSummary value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.Duration("mean", value.Mean);
        writer.Duration("median", value.Median);
        writer.Duration("p90", value.P90);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"durations":["0:30:00","1:00:00"]}</c>: the durations in ascending order.</summary>
internal sealed class DurationDistributionConverter : CxConverter<DurationDistribution>
{
    internal static readonly DurationDistributionConverter Instance = new();
    private static readonly string[] Members = ["durations"];

    internal override DurationDistribution ReadJson(JsonIn json)
    {
        json.Object("a duration distribution", Members, Members);
        var durations = new List<Duration>();
        foreach (JsonIn item in json["durations"].Items("the durations"))
        {
            durations.Add(item.OptionalDuration() ?? throw item.Fail("A duration distribution holds no null durations."));
        }

        return json.Construct("duration distribution", () => DurationDistribution.FromDurations(durations));
    }

    internal override void WriteJson(Utf8JsonWriter writer, DurationDistribution value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("durations");
        foreach (Duration duration in value.Sorted)
        {
            writer.WriteStringValue(NodaJson.FormatDuration(duration));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

internal sealed class ResolutionStepConverter : CxConverter<ResolutionStep>
{
    internal static readonly ResolutionStepConverter Instance = new();
    private static readonly string[] Members = ["time", "atRisk", "resolved", "censored", "survival", "greenwoodSum"];

    internal override ResolutionStep ReadJson(JsonIn json)
    {
        json.Object("a resolution step", Members, Members);
        Duration time = json["time"].OptionalDuration() ?? throw json["time"].Fail("A resolution step needs its time.");
        return new ResolutionStep(time, json["atRisk"].Int64(), json["resolved"].Int64(), json["censored"].Int64(), json["survival"].Double(), json["greenwoodSum"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, ResolutionStep value)
    {
        writer.WriteStartObject();
        writer.Duration("time", value.Time);
        writer.WriteNumber("atRisk", value.AtRisk);
        writer.WriteNumber("resolved", value.Resolved);
        writer.WriteNumber("censored", value.Censored);
        writer.Number("survival", value.Survival);
        writer.Number("greenwoodSum", value.GreenwoodSum);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"count":40,"resolvedCount":31,"steps":[…]}</c>: the Kaplan–Meier steps.</summary>
internal sealed class ResolutionCurveConverter : CxConverter<ResolutionCurve>
{
    internal static readonly ResolutionCurveConverter Instance = new();
    private static readonly string[] Members = ["count", "resolvedCount", "steps"];

    internal override ResolutionCurve ReadJson(JsonIn json)
    {
        json.Object("a resolution curve", Members, Members);
        IReadOnlyList<ResolutionStep> steps = JourneyMapConverter.ReadList(json["steps"], ResolutionStepConverter.Instance, "the steps");
        ResolutionStep[] array = [.. steps];
        for (int i = 1; i < array.Length; i++)
        {
            if (array[i].Time <= array[i - 1].Time)
            {
                throw json["steps"].Fail("The steps of a resolution curve are in strictly increasing time.");
            }
        }

        return new ResolutionCurve(array, json["count"].Int64(), json["resolvedCount"].Int64());
    }

    internal override void WriteJson(Utf8JsonWriter writer, ResolutionCurve value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("resolvedCount", value.ResolvedCount);
        writer.List("steps", value.Steps, ResolutionStepConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// A service report is saved as what it was computed from (<c>asOf</c>, <c>calendar</c>, <c>policy</c>,
/// <c>segmentAttribute</c>, <c>cases</c>), which is what is read back (the metrics are recomputed, exactly), and its table
/// (<c>table</c>, the segments' metrics for readers in other languages; not read).
/// </summary>
internal sealed class ServiceMetricsConverter : CxConverter<ServiceMetrics>
{
    internal static readonly ServiceMetricsConverter Instance = new();
    private static readonly string[] Members = ["asOf", "calendar", "policy", "segmentAttribute", "cases", "table"];
    private static readonly string[] Required = ["asOf", "calendar", "policy", "segmentAttribute", "cases"];

    internal override ServiceMetrics ReadJson(JsonIn json)
    {
        json.Object("a service report", Members, Required);
        Instant asOf = json["asOf"].Instant();
        BusinessCalendar calendar = BusinessCalendarConverter.Instance.ReadJson(json["calendar"]);
        SlaPolicy policy = SlaPolicyConverter.Instance.ReadJson(json["policy"]);
        string? attribute = json["segmentAttribute"].OptionalString();
        var cases = new List<ServiceCase>();
        foreach (JsonIn item in json["cases"].Items("the cases"))
        {
            cases.Add(item.Model(ModelJson.ReadServiceCase));
        }

        return json.Construct("service report", () => ServiceMetrics.Compute(cases, calendar, policy, asOf, attribute));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ServiceMetrics value)
    {
        writer.WriteStartObject();
        writer.Instant("asOf", value.AsOf);
        writer.Value("calendar", value.Calendar, BusinessCalendarConverter.Instance);
        writer.Value("policy", value.Policy, SlaPolicyConverter.Instance);
        writer.OptionalString("segmentAttribute", value.SegmentAttribute);

        writer.WriteStartArray("cases");
        foreach (ServiceCase serviceCase in value.SourceCases)
        {
            ModelJson.WriteServiceCase(writer, serviceCase);
        }

        writer.WriteEndArray();
        writer.Value("table", value.ToTable(), ResultTableConverter.Instance);
        writer.WriteEndObject();
    }
}
