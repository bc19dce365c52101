using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CxCore.Analysis;
using CxCore.Charts;
using CxCore.Journeys;
using CxCore.Ratings;
using NodaTime;

namespace CxCore.Serialization;

// The JSON forms of trends, journey maps, tables and charts (docs/json.md, "Results").

/// <summary>
/// <c>{"start":"2025-01-01","end":"2025-01-31","label":"2025-01","counts":…,"value":34.1,"interval":…,"change":…}</c>.
/// </summary>
internal sealed class TrendPointConverter : CxConverter<TrendPoint>
{
    internal static readonly TrendPointConverter Instance = new();
    private static readonly string[] Members = ["start", "end", "label", "counts", "value", "interval", "change"];

    internal override TrendPoint ReadJson(JsonIn json)
    {
        json.Object("a trend point", Members, Members);
        LocalDate start = json["start"].LocalDate(), end = json["end"].LocalDate();
        DateInterval dates = json.Construct("trend point", () => new DateInterval(start, end));
        return new TrendPoint(
            dates,
            json["label"].String(),
            RatingCountsConverter.Instance.ReadJson(json["counts"]),
            json["value"].Double(),
            ConfidenceIntervalConverter.Instance.ReadJson(json["interval"]),
            ScoreComparisonConverter.Instance.ReadJson(json["change"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, TrendPoint value)
    {
        writer.WriteStartObject();
        writer.LocalDate("start", value.Start);
        writer.LocalDate("end", value.End);
        writer.WriteString("label", value.Label);
        writer.Value("counts", value.Counts, RatingCountsConverter.Instance);
        writer.Number("value", value.Value);
        writer.Value("interval", value.Interval, ConfidenceIntervalConverter.Instance);
        writer.Value("change", value.Change, ScoreComparisonConverter.Instance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// The settings, the counts of every calendar period (<c>periods</c>, what is read back) and the points computed from
/// them (<c>points</c>, written for readers; not read: they are recomputed).
/// </summary>
internal sealed class TrendResultConverter : CxConverter<TrendResult>
{
    internal static readonly TrendResultConverter Instance = new();
    private static readonly string[] Members = ["metric", "period", "zone", "confidence", "windowPeriods", "periods", "points"];
    private static readonly string[] Required = ["metric", "period", "zone", "confidence", "windowPeriods", "periods"];
    private static readonly string[] PeriodMembers = ["start", "end", "counts"];

    internal override TrendResult ReadJson(JsonIn json)
    {
        json.Object("a trend", Members, Required);
        RatingMetric metric = json["metric"].Enum<RatingMetric>();
        CalendarPeriod period = json["period"].Enum<CalendarPeriod>();
        DateTimeZone zone = json["zone"].Zone();
        double confidence = json["confidence"].Double();
        int window = json["windowPeriods"].Int32();
        var periods = new List<DateInterval>();
        var counts = new List<RatingCounts>();
        foreach (JsonIn item in json["periods"].Items("the periods"))
        {
            item.Object("a trend period", PeriodMembers, PeriodMembers);
            LocalDate start = item["start"].LocalDate(), end = item["end"].LocalDate();
            periods.Add(item.Construct("period", () => new DateInterval(start, end)));
            counts.Add(RatingCountsConverter.Instance.ReadJson(item["counts"]));
        }

        if (periods.Count == 0 || window < 1 || window > periods.Count)
        {
            throw json["windowPeriods"].Fail($"A trend needs at least one period and a window of 1 to {periods.Count} periods; found {window}.");
        }

        if (!(confidence > 0 && confidence < 1))
        {
            throw json["confidence"].Fail("The confidence level must lie strictly between 0 and 1.");
        }

        return new TrendResult(metric, period, zone, confidence, periods, counts, window);
    }

    internal override void WriteJson(Utf8JsonWriter writer, TrendResult value)
    {
        writer.WriteStartObject();
        writer.Enum("metric", value.Metric);
        writer.Enum("period", value.Period);
        writer.WriteString("zone", value.Zone.Id);
        writer.Number("confidence", value.Confidence);
        writer.WriteNumber("windowPeriods", value.WindowPeriods);
        writer.WriteStartArray("periods");
        for (int i = 0; i < value.PeriodDates.Count; i++)
        {
            writer.WriteStartObject();
            writer.LocalDate("start", value.PeriodDates[i].Start);
            writer.LocalDate("end", value.PeriodDates[i].End);
            writer.Value("counts", value.PeriodCounts[i], RatingCountsConverter.Instance);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.List("points", value.Points, TrendPointConverter.Instance);
        writer.WriteEndObject();
    }
}

internal sealed class JourneyMapCellConverter : CxConverter<JourneyMapCell>
{
    internal static readonly JourneyMapCellConverter Instance = new();
    private static readonly string[] Members =
        ["stage", "channel", "department", "volume", "meanSignal", "painPointCost", "npsCounts", "csatCounts", "cesCounts", "nps", "csat", "ces"];

    private static readonly string[] Required =
        ["stage", "channel", "department", "volume", "meanSignal", "painPointCost", "npsCounts", "csatCounts", "cesCounts"];

    internal override JourneyMapCell ReadJson(JsonIn json)
    {
        json.Object("a journey map cell", Members, Required);
        return new JourneyMapCell(
            json["stage"].Model(ModelJson.ReadStage),
            ModelJsonValues.Channel(json["channel"]),
            ModelJsonValues.Department(json["department"]),
            json["volume"].Int64(),
            json["meanSignal"].Double(),
            json["painPointCost"].Double(),
            RatingCountsConverter.Instance.ReadJson(json["npsCounts"]),
            RatingCountsConverter.Instance.ReadJson(json["csatCounts"]),
            RatingCountsConverter.Instance.ReadJson(json["cesCounts"]));
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyMapCell value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("stage");
        ModelJson.WriteStage(writer, value.Stage);
        writer.WriteString("channel", value.Channel.Name);
        writer.WriteString("department", value.Department.Name);
        writer.WriteNumber("volume", value.Volume);
        writer.Number("meanSignal", value.MeanSignal);
        writer.Number("painPointCost", value.PainPointCost);
        writer.Value("npsCounts", value.NpsCounts, RatingCountsConverter.Instance);
        writer.Value("csatCounts", value.CsatCounts, RatingCountsConverter.Instance);
        writer.Value("cesCounts", value.CesCounts, RatingCountsConverter.Instance);
        writer.Value("nps", value.Nps, NetPromoterScoreConverter.Instance);
        writer.Value("csat", value.Csat, SatisfactionScoreConverter.Instance);
        writer.Value("ces", value.Ces, EffortScoreConverter.Instance);
        writer.WriteEndObject();
    }
}

internal sealed class PainPointImpactConverter : CxConverter<PainPointImpact>
{
    internal static readonly PainPointImpactConverter Instance = new();
    private static readonly string[] Members = ["kind", "stage", "channel", "department", "count", "impact"];

    internal override PainPointImpact ReadJson(JsonIn json)
    {
        json.Object("a pain point impact", Members, Members);
        return new PainPointImpact(
            json["kind"].Enum<PainPointKind>(),
            json["stage"].Model(ModelJson.ReadStage),
            ModelJsonValues.Channel(json["channel"]),
            ModelJsonValues.Department(json["department"]),
            json["count"].Int64(),
            json["impact"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, PainPointImpact value)
    {
        writer.WriteStartObject();
        writer.Enum("kind", value.Kind);
        writer.WritePropertyName("stage");
        ModelJson.WriteStage(writer, value.Stage);
        writer.WriteString("channel", value.Channel.Name);
        writer.WriteString("department", value.Department.Name);
        writer.WriteNumber("count", value.Count);
        writer.Number("impact", value.Impact);
        writer.WriteEndObject();
    }
}

internal sealed class DepartmentImpactConverter : CxConverter<DepartmentImpact>
{
    internal static readonly DepartmentImpactConverter Instance = new();
    private static readonly string[] Members = ["department", "count", "impact"];

    internal override DepartmentImpact ReadJson(JsonIn json)
    {
        json.Object("a department impact", Members, Members);
        return new DepartmentImpact(ModelJsonValues.Department(json["department"]), json["count"].Int64(), json["impact"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, DepartmentImpact value)
    {
        writer.WriteStartObject();
        writer.WriteString("department", value.Department.Name);
        writer.WriteNumber("count", value.Count);
        writer.Number("impact", value.Impact);
        writer.WriteEndObject();
    }
}

internal sealed class PainPointConverter : CxConverter<PainPoint>
{
    internal static readonly PainPointConverter Instance = new();
    private static readonly string[] Members = ["kind", "touchpoint", "cost"];

    internal override PainPoint ReadJson(JsonIn json)
    {
        json.Object("a pain point", Members, Members);
        return new PainPoint(json["kind"].Enum<PainPointKind>(), json["touchpoint"].Model(ModelJson.ReadTouchpoint), json["cost"].Double());
    }

    internal override void WriteJson(Utf8JsonWriter writer, PainPoint value)
    {
        writer.WriteStartObject();
        writer.Enum("kind", value.Kind);
        writer.WritePropertyName("touchpoint");
        ModelJson.WriteTouchpoint(writer, value.Touchpoint);
        writer.Number("cost", value.Cost);
        writer.WriteEndObject();
    }
}

internal sealed class JourneyMapConverter : CxConverter<JourneyMap>
{
    internal static readonly JourneyMapConverter Instance = new();
    private static readonly string[] Members =
        ["journeyCount", "touchpointCount", "stageChannelCells", "stageDepartmentCells", "topPainPoints", "impactByDepartment"];

    internal override JourneyMap ReadJson(JsonIn json)
    {
        json.Object("a journey map", Members, Members);
        return JourneyMap.FromParts(
            json["journeyCount"].Int32(),
            json["touchpointCount"].Int64(),
            ReadList(json["stageChannelCells"], JourneyMapCellConverter.Instance, "the stage–channel cells"),
            ReadList(json["stageDepartmentCells"], JourneyMapCellConverter.Instance, "the stage–department cells"),
            ReadList(json["topPainPoints"], PainPointImpactConverter.Instance, "the top pain points"),
            ReadList(json["impactByDepartment"], DepartmentImpactConverter.Instance, "the impact by department"));
    }

    internal override void WriteJson(Utf8JsonWriter writer, JourneyMap value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("journeyCount", value.JourneyCount);
        writer.WriteNumber("touchpointCount", value.TouchpointCount);
        writer.List("stageChannelCells", value.StageChannelCells, JourneyMapCellConverter.Instance);
        writer.List("stageDepartmentCells", value.StageDepartmentCells, JourneyMapCellConverter.Instance);
        writer.List("topPainPoints", value.TopPainPoints, PainPointImpactConverter.Instance);
        writer.List("impactByDepartment", value.ImpactByDepartment, DepartmentImpactConverter.Instance);
        writer.WriteEndObject();
    }

    internal static IReadOnlyList<T> ReadList<T>(JsonIn json, CxConverter<T> converter, string what)
    {
        List<JsonIn> items = json.Items(what);
        var values = new T[items.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (items[i].IsNull)
            {
                throw items[i].Fail($"{what} hold a null element.");
            }

            values[i] = converter.ReadJson(items[i]);
        }

        return Array.AsReadOnly(values);
    }
}

/// <summary>
/// <c>{"columns":["label","value"],"rows":[["2025-01",34.5],["2025-02",null]]}</c>. Text cells are strings, <c>long</c>
/// cells integers, <c>double</c> cells numbers written with a decimal point or exponent (<c>5.0</c>), empty cells
/// <c>null</c>; a non-finite <c>double</c> is <c>{"double":"NaN"}</c> (or <c>"Infinity"</c>, <c>"-Infinity"</c>) so that
/// it stays distinct from an empty cell and from text.
/// </summary>
internal sealed class ResultTableConverter : CxConverter<ResultTable>
{
    internal static readonly ResultTableConverter Instance = new();
    private static readonly string[] Members = ["columns", "rows"];
    private static readonly string[] DoubleMembers = ["double"];

    internal override ResultTable ReadJson(JsonIn json)
    {
        json.Object("a result table", Members, Members);
        var columns = new List<string>();
        foreach (JsonIn column in json["columns"].Items("the columns"))
        {
            columns.Add(column.String());
        }

        var rows = new List<object?[]>();
        foreach (JsonIn row in json["rows"].Items("the rows"))
        {
            List<JsonIn> cells = row.Items("a row");
            var values = new object?[cells.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = ReadCell(cells[i]);
            }

            rows.Add(values);
        }

        return json.Construct("result table", () => ResultTable.FromRows(columns, rows));
    }

    private static object? ReadCell(JsonIn cell)
    {
        JsonElement e = cell.Element;
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return e.GetString();
            case JsonValueKind.Number:
                string raw = e.GetRawText();
                return raw.AsSpan().IndexOfAny(".eE") < 0 && e.TryGetInt64(out long whole) ? (object)whole : e.GetDouble();
            case JsonValueKind.Object:
                cell.Object("a non-finite number cell", DoubleMembers, DoubleMembers);
                return cell["double"].String() switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    string other => throw cell.Fail($"'{other}' is not NaN, Infinity or -Infinity."),
                };
            default:
                throw cell.Fail("A cell is a string, a number, null or {\"double\":\"NaN\"}.");
        }
    }

    internal override void WriteJson(Utf8JsonWriter writer, ResultTable value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("columns");
        foreach (string column in value.Columns)
        {
            writer.WriteStringValue(column);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        for (int r = 0; r < value.RowCount; r++)
        {
            writer.WriteStartArray();
            for (int c = 0; c < value.Columns.Count; c++)
            {
                switch (value[r, c])
                {
                    case null: writer.WriteNullValue(); break;
                    case string text: writer.WriteStringValue(text); break;
                    case long whole: writer.WriteNumberValue(whole); break;
                    case double number: WriteDouble(writer, number); break;
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteStartObject();
            writer.WriteString("double", double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
            writer.WriteEndObject();
            return;
        }

        string text = value.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.AsSpan().IndexOfAny(".E") < 0 ? text + ".0" : text, skipInputValidation: true);
    }
}

/// <summary><c>{"name":"nps-trend","spec":{…the Vega-Lite specification…}}</c>; the specification is embedded as JSON, exactly as <see cref="ChartSpec.Json"/>.</summary>
internal sealed class ChartSpecConverter : CxConverter<ChartSpec>
{
    internal static readonly ChartSpecConverter Instance = new();
    private static readonly string[] Members = ["name", "spec"];

    internal override ChartSpec ReadJson(JsonIn json)
    {
        json.Object("a chart", Members, Members);
        JsonIn spec = json["spec"];
        if (spec.Element.ValueKind != JsonValueKind.Object)
        {
            throw spec.Fail("The chart's 'spec' must be a Vega-Lite specification (a JSON object).");
        }

        string name = json["name"].String();
        return json.Construct("chart", () => new ChartSpec(name, spec.Element.GetRawText()));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ChartSpec value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("spec");
        writer.WriteRawValue(value.Json);
        writer.WriteEndObject();
    }
}

/// <summary>Reads the named model values inside result types.</summary>
internal static class ModelJsonValues
{
    internal static CustomerId CustomerId(JsonIn json)
    {
        string text = json.String();
        try
        {
            return ModelJson.ToCustomerId(text);
        }
        catch (JsonException ex)
        {
            throw json.Fail(ex.Message, ex.InnerException);
        }
    }

    internal static Channel Channel(JsonIn json)
    {
        string text = json.String();
        try
        {
            return ModelJson.ToChannel(text);
        }
        catch (JsonException ex)
        {
            throw json.Fail(ex.Message, ex.InnerException);
        }
    }

    internal static Department Department(JsonIn json)
    {
        string text = json.String();
        try
        {
            return ModelJson.ToDepartment(text);
        }
        catch (JsonException ex)
        {
            throw json.Fail(ex.Message, ex.InnerException);
        }
    }
}

/// <summary>The data of a chart: a JSON array of row objects, exactly as the chart's Vega-Lite <c>data.values</c>.</summary>
internal sealed class ChartDataConverter : CxConverter<ChartData>
{
    internal static readonly ChartDataConverter Instance = new();

    internal override ChartData ReadJson(JsonIn json)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (JsonIn row in json.Items("the chart rows"))
        {
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach ((string name, JsonIn value) in row.Members("a chart row"))
            {
                JsonElement e = value.Element;
                fields.Add(name, e.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => e.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => e.GetRawText().AsSpan().IndexOfAny(".eE") < 0 && e.TryGetInt64(out long whole) ? (object)whole : e.GetDouble(),
                    _ => throw value.Fail("A chart field is a string, a number, a boolean or null."),
                });
            }

            rows.Add(fields);
        }

        return json.Construct("chart data", () => ChartData.FromRows(rows));
    }

    internal override void WriteJson(Utf8JsonWriter writer, ChartData value) => value.WriteValues(writer);
}
