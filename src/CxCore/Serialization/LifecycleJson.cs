using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CxCore.Analysis;
using CxCore.Lifecycle;
using CxCore.Service;
using NodaTime;

namespace CxCore.Serialization;

// The JSON forms of the lifecycle values and results (docs/json.md, "Lifecycle").

/// <summary><c>{"customer":"C-1","at":"2025-01-03T10:00:00Z","value":12.5}</c>; <c>value</c> left out when the event has none.</summary>
internal sealed class ActivityEventConverter : CxConverter<ActivityEvent>
{
    internal static readonly ActivityEventConverter Instance = new();
    private static readonly string[] Members = ["customer", "at", "value"];
    private static readonly string[] Required = ["customer", "at"];

    internal override ActivityEvent ReadJson(JsonIn json)
    {
        json.Object("an activity event", Members, Required);
        CustomerId customer = LifecycleJson.Customer(json["customer"]);
        Instant at = json["at"].Instant();
        if (customer.IsEmpty)
        {
            return json.Has("value") || at != default
                ? throw json.Fail("An activity event has a customer; only the default event (no value, at 1970-01-01T00:00:00Z) has none.")
                : default;
        }

        return json.Has("value")
            ? json.Construct("activity event", () => new ActivityEvent(customer, at, json["value"].Double()))
            : new ActivityEvent(customer, at);
    }

    internal override void WriteJson(Utf8JsonWriter writer, ActivityEvent value)
    {
        writer.WriteStartObject();
        writer.WriteString("customer", value.Customer.Value);
        writer.Instant("at", value.At);
        if (value.HasValue)
        {
            writer.Number("value", value.RawValue);
        }

        writer.WriteEndObject();
    }
}

/// <summary><c>{"customer","birth","frequency","recency","tenure","monetaryValue","holdoutFrequency","holdoutTotalValue"}</c> (NaN as <c>null</c>).</summary>
internal sealed class CustomerActivityConverter : CxConverter<CustomerActivity>
{
    internal static readonly CustomerActivityConverter Instance = new();
    private static readonly string[] Members = ["customer", "birth", "frequency", "recency", "tenure", "monetaryValue", "holdoutFrequency", "holdoutTotalValue"];

    internal override CustomerActivity ReadJson(JsonIn json)
    {
        json.Object("a customer activity", Members, Members);
        int frequency = json["frequency"].Int32(), holdout = json["holdoutFrequency"].Int32();
        if (frequency < 0 || holdout < 0)
        {
            throw json.Fail("The frequencies of a customer activity are zero or more.");
        }

        return new CustomerActivity(
            LifecycleJson.Customer(json["customer"]), json["birth"].Instant(), frequency, json["recency"].Double(), json["tenure"].Double(),
            json["monetaryValue"].Double(), holdout, json["holdoutTotalValue"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, CustomerActivity value)
    {
        writer.WriteStartObject();
        writer.WriteString("customer", value.Customer.Value);
        writer.Instant("birth", value.Birth);
        writer.WriteNumber("frequency", value.Frequency);
        writer.Number("recency", value.Recency);
        writer.Number("tenure", value.Tenure);
        writer.Number("monetaryValue", value.MonetaryValue);
        writer.WriteNumber("holdoutFrequency", value.HoldoutFrequency);
        writer.Number("holdoutTotalValue", value.HoldoutTotalValue);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"timeUnit":"168:00:00","repeatRule":"distinctDays","zone":"UTC","calibrationEnd","holdoutEnd","laterCustomerCount","eventsAfterEnd","customers":[…]}</c>;
/// <c>holdoutEnd</c> is <c>null</c> without a holdout.
/// </summary>
internal sealed class ActivitySummaryConverter : CxConverter<ActivitySummary>
{
    internal static readonly ActivitySummaryConverter Instance = new();
    private static readonly string[] Members = ["timeUnit", "repeatRule", "zone", "calibrationEnd", "holdoutEnd", "laterCustomerCount", "eventsAfterEnd", "customers"];
    private static readonly string[] Required = ["timeUnit", "repeatRule", "zone", "calibrationEnd", "laterCustomerCount", "eventsAfterEnd", "customers"];

    internal override ActivitySummary ReadJson(JsonIn json)
    {
        json.Object("an activity summary", Members, Required);
        Duration unit = OptionsJson.Duration(json["timeUnit"]);
        if (unit <= Duration.Zero)
        {
            throw json["timeUnit"].Fail("The time unit of an activity summary is positive.");
        }

        Instant end = json["calibrationEnd"].Instant();
        Instant? holdout = json.Has("holdoutEnd") ? json["holdoutEnd"].Instant() : null;
        if (holdout <= end)
        {
            throw json["holdoutEnd"].Fail("The holdout end is after the calibration end.");
        }

        CustomerActivity[] customers = [.. JourneyMapConverter.ReadList(json["customers"], CustomerActivityConverter.Instance, "the customers")];
        return new ActivitySummary(
            customers, unit, json["repeatRule"].Enum<RepeatRule>(), json["zone"].Zone(), end, holdout,
            LifecycleJson.Count(json["laterCustomerCount"]), LifecycleJson.Count(json["eventsAfterEnd"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ActivitySummary value)
    {
        writer.WriteStartObject();
        writer.Duration("timeUnit", value.TimeUnit);
        writer.Enum("repeatRule", value.RepeatRule);
        writer.WriteString("zone", value.Zone.Id);
        writer.Instant("calibrationEnd", value.CalibrationEnd);
        writer.OptionalInstant("holdoutEnd", value.HoldoutEnd);
        writer.WriteNumber("laterCustomerCount", value.LaterCustomerCount);
        writer.WriteNumber("eventsAfterEnd", value.EventsAfterEnd);
        writer.List("customers", value.Customers, CustomerActivityConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"timeUnit":"168:00:00","timeZoneId":"UTC","repeatRule":"distinctDays","holdoutEnd":null}</c>: every setting, all required.</summary>
internal sealed class ActivitySummaryOptionsConverter : CxConverter<ActivitySummaryOptions>
{
    internal static readonly ActivitySummaryOptionsConverter Instance = new();
    private static readonly string[] Members = ["timeUnit", "timeZoneId", "repeatRule", "holdoutEnd"];

    internal override ActivitySummaryOptions ReadJson(JsonIn json)
    {
        json.Object("activity summary options", Members, Members);
        return new ActivitySummaryOptions
        {
            TimeUnit = OptionsJson.Duration(json["timeUnit"]),
            TimeZoneId = json["timeZoneId"].String(),
            RepeatRule = json["repeatRule"].Enum<RepeatRule>(),
            HoldoutEnd = json["holdoutEnd"].IsNull ? null : json["holdoutEnd"].Instant(),
        };
    }

    internal override void WriteJson(Utf8JsonWriter writer, ActivitySummaryOptions value)
    {
        writer.WriteStartObject();
        writer.Duration("timeUnit", value.TimeUnit);
        writer.WriteString("timeZoneId", value.TimeZoneId);
        writer.Enum("repeatRule", value.RepeatRule);
        writer.OptionalInstant("holdoutEnd", value.HoldoutEnd);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"period":"month","timeZoneId":"UTC","definition":"activeInPeriod","level":0.95}</c>: every setting, all required.</summary>
internal sealed class CohortRetentionOptionsConverter : CxConverter<CohortRetentionOptions>
{
    internal static readonly CohortRetentionOptionsConverter Instance = new();
    private static readonly string[] Members = ["period", "timeZoneId", "definition", "level"];

    internal override CohortRetentionOptions ReadJson(JsonIn json)
    {
        json.Object("cohort retention options", Members, Members);
        return new CohortRetentionOptions
        {
            Period = json["period"].Enum<CalendarPeriod>(),
            TimeZoneId = json["timeZoneId"].String(),
            Definition = json["definition"].Enum<RetentionDefinition>(),
            Level = json["level"].Double(),
        };
    }

    internal override void WriteJson(Utf8JsonWriter writer, CohortRetentionOptions value)
    {
        writer.WriteStartObject();
        writer.Enum("period", value.Period);
        writer.WriteString("timeZoneId", value.TimeZoneId);
        writer.Enum("definition", value.Definition);
        writer.Number("level", value.Level);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"periodsSinceAcquisition":1,"cohortSize":4,"retained":3,"retainedShare":0.75,"interval":{…}}</c>; <c>retainedShare</c> derived.</summary>
internal sealed class RetentionCellConverter : CxConverter<RetentionCell>
{
    internal static readonly RetentionCellConverter Instance = new();
    private static readonly string[] Members = ["periodsSinceAcquisition", "cohortSize", "retained", "retainedShare", "interval"];
    private static readonly string[] Required = ["periodsSinceAcquisition", "cohortSize", "retained", "interval"];

    internal override RetentionCell ReadJson(JsonIn json)
    {
        json.Object("a retention cell", Members, Required);
        int period = json["periodsSinceAcquisition"].Int32();
        long size = json["cohortSize"].Int64(), retained = json["retained"].Int64();
        if (period < 0 || size < 0 || retained < 0 || retained > size)
        {
            throw json.Fail("A retention cell has periodsSinceAcquisition ≥ 0 and 0 ≤ retained ≤ cohortSize.");
        }

        return new RetentionCell(period, size, retained, ConfidenceIntervalConverter.Instance.ReadJson(json["interval"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, RetentionCell value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("periodsSinceAcquisition", value.PeriodsSinceAcquisition);
        writer.WriteNumber("cohortSize", value.CohortSize);
        writer.WriteNumber("retained", value.Retained);
        writer.Number("retainedShare", value.RetainedShare);
        writer.Value("interval", value.Interval, ConfidenceIntervalConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"start":"2025-01-01","end":"2025-01-31","label":"2025-01","size":4,"cells":[…]}</c>: the period's first and last day.</summary>
internal sealed class RetentionCohortConverter : CxConverter<RetentionCohort>
{
    internal static readonly RetentionCohortConverter Instance = new();
    private static readonly string[] Members = ["start", "end", "label", "size", "cells"];

    internal override RetentionCohort ReadJson(JsonIn json)
    {
        json.Object("a retention cohort", Members, Members);
        LocalDate start = json["start"].LocalDate(), end = json["end"].LocalDate();
        DateInterval period = json.Construct("cohort period", () => new DateInterval(start, end));
        RetentionCell[] cells = [.. JourneyMapConverter.ReadList(json["cells"], RetentionCellConverter.Instance, "the cells")];
        return new RetentionCohort(period, json["label"].String(), LifecycleJson.Count(json["size"]), Array.AsReadOnly(cells));
    }

    internal override void WriteJson(Utf8JsonWriter writer, RetentionCohort value)
    {
        writer.WriteStartObject();
        writer.LocalDate("start", value.Period.Start);
        writer.LocalDate("end", value.Period.End);
        writer.WriteString("label", value.Label);
        writer.WriteNumber("size", value.Size);
        writer.List("cells", value.Cells, RetentionCellConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"period":"month","zone":"UTC","definition":"activeInPeriod","level":0.95,"asOf","eventsAfterAsOf","customersAfterAsOf","cohorts":[…]}</c>.</summary>
internal sealed class CohortRetentionConverter : CxConverter<CohortRetention>
{
    internal static readonly CohortRetentionConverter Instance = new();
    private static readonly string[] Members = ["period", "zone", "definition", "level", "asOf", "eventsAfterAsOf", "customersAfterAsOf", "cohorts"];

    internal override CohortRetention ReadJson(JsonIn json)
    {
        json.Object("a cohort retention", Members, Members);
        RetentionCohort[] cohorts = [.. JourneyMapConverter.ReadList(json["cohorts"], RetentionCohortConverter.Instance, "the cohorts")];
        return new CohortRetention(
            json["period"].Enum<CalendarPeriod>(), json["zone"].Zone(), json["definition"].Enum<RetentionDefinition>(), json["level"].Double(),
            json["asOf"].Instant(), cohorts, LifecycleJson.Count(json["eventsAfterAsOf"]), LifecycleJson.Count(json["customersAfterAsOf"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, CohortRetention value)
    {
        writer.WriteStartObject();
        writer.Enum("period", value.Period);
        writer.WriteString("zone", value.Zone.Id);
        writer.Enum("definition", value.Definition);
        writer.Number("level", value.Level);
        writer.Instant("asOf", value.AsOf);
        writer.WriteNumber("eventsAfterAsOf", value.EventsAfterAsOf);
        writer.WriteNumber("customersAfterAsOf", value.CustomersAfterAsOf);
        writer.List("cohorts", value.Cohorts, RetentionCohortConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"time":"72:00:00","atRisk":2,"events":1,"censored":0,"survival":0.25,"greenwoodSum":0.75}</c>.</summary>
internal sealed class SurvivalStepConverter : CxConverter<SurvivalStep>
{
    internal static readonly SurvivalStepConverter Instance = new();
    private static readonly string[] Members = ["time", "atRisk", "events", "censored", "survival", "greenwoodSum"];

    internal override SurvivalStep ReadJson(JsonIn json)
    {
        json.Object("a survival step", Members, Members);
        return new SurvivalStep(
            OptionsJson.Duration(json["time"]), json["atRisk"].Int64(), json["events"].Int64(), json["censored"].Int64(), json["survival"].Double(), json["greenwoodSum"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, SurvivalStep value)
    {
        writer.WriteStartObject();
        writer.Duration("time", value.Time);
        writer.WriteNumber("atRisk", value.AtRisk);
        writer.WriteNumber("events", value.Events);
        writer.WriteNumber("censored", value.Censored);
        writer.Number("survival", value.Survival);
        writer.Number("greenwoodSum", value.GreenwoodSum);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"count":4,"eventCount":3,"steps":[…]}</c>: the Kaplan–Meier steps (as a resolution curve's, with events for resolutions).</summary>
internal sealed class SurvivalCurveConverter : CxConverter<SurvivalCurve>
{
    internal static readonly SurvivalCurveConverter Instance = new();
    private static readonly string[] Members = ["count", "eventCount", "steps"];

    internal override SurvivalCurve ReadJson(JsonIn json)
    {
        json.Object("a survival curve", Members, Members);
        IReadOnlyList<SurvivalStep> steps = JourneyMapConverter.ReadList(json["steps"], SurvivalStepConverter.Instance, "the steps");
        var array = new ResolutionStep[steps.Count];
        for (int i = 0; i < array.Length; i++)
        {
            SurvivalStep s = steps[i];
            if (i > 0 && s.Time <= steps[i - 1].Time)
            {
                throw json["steps"].Fail("The steps of a survival curve are in strictly increasing time.");
            }

            array[i] = new ResolutionStep(s.Time, s.AtRisk, s.Events, s.Censored, s.Survival, s.GreenwoodSum);
        }

        return new SurvivalCurve(new ResolutionCurve(array, LifecycleJson.Count(json["count"]), LifecycleJson.Count(json["eventCount"])));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SurvivalCurve value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("eventCount", value.EventCount);
        writer.List("steps", value.Steps, SurvivalStepConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"group":"promoters","time":"720:00:00","event":true}</c>; <c>default</c> has the group <c>""</c>.</summary>
internal sealed class SurvivalObservationConverter : CxConverter<SurvivalObservation>
{
    internal static readonly SurvivalObservationConverter Instance = new();
    private static readonly string[] Members = ["group", "time", "event"];

    internal override SurvivalObservation ReadJson(JsonIn json)
    {
        json.Object("a survival observation", Members, Members);
        string group = json["group"].String();
        Duration time = OptionsJson.Duration(json["time"]);
        bool happened = json["event"].Boolean();
        if (group.Length == 0)
        {
            return time == Duration.Zero && !happened ? default : throw json.Fail("Only the default survival observation has an empty group (with time 0 and no event).");
        }

        return json.Construct("survival observation", () => new SurvivalObservation(group, time, happened));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SurvivalObservation value)
    {
        writer.WriteStartObject();
        writer.WriteString("group", value.Group);
        writer.Duration("time", value.Time);
        writer.WriteBoolean("event", value.Event);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"name":"promoters","expectedEvents":3.2,"curve":{SurvivalCurve}}</c>; the count and observed events are the curve's.</summary>
internal sealed class SurvivalGroupConverter : CxConverter<SurvivalGroup>
{
    internal static readonly SurvivalGroupConverter Instance = new();
    private static readonly string[] Members = ["name", "expectedEvents", "curve"];

    internal override SurvivalGroup ReadJson(JsonIn json)
    {
        json.Object("a survival group", Members, Members);
        return new SurvivalGroup(json["name"].String(), SurvivalCurveConverter.Instance.ReadJson(json["curve"]), json["expectedEvents"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, SurvivalGroup value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.Number("expectedEvents", value.ExpectedEvents);
        writer.Value("curve", value.Curve, SurvivalCurveConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"chiSquare":4.1,"degreesOfFreedom":2,"pValue":0.13,"ungroupedCount":0,"groups":[…]}</c>; <c>pValue</c> derived.</summary>
internal sealed class SurvivalComparisonConverter : CxConverter<SurvivalComparison>
{
    internal static readonly SurvivalComparisonConverter Instance = new();
    private static readonly string[] Members = ["chiSquare", "degreesOfFreedom", "pValue", "ungroupedCount", "groups"];
    private static readonly string[] Required = ["chiSquare", "degreesOfFreedom", "ungroupedCount", "groups"];

    internal override SurvivalComparison ReadJson(JsonIn json)
    {
        json.Object("a survival comparison", Members, Required);
        SurvivalGroup[] groups = [.. JourneyMapConverter.ReadList(json["groups"], SurvivalGroupConverter.Instance, "the groups")];
        int df = json["degreesOfFreedom"].Int32();
        if (df < 0 || (groups.Length > 0 && df >= groups.Length))
        {
            throw json["degreesOfFreedom"].Fail("The degrees of freedom are at least 0 and less than the number of groups.");
        }

        return new SurvivalComparison(groups, json["chiSquare"].Double(), df, LifecycleJson.Count(json["ungroupedCount"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, SurvivalComparison value)
    {
        writer.WriteStartObject();
        writer.Number("chiSquare", value.ChiSquare);
        writer.WriteNumber("degreesOfFreedom", value.DegreesOfFreedom);
        writer.Number("pValue", value.PValue);
        writer.WriteNumber("ungroupedCount", value.UngroupedCount);
        writer.List("groups", value.Groups, SurvivalGroupConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"name":"nps","coefficient":-0.3466,"standardError":1.4355}</c>: z, p-value and hazard ratio follow from these two.</summary>
internal sealed class CoxCoefficientConverter : CxConverter<CoxCoefficient>
{
    internal static readonly CoxCoefficientConverter Instance = new();
    private static readonly string[] Members = ["name", "coefficient", "standardError"];

    internal override CoxCoefficient ReadJson(JsonIn json)
    {
        json.Object("a Cox coefficient", Members, Members);
        return new CoxCoefficient(json["name"].String(), json["coefficient"].Double(), json["standardError"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, CoxCoefficient value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.Number("coefficient", value.Coefficient);
        writer.Number("standardError", value.StandardError);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"name":"nps","values":[1,0,1]}</c>.</summary>
internal sealed class CoxCovariateConverter : CxConverter<CoxCovariate>
{
    internal static readonly CoxCovariateConverter Instance = new();
    private static readonly string[] Members = ["name", "values"];

    internal override CoxCovariate ReadJson(JsonIn json)
    {
        json.Object("a Cox covariate", Members, Members);
        string name = json["name"].String();
        double[] values = [.. json["values"].Items("the values").Select(v => v.Double())];
        return json.Construct("Cox covariate", () => CoxCovariate.From(name, values));
    }

    internal override void WriteJson(Utf8JsonWriter writer, CoxCovariate value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteStartArray("values");
        foreach (double v in value.ValueArray)
        {
            writer.NumberValue(v);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"ties":"efron","count":3,"eventCount":3,"logLikelihood":…,"nullLogLikelihood":…,"iterations":4,"converged":true,"coefficients":[…]}</c>;
/// the likelihood-ratio test follows from the two log-likelihoods.
/// </summary>
internal sealed class CoxModelConverter : CxConverter<CoxModel>
{
    internal static readonly CoxModelConverter Instance = new();
    private static readonly string[] Members = ["ties", "count", "eventCount", "logLikelihood", "nullLogLikelihood", "iterations", "converged", "coefficients"];

    internal override CoxModel ReadJson(JsonIn json)
    {
        json.Object("a Cox model", Members, Members);
        CoxCoefficient[] coefficients = [.. JourneyMapConverter.ReadList(json["coefficients"], CoxCoefficientConverter.Instance, "the coefficients")];
        if (coefficients.Length == 0)
        {
            throw json["coefficients"].Fail("A Cox model has at least one coefficient.");
        }

        long count = LifecycleJson.Count(json["count"]), events = LifecycleJson.Count(json["eventCount"]);
        if (events > count)
        {
            throw json["eventCount"].Fail("A Cox model has at most as many events as subjects.");
        }

        return new CoxModel(
            coefficients, json["ties"].Enum<CoxTieMethod>(), count, events, json["logLikelihood"].Double(), json["nullLogLikelihood"].Double(),
            json["iterations"].Int32(), json["converged"].Boolean());
    }

    internal override void WriteJson(Utf8JsonWriter writer, CoxModel value)
    {
        writer.WriteStartObject();
        writer.Enum("ties", value.Ties);
        writer.WriteNumber("count", value.Count);
        writer.WriteNumber("eventCount", value.EventCount);
        writer.Number("logLikelihood", value.LogLikelihood);
        writer.Number("nullLogLikelihood", value.NullLogLikelihood);
        writer.WriteNumber("iterations", value.Iterations);
        writer.WriteBoolean("converged", value.Converged);
        writer.List("coefficients", value.Coefficients, CoxCoefficientConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"name":"r","estimate":0.243,"logStandardError":0.052,"standardError":0.0126}</c>; <c>standardError</c> (estimate × logStandardError) derived.</summary>
internal sealed class ModelParameterConverter : CxConverter<ModelParameter>
{
    internal static readonly ModelParameterConverter Instance = new();
    private static readonly string[] Members = ["name", "estimate", "logStandardError", "standardError"];
    private static readonly string[] Required = ["name", "estimate", "logStandardError"];

    internal override ModelParameter ReadJson(JsonIn json)
    {
        json.Object("a model parameter", Members, Required);
        return new ModelParameter(json["name"].String(), json["estimate"].Double(), json["logStandardError"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, ModelParameter value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.Number("estimate", value.Estimate);
        writer.Number("logStandardError", value.LogStandardError);
        writer.Number("standardError", value.StandardError);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"converged":true,"iterations":31,"evaluations":40,"gradientNorm":2.1e-7,"logLikelihood":-9582.43,"count":2357}</c>.</summary>
internal sealed class FitDiagnosticsConverter : CxConverter<FitDiagnostics>
{
    internal static readonly FitDiagnosticsConverter Instance = new();
    private static readonly string[] Members = ["converged", "iterations", "evaluations", "gradientNorm", "logLikelihood", "count"];

    internal override FitDiagnostics ReadJson(JsonIn json)
    {
        json.Object("fit diagnostics", Members, Members);
        return new FitDiagnostics(
            json["converged"].Boolean(), json["iterations"].Int32(), json["evaluations"].Int32(), json["gradientNorm"].Double(), json["logLikelihood"].Double(),
            json["count"].Int64());
    }

    internal override void WriteJson(Utf8JsonWriter writer, FitDiagnostics value)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("converged", value.Converged);
        writer.WriteNumber("iterations", value.Iterations);
        writer.WriteNumber("evaluations", value.Evaluations);
        writer.Number("gradientNorm", value.GradientNorm);
        writer.Number("logLikelihood", value.LogLikelihood);
        writer.WriteNumber("count", value.Count);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"parameters":[r, alpha, a, b],"diagnostics":{…}|null}</c>: the parameters by name in that order.</summary>
internal sealed class BgNbdModelConverter : CxConverter<BgNbdModel>
{
    internal static readonly BgNbdModelConverter Instance = new();
    private static readonly string[] Members = ["parameters", "diagnostics"];
    private static readonly string[] Names = ["r", "alpha", "a", "b"];

    internal override BgNbdModel ReadJson(JsonIn json)
    {
        json.Object("a BG/NBD model", Members, Members);
        ModelParameter[] p = LifecycleJson.Parameters(json["parameters"], Names);
        return new BgNbdModel(p[0], p[1], p[2], p[3], LifecycleJson.Diagnostics(json["diagnostics"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, BgNbdModel value) => LifecycleJson.WriteModel(writer, value.Parameters, value.Diagnostics);
}

/// <summary><c>{"parameters":[p, q, gamma],"diagnostics":{…}|null}</c>: the parameters by name in that order.</summary>
internal sealed class GammaGammaModelConverter : CxConverter<GammaGammaModel>
{
    internal static readonly GammaGammaModelConverter Instance = new();
    private static readonly string[] Members = ["parameters", "diagnostics"];
    private static readonly string[] Names = ["p", "q", "gamma"];

    internal override GammaGammaModel ReadJson(JsonIn json)
    {
        json.Object("a Gamma-Gamma model", Members, Members);
        ModelParameter[] p = LifecycleJson.Parameters(json["parameters"], Names);
        return new GammaGammaModel(p[0], p[1], p[2], LifecycleJson.Diagnostics(json["diagnostics"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, GammaGammaModel value) => LifecycleJson.WriteModel(writer, value.Parameters, value.Diagnostics);
}

/// <summary><c>{"stage":{LifecycleStage},"reached":40,"share":0.4,"stepShare":0.8}</c>; the shares are stored as computed.</summary>
internal sealed class StageFunnelStepConverter : CxConverter<StageFunnelStep>
{
    internal static readonly StageFunnelStepConverter Instance = new();
    private static readonly string[] Members = ["stage", "reached", "share", "stepShare"];

    internal override StageFunnelStep ReadJson(JsonIn json)
    {
        json.Object("a stage funnel step", Members, Members);
        return StageFunnelStep.Restore(json["stage"].Model(ModelJson.ReadStage), LifecycleJson.Count(json["reached"]), json["share"].Double(), json["stepShare"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, StageFunnelStep value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("stage");
        ModelJson.WriteStage(writer, value.Stage);
        writer.WriteNumber("reached", value.Reached);
        writer.Number("share", value.Share);
        writer.Number("stepShare", value.StepShare);
        writer.WriteEndObject();
    }
}

/// <summary><c>{"customerCount":100,"steps":[…]}</c>.</summary>
internal sealed class StageFunnelConverter : CxConverter<StageFunnel>
{
    internal static readonly StageFunnelConverter Instance = new();
    private static readonly string[] Members = ["customerCount", "steps"];

    internal override StageFunnel ReadJson(JsonIn json)
    {
        json.Object("a stage funnel", Members, Members);
        StageFunnelStep[] steps = [.. JourneyMapConverter.ReadList(json["steps"], StageFunnelStepConverter.Instance, "the steps")];
        return new StageFunnel(steps, LifecycleJson.Count(json["customerCount"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, StageFunnel value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("customerCount", value.CustomerCount);
        writer.List("steps", value.Steps, StageFunnelStepConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"model":{LifecycleModel},"asOf","touchpointsAfterAsOf","customers":[{"stages":["Lead","Demo"],"starts":[…]}]}</c>: each customer's
/// stage episodes (stage names and start instants), which is what is read; the time-in-stage curves are recomputed.
/// </summary>
internal sealed class StageFlowConverter : CxConverter<StageFlow>
{
    internal static readonly StageFlowConverter Instance = new();
    private static readonly string[] Members = ["model", "asOf", "touchpointsAfterAsOf", "customers"];
    private static readonly string[] CustomerMembers = ["stages", "starts"];

    internal override StageFlow ReadJson(JsonIn json)
    {
        json.Object("a stage flow", Members, Members);
        LifecycleModel model = json["model"].Model(ModelJson.ReadModel);
        Instant asOf = json["asOf"].Instant();
        List<JsonIn> items = json["customers"].Items("the customers");
        int[][] stages = new int[items.Count][];
        Instant[][] starts = new Instant[items.Count][];
        for (int c = 0; c < items.Count; c++)
        {
            JsonIn item = items[c].Object("a customer's stage episodes", CustomerMembers, CustomerMembers);
            List<JsonIn> names = item["stages"].Items("the stages"), times = item["starts"].Items("the starts");
            if (names.Count == 0 || names.Count != times.Count)
            {
                throw item.Fail("A customer has at least one episode, and as many starts as stages.");
            }

            stages[c] = new int[names.Count];
            starts[c] = new Instant[names.Count];
            for (int e = 0; e < names.Count; e++)
            {
                string name = names[e].String();
                stages[c][e] = model.TryGetStage(name, out LifecycleStage? stage)
                    ? stage.Ordinal
                    : throw names[e].Fail($"The lifecycle model '{model.Name}' has no stage '{name}'.");
                starts[c][e] = times[e].Instant();
                if (starts[c][e] >= asOf || (e > 0 && (starts[c][e] < starts[c][e - 1] || stages[c][e] == stages[c][e - 1])))
                {
                    throw times[e].Fail("Episodes start before asOf, in time order, and a stage never follows itself.");
                }
            }
        }

        return new StageFlow(model, asOf, stages, starts, LifecycleJson.Count(json["touchpointsAfterAsOf"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, StageFlow value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("model");
        ModelJson.WriteModel(writer, value.Model);
        writer.Instant("asOf", value.AsOf);
        writer.WriteNumber("touchpointsAfterAsOf", value.TouchpointsAfterAsOf);
        writer.WriteStartArray("customers");
        for (int c = 0; c < value.EpisodeStages.Length; c++)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("stages");
            foreach (int stage in value.EpisodeStages[c])
            {
                writer.WriteStringValue(value.Model.Stages[stage].Name);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("starts");
            foreach (Instant start in value.EpisodeStarts[c])
            {
                writer.WriteStringValue(NodaJson.FormatInstant(start));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"model":{LifecycleModel},"from","to","counts":[[…]]}</c>: one row per stage at <c>from</c>, then a last row for the customers who
/// entered in the window, each with one count per stage at <c>to</c> (in the model's stage order).
/// </summary>
internal sealed class StageTransitionsConverter : CxConverter<StageTransitions>
{
    internal static readonly StageTransitionsConverter Instance = new();
    private static readonly string[] Members = ["model", "from", "to", "counts"];

    internal override StageTransitions ReadJson(JsonIn json)
    {
        json.Object("stage transitions", Members, Members);
        LifecycleModel model = json["model"].Model(ModelJson.ReadModel);
        int m = model.Stages.Count;
        List<JsonIn> rows = json["counts"].Items("the counts");
        if (rows.Count != m + 1)
        {
            throw json["counts"].Fail($"Stage transitions of a model with {m} stages have {m + 1} rows of counts.");
        }

        long[,] counts = new long[m + 1, m];
        for (int r = 0; r <= m; r++)
        {
            List<JsonIn> cells = rows[r].Items("a row of counts");
            if (cells.Count != m)
            {
                throw rows[r].Fail($"Each row of counts has one count per stage ({m}).");
            }

            for (int c = 0; c < m; c++)
            {
                // Row 0 inside is "entered"; in the JSON it is the last row.
                counts[r == m ? 0 : r + 1, c] = LifecycleJson.Count(cells[c]);
            }
        }

        return new StageTransitions(model, json["from"].Instant(), json["to"].Instant(), counts);
    }

    internal override void WriteJson(Utf8JsonWriter writer, StageTransitions value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("model");
        ModelJson.WriteModel(writer, value.Model);
        writer.Instant("from", value.From);
        writer.Instant("to", value.To);
        writer.WriteStartArray("counts");
        foreach (LifecycleStage? from in value.Model.Stages.Select(static s => (LifecycleStage?)s).Append(null))
        {
            writer.WriteStartArray();
            foreach (LifecycleStage to in value.Model.Stages)
            {
                writer.WriteNumberValue(value.Count(from, to));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>Helpers shared by the lifecycle converters.</summary>
internal static class LifecycleJson
{
    internal static CustomerId Customer(JsonIn json) => json.Construct("customer id", () => ModelJson.ToCustomerId(json.String()));

    /// <summary>A count: a whole number, zero or more.</summary>
    internal static long Count(JsonIn json)
    {
        long value = json.Int64();
        return value >= 0 ? value : throw json.Fail($"Expected a count (zero or more), but found {value}.");
    }

    /// <summary>Reads the model parameters that synthetic lifecycle options and their ground truth share (the options' other settings keep their defaults).</summary>
    internal static CxCore.Simulation.SyntheticLifecycleOptions ReadParameters(JsonIn json) => new()
    {
        TimeUnit = OptionsJson.Duration(json["timeUnit"]),
        R = json["r"].Double(),
        Alpha = json["alpha"].Double(),
        A = json["a"].Double(),
        B = json["b"].Double(),
        P = json["p"].Double(),
        Q = json["q"].Double(),
        Gamma = json["gamma"].Double(),
        SatisfactionDropoutCorrelation = json["satisfactionDropoutCorrelation"].Double(),
    };

    /// <summary>Writes the model parameters that synthetic lifecycle options and their ground truth share.</summary>
    internal static void WriteParameters(
        Utf8JsonWriter writer, Duration timeUnit, double r, double alpha, double a, double b, double p, double q, double gamma, double correlation)
    {
        writer.Duration("timeUnit", timeUnit);
        writer.Number("r", r);
        writer.Number("alpha", alpha);
        writer.Number("a", a);
        writer.Number("b", b);
        writer.Number("p", p);
        writer.Number("q", q);
        writer.Number("gamma", gamma);
        writer.Number("satisfactionDropoutCorrelation", correlation);
    }

    /// <summary>Reads an object keyed by customer id (each id non-empty, once).</summary>
    internal static IReadOnlyDictionary<CustomerId, T> CustomerMap<T>(JsonIn json, Func<JsonIn, T> read)
    {
        var map = new Dictionary<CustomerId, T>();
        foreach ((string key, JsonIn value) in json.Members("a map keyed by customer id"))
        {
            if (!map.TryAdd(json.Construct("customer id", () => CustomerId.From(key)), read(value)))
            {
                throw json.Fail($"The customer id '{key}' occurs twice.");
            }
        }

        return map.AsReadOnly();
    }

    internal static FitDiagnostics? Diagnostics(JsonIn json) => json.IsNull ? null : FitDiagnosticsConverter.Instance.ReadJson(json);

    /// <summary>Reads a model's parameters, which must be <paramref name="names"/> in that order, each estimate positive and finite.</summary>
    internal static ModelParameter[] Parameters(JsonIn json, string[] names)
    {
        IReadOnlyList<ModelParameter> parameters = JourneyMapConverter.ReadList(json, ModelParameterConverter.Instance, "the parameters");
        if (parameters.Count != names.Length)
        {
            throw json.Fail($"Expected the parameters {string.Join(", ", names)}, in that order.");
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (!string.Equals(parameters[i].Name, names[i], StringComparison.Ordinal) || !(parameters[i].Estimate > 0) || !double.IsFinite(parameters[i].Estimate))
            {
                throw json.Fail($"Expected the parameters {string.Join(", ", names)}, in that order, each with a positive and finite estimate.");
            }
        }

        return [.. parameters];
    }

    internal static void WriteModel(Utf8JsonWriter writer, IReadOnlyList<ModelParameter> parameters, FitDiagnostics? diagnostics)
    {
        writer.WriteStartObject();
        writer.List("parameters", parameters, ModelParameterConverter.Instance);
        writer.OptionalValue("diagnostics", diagnostics, FitDiagnosticsConverter.Instance);

        writer.WriteEndObject();
    }
}

/// <summary><c>{"seed":42,"timeUnit":"168:00:00","r":1,"alpha":4,"a":1,"b":1,"p":6,"q":4,"gamma":15,"satisfactionDropoutCorrelation":-0.9}</c>: every setting, all required.</summary>
internal sealed class SyntheticLifecycleOptionsConverter : CxConverter<CxCore.Simulation.SyntheticLifecycleOptions>
{
    internal static readonly SyntheticLifecycleOptionsConverter Instance = new();
    private static readonly string[] Members = ["seed", "timeUnit", "r", "alpha", "a", "b", "p", "q", "gamma", "satisfactionDropoutCorrelation"];

    internal override CxCore.Simulation.SyntheticLifecycleOptions ReadJson(JsonIn json)
    {
        json.Object("synthetic lifecycle options", Members, Members);
        CxCore.Simulation.SyntheticLifecycleOptions options = LifecycleJson.ReadParameters(json);
        options.Seed = json["seed"].Int32();
        return options;
    }

    internal override void WriteJson(Utf8JsonWriter writer, CxCore.Simulation.SyntheticLifecycleOptions value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("seed", value.Seed);
        LifecycleJson.WriteParameters(writer, value.TimeUnit, value.R, value.Alpha, value.A, value.B, value.P, value.Q, value.Gamma, value.SatisfactionDropoutCorrelation);
        writer.WriteEndObject();
    }
}

/// <summary>
/// <c>{"timeUnit","r","alpha","a","b","p","q","gamma","satisfactionDropoutCorrelation","purchaseRates":{"C-1":0.4},"dropoutProbabilities":{…},"spendRates":{…}}</c>;
/// the per-customer maps are keyed by customer id, sorted ordinally.
/// </summary>
internal sealed class LifecycleGroundTruthConverter : CxConverter<CxCore.Simulation.LifecycleGroundTruth>
{
    internal static readonly LifecycleGroundTruthConverter Instance = new();
    private static readonly string[] Members =
        ["timeUnit", "r", "alpha", "a", "b", "p", "q", "gamma", "satisfactionDropoutCorrelation", "purchaseRates", "dropoutProbabilities", "spendRates"];

    internal override CxCore.Simulation.LifecycleGroundTruth ReadJson(JsonIn json)
    {
        json.Object("a lifecycle ground truth", Members, Members);
        CxCore.Simulation.SyntheticLifecycleOptions options = LifecycleJson.ReadParameters(json);
        return new CxCore.Simulation.LifecycleGroundTruth(
            options, LifecycleJson.CustomerMap(json["purchaseRates"], v => v.Double()), LifecycleJson.CustomerMap(json["dropoutProbabilities"], v => v.Double()),
            LifecycleJson.CustomerMap(json["spendRates"], v => v.Double()));
    }

    internal override void WriteJson(Utf8JsonWriter writer, CxCore.Simulation.LifecycleGroundTruth value)
    {
        writer.WriteStartObject();
        LifecycleJson.WriteParameters(writer, value.TimeUnit, value.R, value.Alpha, value.A, value.B, value.P, value.Q, value.Gamma, value.SatisfactionDropoutCorrelation);
        OptionsJson.Map(writer, "purchaseRates", value.PurchaseRates.Select(p => (p.Key.Value, p.Value)));
        OptionsJson.Map(writer, "dropoutProbabilities", value.DropoutProbabilities.Select(p => (p.Key.Value, p.Value)));
        OptionsJson.Map(writer, "spendRates", value.SpendRates.Select(p => (p.Key.Value, p.Value)));
        writer.WriteEndObject();
    }
}

/// <summary><c>{"end","purchases":[ActivityEvent…],"churnedAt":{"C-1":"2025-03-01T00:00:00Z"},"groundTruth":{…}}</c>; <c>churnedAt</c> sorted by id.</summary>
internal sealed class SyntheticLifecycleDataConverter : CxConverter<CxCore.Simulation.SyntheticLifecycleData>
{
    internal static readonly SyntheticLifecycleDataConverter Instance = new();
    private static readonly string[] Members = ["end", "purchases", "churnedAt", "groundTruth"];

    internal override CxCore.Simulation.SyntheticLifecycleData ReadJson(JsonIn json)
    {
        json.Object("synthetic lifecycle data", Members, Members);
        return new CxCore.Simulation.SyntheticLifecycleData(
            JourneyMapConverter.ReadList(json["purchases"], ActivityEventConverter.Instance, "the purchases"),
            LifecycleJson.CustomerMap(json["churnedAt"], v => v.Instant()),
            json["end"].Instant(),
            LifecycleGroundTruthConverter.Instance.ReadJson(json["groundTruth"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, CxCore.Simulation.SyntheticLifecycleData value)
    {
        writer.WriteStartObject();
        writer.Instant("end", value.End);
        writer.List("purchases", value.Purchases, ActivityEventConverter.Instance);
        writer.WriteStartObject("churnedAt");
        foreach (KeyValuePair<CustomerId, Instant> pair in value.ChurnedAt.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            writer.Instant(pair.Key.Value, pair.Value);
        }

        writer.WriteEndObject();
        writer.Value("groundTruth", value.GroundTruth, LifecycleGroundTruthConverter.Instance);
        writer.WriteEndObject();
    }
}
