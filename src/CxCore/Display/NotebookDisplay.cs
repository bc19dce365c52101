using System;
using System.Globalization;
using System.Text;
using CxCore.Charts;
using CxCore.Ratings;

namespace CxCore.Display;

/// <summary>
/// What a notebook shows for each CxCore value, in each MIME type: results as HTML tables with a plain-text twin,
/// scores and counts as one summary line with a small inline SVG bar, charts as Vega-Lite. Every output is under
/// <see cref="MaxOutputBytes"/> (long tables are cut with a stated "… n more rows" line) and every text from the data is
/// HTML-escaped.
/// </summary>
internal static class NotebookDisplay
{
    /// <summary>HTML.</summary>
    internal const string HtmlMimeType = "text/html";

    /// <summary>Plain text, for text front ends.</summary>
    internal const string TextMimeType = "text/plain";

    /// <summary>A Vega-Lite v5 specification (JSON).</summary>
    internal const string VegaLiteMimeType = "application/vnd.vegalite.v5+json";

    /// <summary>The most UTF-8 bytes any one output may have: 50 KiB.</summary>
    internal const int MaxOutputBytes = 50 * 1024;

    /// <summary>The most rows a displayed table shows; the rest are counted in a "… n more rows" line.</summary>
    internal const int MaxRows = 40;

    /// <summary>The most columns a displayed table shows; the rest are counted in a "… n more columns" note.</summary>
    internal const int MaxColumns = 30;

    /// <summary>The most characters of one cell a displayed table shows (a longer text ends with "…").</summary>
    internal const int MaxCellLength = 200;

    /// <summary>The UTF-8 bytes a displayed table may fill before it stops adding rows (leaves room for the markup around it).</summary>
    internal const int TableByteBudget = 40 * 1024;

    private const string Detractor = "#d62728", Passive = "#b0b0b0", Promoter = "#2ca02c", Neutral = "#4c78a8";

    /// <summary>Renders <paramref name="value"/> in <paramref name="mimeType"/>.</summary>
    /// <param name="value">The value the notebook displays.</param>
    /// <param name="mimeType">One of the MIME types above.</param>
    /// <returns>The output, or <see langword="null"/> when the value has no output in that MIME type (a table as Vega-Lite).</returns>
    internal static string? Render(object? value, string mimeType)
    {
        if (value is null)
        {
            return null;
        }

        return mimeType switch
        {
            HtmlMimeType => Html(value),
            TextMimeType => Text(value),
            VegaLiteMimeType => value is ChartSpec chart ? VegaLite(chart) : null,
            _ => null,
        };
    }

    private static string Html(object value) => value switch
    {
        ChartSpec chart => "<p>" + ResultTable.EscapeHtml(ChartText(chart)) + "</p>",
        ResultTable table => table.ToDisplayHtml(caption: null),
        ITabularResult result => TabularHtml(result),
        _ when Summary(value) is var (line, bar) => SummaryHtml(line, bar),
        _ => "<pre>" + ResultTable.EscapeHtml(Cut(value.ToString() ?? string.Empty, MaxOutputBytes / 8)) + "</pre>",
    };

    private static string Text(object value) => value switch
    {
        ChartSpec chart => ChartText(chart),
        ResultTable table => table.ToDisplayText(caption: null),
        ITabularResult result => TabularText(result),
        _ when Summary(value) is var (line, _) => line,
        _ => Cut(value.ToString() ?? string.Empty, MaxOutputBytes / 4),
    };

    private static string VegaLite(ChartSpec chart)
    {
        if (Encoding.UTF8.GetByteCount(chart.Json) <= MaxOutputBytes)
        {
            return chart.Json;
        }

        // Too large to embed in a notebook: a chart that says so (the full specification is one Save away).
        string message = string.Create(CultureInfo.InvariantCulture,
            $"The chart '{chart.Name}' has {Encoding.UTF8.GetByteCount(chart.Json) / 1024} KiB of JSON, over the notebook limit of {MaxOutputBytes / 1024} KiB: save it with ChartSpec.Save(folder).");
        return "{\"$schema\": \"https://vega.github.io/schema/vega-lite/v5.json\", \"mark\": {\"type\": \"text\", \"align\": \"left\"}, "
            + "\"data\": {\"values\": [{\"message\": " + JsonString(message) + "}]}, \"encoding\": {\"text\": {\"field\": \"message\", \"type\": \"nominal\"}}}";
    }

    private static string ChartText(ChartSpec chart) => string.Create(CultureInfo.InvariantCulture,
        $"Vega-Lite chart '{chart.Name}' ({Encoding.UTF8.GetByteCount(chart.Json)} bytes of JSON; ChartSpec.Save(folder) writes {chart.Name}.vl.json)");

    private static string TabularHtml(ITabularResult result)
    {
        ResultTable table = result.ToTable();
        return table.ToDisplayHtml(Caption(result, table));
    }

    private static string TabularText(ITabularResult result)
    {
        ResultTable table = result.ToTable();
        return table.ToDisplayText(Caption(result, table));
    }

    /// <summary>
    /// The heading a result's text form puts above its table (such as "n = 480 (0 dropped), R² = 0.31"): what its
    /// <c>ToString()</c> has before the table's own text, or <see langword="null"/> when it has none.
    /// </summary>
    private static string? Caption(object result, ResultTable table)
    {
        string text = result.ToString() ?? string.Empty;
        int at = text.IndexOf(table.ToString(), StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        string caption = text[..at].Trim();
        return caption.Length == 0 ? null : Cut(caption, MaxCellLength * 4);
    }

    /// <summary>The summary line and inline bar of a score, a set of counts, an interval or a comparison; <see langword="null"/> for other values.</summary>
    private static (string Line, string? Bar)? Summary(object value) => value switch
    {
        RatingCounts counts => (counts.ToString(), Columns(counts.Scale, r => counts[r])),
        WeightedRatingCounts weighted => (weighted.ToString(), Columns(weighted.Scale, weighted.WeightAt)),
        NetPromoterScore nps => nps.IsEmpty
            ? (nps.ToString(), null)
            : (nps + "; interval " + nps.Interval(),
               StackedBar("Detractors, passives and promoters", (nps.DetractorPercent, Detractor, "detractors"), (nps.PassivePercent, Passive, "passives"), (nps.PromoterPercent, Promoter, "promoters"))),
        SatisfactionScore csat => csat.IsEmpty
            ? (csat.ToString(), null)
            : (csat + "; interval " + csat.Interval(),
               StackedBar("Satisfied share", (100 - csat.Value, Passive, "not satisfied"), (csat.Value, Promoter, "satisfied"))),
        EffortScore ces => ces.IsEmpty
            ? (ces.ToString(), null)
            : (ces + "; interval " + ces.Interval(),
               StackedBar("Disagree, neutral and agree", (ces.DisagreePercent, Detractor, "disagree"), (Math.Max(0, 100 - ces.DisagreePercent - ces.AgreePercent), Passive, "neutral"), (ces.AgreePercent, Promoter, "agree"))),
        ScoreComparison comparison => (comparison.ToString(), IntervalBar(comparison.Difference, comparison.Interval)),
        ConfidenceInterval interval => (interval.ToString(), null),
        _ => null,
    };

    private static string SummaryHtml(string line, string? bar) =>
        "<table class=\"cx-summary\"><tbody><tr><td style=\"text-align:left\">" + ResultTable.EscapeHtml(line) + "</td>"
        + (bar is null ? string.Empty : "<td>" + bar + "</td>") + "</tr></tbody></table>";

    /// <summary>One column per scale point, heights proportional to the counts (or weights), in one small SVG.</summary>
    private static string Columns(RatingScale scale, Func<int, double> amountAt)
    {
        int points = scale.PointCount;
        double max = 0;
        for (int r = scale.Minimum; r <= scale.Maximum; r++)
        {
            max = Math.Max(max, amountAt(r));
        }

        const double height = 20;
        double width = Math.Clamp(160.0 / points, 2, 10);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width * points)}\" height=\"{N(height)}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>Counts from {scale.Minimum} to {scale.Maximum}</title>");
        for (int i = 0; i < points; i++)
        {
            double amount = amountAt(scale.Minimum + i);
            double h = max > 0 ? height * amount / max : 0;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(i * width)}\" y=\"{N(height - h)}\" width=\"{N(Math.Max(1, width - 1))}\" height=\"{N(h)}\" fill=\"{Neutral}\"><title>{scale.Minimum + i}: {ResultTable.FormatNumber(amount)}</title></rect>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A horizontal bar split into shares (percentages that add up to 100).</summary>
    private static string StackedBar(string title, params (double Percent, string Colour, string Name)[] parts)
    {
        const double width = 120, height = 12;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\"><title>{ResultTable.EscapeHtml(title)}</title>");
        double x = 0;
        foreach ((double percent, string colour, string name) in parts)
        {
            double w = width * Math.Clamp(percent, 0, 100) / 100;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"0\" width=\"{N(w)}\" height=\"{N(height)}\" fill=\"{colour}\"><title>{name} {percent:0.0}%</title></rect>");
            x += w;
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A difference with its interval on an axis centred on zero (a tick marks zero).</summary>
    private static string? IntervalBar(double difference, ConfidenceInterval interval)
    {
        if (!double.IsFinite(difference) || !interval.IsDefined || !double.IsFinite(interval.Lower) || !double.IsFinite(interval.Upper))
        {
            return null;
        }

        const double width = 120, height = 12, mid = width / 2;
        double reach = Math.Max(Math.Max(Math.Abs(interval.Lower), Math.Abs(interval.Upper)), Math.Abs(difference));
        double scale = reach > 0 ? (mid - 4) / reach : 0;
        string colour = interval.Lower > 0 ? Promoter : interval.Upper < 0 ? Detractor : Passive;
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" role=\"img\"><title>Difference {ResultTable.FormatNumber(difference)}, interval {interval}</title>"
            + $"<line x1=\"{N(mid)}\" y1=\"0\" x2=\"{N(mid)}\" y2=\"{N(height)}\" stroke=\"#666\" stroke-width=\"1\"/>"
            + $"<line x1=\"{N(mid + interval.Lower * scale)}\" y1=\"{N(height / 2)}\" x2=\"{N(mid + interval.Upper * scale)}\" y2=\"{N(height / 2)}\" stroke=\"{colour}\" stroke-width=\"3\"/>"
            + $"<circle cx=\"{N(mid + difference * scale)}\" cy=\"{N(height / 2)}\" r=\"3\" fill=\"{colour}\"/></svg>");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The first <paramref name="maxLength"/> characters of <paramref name="text"/>, ending with "…" when cut.</summary>
    internal static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        int end = maxLength - 1;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--; // never split a surrogate pair
        }

        return text[..end] + "…";
    }

    private static string JsonString(string text)
    {
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case < ' ': json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: json.Append(c); break;
            }
        }

        return json.Append('"').ToString();
    }
}
