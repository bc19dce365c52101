using System;
using System.IO;
using System.Text;
using System.Text.Json;
using CxCore.Utility;

namespace CxCore.Charts;

/// <summary>
/// Builds Vega-Lite v5 specifications (<see cref="ChartSpec"/>) for the charts CX analysis needs: a score over time
/// with its interval band, a heatmap sized by volume, ranked bars with interval whiskers and a funnel.
/// </summary>
/// <remarks>
/// <para>
/// Specifications are plain JSON text with the data inlined; CxCore has no renderer dependency. The builders only
/// reference fields that every row has (checked, with a clear exception naming the missing field), write NaN as
/// missing, and keep categories in the order the data gives them where order matters (stages, funnel steps). Field
/// names with <c>.</c>, <c>[</c>, <c>]</c> or <c>'</c>, which Vega-Lite would read as nested paths, are escaped in the
/// specification's field references (<c>nps.mean</c> is written <c>nps\.mean</c>), so they name the flat field; a
/// field name with a backslash or a double quote, which Vega-Lite 5 cannot reference even escaped, is rejected with an
/// <see cref="ArgumentException"/>.
/// </para>
/// <para>The same inputs always give the same text, so specifications can be committed and diffed. Thread-safe.</para>
/// </remarks>
public static class VegaLite
{
    /// <summary>The Vega-Lite schema every specification declares.</summary>
    public const string SchemaUrl = "https://vega.github.io/schema/vega-lite/v5.json";

    /// <summary>Lines mark each data point with a dot up to this many rows; longer series (such as resolution curves) are drawn as plain lines.</summary>
    public const int MaxPointMarkers = 60;

    /// <summary>
    /// A line of <paramref name="y"/> over <paramref name="x"/>, with a shaded band from <paramref name="lower"/> to
    /// <paramref name="upper"/> when both are given: an NPS trend with its confidence band, or (with
    /// <paramref name="step"/>) a Kaplan–Meier curve with its confidence band.
    /// </summary>
    /// <param name="name">A file-friendly name for the chart, such as <c>nps-trend</c>.</param>
    /// <param name="data">The rows.</param>
    /// <param name="x">The horizontal field.</param>
    /// <param name="xKind">How to read <paramref name="x"/>.</param>
    /// <param name="y">The value field (quantitative).</param>
    /// <param name="lower">The band's lower field, or <see langword="null"/> for no band.</param>
    /// <param name="upper">The band's upper field, or <see langword="null"/> for no band.</param>
    /// <param name="series">A field that splits the data into coloured lines, or <see langword="null"/>.</param>
    /// <param name="step">Draw steps (value holds until the next point) instead of straight segments.</param>
    /// <param name="options">Title, size and axes; defaults when <see langword="null"/>.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not a file-friendly name; a field is blank or missing from a row; only one of
    /// <paramref name="lower"/> and <paramref name="upper"/> is given; or the options are invalid.
    /// </exception>
    public static ChartSpec LineWithBand(
        string name, ChartData data, string x, FieldKind xKind, string y, string? lower = null, string? upper = null,
        string? series = null, bool step = false, ChartOptions? options = null)
    {
        options = Checked(name, data, options);
        data.RequireField(x, nameof(x));
        data.RequireField(y, nameof(y));
        RequireInterval(data, lower, upper, "a band");
        data.RequireOptionalField(series, nameof(series));

        string? interpolate = step ? "step-after" : null;
        return Write(name, data, options, w =>
        {
            w.WriteStartArray("layer");
            if (lower is not null)
            {
                w.WriteStartObject();
                WriteMark(w, "area", interpolate, opacity: 0.25);
                w.WriteStartObject("encoding");
                WriteField(w, "x", x, xKind, options.XTitle ?? x, keepOrder: true);
                WriteField(w, "y", lower, FieldKind.Quantitative, options.YTitle ?? y, domain: options);
                w.WriteStartObject("y2");
                w.WriteString("field", FieldReference(upper!));
                w.WriteEndObject();
                WriteColor(w, series);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteStartObject();
            WriteMark(w, "line", interpolate, point: data.Count <= MaxPointMarkers);
            w.WriteStartObject("encoding");
            WriteField(w, "x", x, xKind, options.XTitle ?? x, keepOrder: true);
            WriteField(w, "y", y, FieldKind.Quantitative, options.YTitle ?? y, domain: options);
            WriteColor(w, series);
            WriteTooltip(w, x, y, lower, upper, series);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        });
    }

    /// <summary>
    /// A grid of <paramref name="x"/> × <paramref name="y"/> cells, each a square coloured by <paramref name="color"/>
    /// on a diverging red–yellow–green scale (centred on 0 when the colour domain is fixed around it) and, optionally, sized by <paramref name="size"/>: a journey
    /// map of stage × channel coloured by touchpoint signal and sized by volume.
    /// </summary>
    /// <param name="name">A file-friendly name for the chart.</param>
    /// <param name="data">The rows, one per cell.</param>
    /// <param name="x">The column field (kept in data order, e.g. lifecycle stages).</param>
    /// <param name="y">The row field (e.g. channels).</param>
    /// <param name="color">The quantitative colour field (e.g. mean signal in [−1, 1]).</param>
    /// <param name="size">The quantitative size field (e.g. volume), or <see langword="null"/> for equal squares.</param>
    /// <param name="options">Title, size and axes; <see cref="ChartOptions.ValueMin"/>/<see cref="ChartOptions.ValueMax"/> fix the colour domain.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">A name or field is blank or missing, or the options are invalid.</exception>
    public static ChartSpec Heatmap(string name, ChartData data, string x, string y, string color, string? size = null, ChartOptions? options = null)
    {
        options = Checked(name, data, options);
        data.RequireField(x, nameof(x));
        data.RequireField(y, nameof(y));
        data.RequireField(color, nameof(color));
        data.RequireOptionalField(size, nameof(size));

        return Write(name, data, options, w =>
        {
            WriteMark(w, "square", interpolate: null);
            w.WriteStartObject("encoding");
            WriteField(w, "x", x, FieldKind.Ordinal, options.XTitle ?? x, keepOrder: true);
            WriteField(w, "y", y, FieldKind.Nominal, options.YTitle ?? y, keepOrder: true);
            w.WriteStartObject("color");
            w.WriteString("field", FieldReference(color));
            w.WriteString("type", "quantitative");
            w.WriteStartObject("scale");
            w.WriteString("scheme", "redyellowgreen");
            if (options.ValueMin is double lo && options.ValueMax is double hi)
            {
                w.WriteStartArray("domain");
                w.WriteNumberValue(lo);
                w.WriteNumberValue(hi);
                w.WriteEndArray();
                if (lo < 0 && hi > 0)
                {
                    w.WriteNumber("domainMid", 0);
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
            if (size is not null)
            {
                w.WriteStartObject("size");
                w.WriteString("field", FieldReference(size));
                w.WriteString("type", "quantitative");
                w.WriteEndObject();
            }
            else
            {
                w.WriteStartObject("size");
                w.WriteNumber("value", 400);
                w.WriteEndObject();
            }

            WriteTooltip(w, x, y, color, size, null);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Horizontal bars of <paramref name="value"/> per <paramref name="category"/>, largest first, with interval
    /// whiskers from <paramref name="lower"/> to <paramref name="upper"/> when both are given: key-driver importance
    /// with bootstrap intervals, or scores by segment.
    /// </summary>
    /// <param name="name">A file-friendly name for the chart.</param>
    /// <param name="data">The rows, one per bar.</param>
    /// <param name="category">The category field.</param>
    /// <param name="value">The bar length field (quantitative).</param>
    /// <param name="lower">The whisker's lower field, or <see langword="null"/>.</param>
    /// <param name="upper">The whisker's upper field, or <see langword="null"/>.</param>
    /// <param name="options">Title, size and axes.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">A name or field is blank or missing, only one whisker field is given, or the options are invalid.</exception>
    public static ChartSpec RankedBars(string name, ChartData data, string category, string value, string? lower = null, string? upper = null, ChartOptions? options = null)
    {
        options = Checked(name, data, options);
        data.RequireField(category, nameof(category));
        data.RequireField(value, nameof(value));
        RequireInterval(data, lower, upper, "whiskers");

        return Write(name, data, options, w =>
        {
            w.WriteStartArray("layer");
            w.WriteStartObject();
            WriteMark(w, "bar", interpolate: null);
            w.WriteStartObject("encoding");
            WriteRankedCategory(w, category, value, options.YTitle ?? category);
            WriteField(w, "x", value, FieldKind.Quantitative, options.XTitle ?? value, domain: options);
            WriteTooltip(w, category, value, lower, upper, null);
            w.WriteEndObject();
            w.WriteEndObject();
            if (lower is not null)
            {
                w.WriteStartObject();
                WriteMark(w, "rule", interpolate: null);
                w.WriteStartObject("encoding");
                WriteRankedCategory(w, category, value, options.YTitle ?? category);
                WriteField(w, "x", lower, FieldKind.Quantitative, options.XTitle ?? value, domain: options);
                w.WriteStartObject("x2");
                w.WriteString("field", FieldReference(upper!));
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>
    /// A funnel: one horizontal bar per step, in data order, labelled with <paramref name="share"/> (formatted as a
    /// percentage) when given.
    /// </summary>
    /// <param name="name">A file-friendly name for the chart.</param>
    /// <param name="data">The rows, one per step, first step first.</param>
    /// <param name="step">The step field.</param>
    /// <param name="value">The number reaching the step.</param>
    /// <param name="share">A field with the share (0–1) reaching the step, or <see langword="null"/>.</param>
    /// <param name="options">Title, size and axes.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">A name or field is blank or missing, or the options are invalid.</exception>
    public static ChartSpec Funnel(string name, ChartData data, string step, string value, string? share = null, ChartOptions? options = null)
    {
        options = Checked(name, data, options);
        data.RequireField(step, nameof(step));
        data.RequireField(value, nameof(value));
        data.RequireOptionalField(share, nameof(share));

        return Write(name, data, options, w =>
        {
            w.WriteStartArray("layer");
            w.WriteStartObject();
            WriteMark(w, "bar", interpolate: null);
            w.WriteStartObject("encoding");
            WriteField(w, "y", step, FieldKind.Ordinal, options.YTitle ?? step, keepOrder: true);
            WriteField(w, "x", value, FieldKind.Quantitative, options.XTitle ?? value, domain: options);
            WriteTooltip(w, step, value, share, null, null);
            w.WriteEndObject();
            w.WriteEndObject();
            if (share is not null)
            {
                w.WriteStartObject();
                w.WriteStartObject("mark");
                w.WriteString("type", "text");
                w.WriteString("align", "left");
                w.WriteNumber("dx", 4);
                w.WriteEndObject();
                w.WriteStartObject("encoding");
                WriteField(w, "y", step, FieldKind.Ordinal, options.YTitle ?? step, keepOrder: true);
                WriteField(w, "x", value, FieldKind.Quantitative, options.XTitle ?? value, domain: options);
                w.WriteStartObject("text");
                w.WriteString("field", FieldReference(share));
                w.WriteString("type", "quantitative");
                w.WriteString("format", ".1%");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Checks a chart name, which becomes a file name: ASCII letters, digits, '-', '_' and '.', never "..".</summary>
    internal static void CheckChartName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        bool valid = !name.Contains("..", StringComparison.Ordinal);
        foreach (char c in name)
        {
            valid &= char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
        }

        Preconditions.CheckArgument(valid, nameof(name), $"The chart name '{name}' must use only ASCII letters, digits, '-', '_' and '.' (it becomes a file name).");
    }

    private static ChartOptions Checked(string name, ChartData data, ChartOptions? options)
    {
        CheckChartName(name);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new ChartOptions();
        options.Validate();
        return options;
    }

    private static void RequireInterval(ChartData data, string? lower, string? upper, string what)
    {
        if ((lower is null) != (upper is null))
        {
            throw new ArgumentException($"Give both lower and upper for {what}, or neither.", lower is null ? "lower" : "upper");
        }

        data.RequireOptionalField(lower, "lower");
        data.RequireOptionalField(upper, "upper");
    }

    private static ChartSpec Write(string name, ChartData data, ChartOptions options, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUrl);
            if (options.Title.Length > 0)
            {
                w.WriteString("title", options.Title);
            }

            w.WriteNumber("width", options.Width);
            w.WriteNumber("height", options.Height);
            w.WriteStartObject("data");
            w.WritePropertyName("values");
            data.WriteValues(w);
            w.WriteEndObject();
            body(w);
            w.WriteEndObject();
        }

        return new ChartSpec(name, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteMark(Utf8JsonWriter w, string type, string? interpolate, double? opacity = null, bool point = false)
    {
        w.WriteStartObject("mark");
        w.WriteString("type", type);
        if (interpolate is not null)
        {
            w.WriteString("interpolate", interpolate);
        }

        if (opacity is double o)
        {
            w.WriteNumber("opacity", o);
        }

        if (point)
        {
            w.WriteBoolean("point", true);
        }

        w.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter w, string channel, string field, FieldKind kind, string title, bool keepOrder = false, ChartOptions? domain = null)
    {
        w.WriteStartObject(channel);
        w.WriteString("field", FieldReference(field));
        w.WriteString("type", KindName(kind));
        w.WriteString("title", title);
        if (keepOrder && kind is FieldKind.Ordinal or FieldKind.Nominal)
        {
            w.WriteNull("sort");
        }

        if (domain?.ValueMin is double lo && domain.ValueMax is double hi)
        {
            w.WriteStartObject("scale");
            w.WriteStartArray("domain");
            w.WriteNumberValue(lo);
            w.WriteNumberValue(hi);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteRankedCategory(Utf8JsonWriter w, string category, string value, string title)
    {
        w.WriteStartObject("y");
        w.WriteString("field", FieldReference(category));
        w.WriteString("type", "nominal");
        w.WriteString("title", title);
        w.WriteStartObject("axis");
        w.WriteNumber("labelLimit", 320);
        w.WriteEndObject();
        w.WriteStartObject("sort");
        w.WriteString("field", FieldReference(value));
        w.WriteString("op", "sum");
        w.WriteString("order", "descending");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteColor(Utf8JsonWriter w, string? series)
    {
        if (series is null)
        {
            return;
        }

        w.WriteStartObject("color");
        w.WriteString("field", FieldReference(series));
        w.WriteString("type", "nominal");
        w.WriteEndObject();
    }

    private static void WriteTooltip(Utf8JsonWriter w, string a, string b, string? c, string? d, string? e)
    {
        w.WriteStartArray("tooltip");
        foreach (string? field in new[] { a, b, c, d, e })
        {
            if (field is not null)
            {
                w.WriteStartObject();
                w.WriteString("field", FieldReference(field));
                w.WriteString("title", field);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// A field name as a Vega-Lite <c>field</c> reference: Vega-Lite reads <c>.</c> and <c>[…]</c> as nested access
    /// (<c>a.b</c> is field <c>b</c> of field <c>a</c>) and a leading quote as the start of a quoted path, so each of
    /// <c>\ . [ ] ' "</c> is escaped with a backslash and the reference names the flat field (names with a backslash or a
    /// double quote are rejected before, see <see cref="ChartData"/>).
    /// </summary>
    internal static string FieldReference(string name)
    {
        if (name.AsSpan().IndexOfAny("\\.[]'\"") < 0)
        {
            return name;
        }

        var escaped = new StringBuilder(name.Length + 8);
        foreach (char c in name)
        {
            if (c is '\\' or '.' or '[' or ']' or '\'' or '"')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string KindName(FieldKind kind) => kind switch
    {
        FieldKind.Quantitative => "quantitative",
        FieldKind.Temporal => "temporal",
        FieldKind.Ordinal => "ordinal",
        FieldKind.Nominal => "nominal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown field kind {kind}."),
    };
}
