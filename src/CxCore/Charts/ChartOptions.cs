using System;

namespace CxCore.Charts;

/// <summary>Presentation options for a chart: title, size, axis titles and the value axis's range.</summary>
/// <remarks>A mutable options object, checked when a chart is built; one instance may be reused for many charts.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ChartOptions
{
    /// <summary>The chart's title.</summary>
    /// <value>Empty (no title) by default.</value>
    public string Title { get; set; } = string.Empty;

    /// <summary>The plot's width in pixels.</summary>
    /// <value>560 by default; at least 50.</value>
    public int Width { get; set; } = 560;

    /// <summary>The plot's height in pixels.</summary>
    /// <value>280 by default; at least 50.</value>
    public int Height { get; set; } = 280;

    /// <summary>The horizontal axis title.</summary>
    /// <value><see langword="null"/> by default: the field name.</value>
    public string? XTitle { get; set; }

    /// <summary>The vertical axis title.</summary>
    /// <value><see langword="null"/> by default: the field name.</value>
    public string? YTitle { get; set; }

    /// <summary>The lower end of the value axis (for example −100 for NPS, 0 for a survival curve).</summary>
    /// <value><see langword="null"/> by default: fitted to the data. Must be set together with <see cref="ValueMax"/>.</value>
    public double? ValueMin { get; set; }

    /// <summary>The upper end of the value axis.</summary>
    /// <value><see langword="null"/> by default: fitted to the data. Must be set together with <see cref="ValueMin"/>.</value>
    public double? ValueMax { get; set; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title, nameof(Title));
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 50, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, 50, nameof(Height));
        if (ValueMin.HasValue != ValueMax.HasValue)
        {
            throw new ArgumentException($"{nameof(ValueMin)} and {nameof(ValueMax)} must be set together (got {ValueMin?.ToString() ?? "null"} and {ValueMax?.ToString() ?? "null"}).", nameof(ValueMin));
        }

        if (ValueMin is double lo && ValueMax is double hi && !(double.IsFinite(lo) && double.IsFinite(hi) && lo < hi))
        {
            throw new ArgumentOutOfRangeException(nameof(ValueMax), $"The value axis range [{lo}, {hi}] must be finite with {nameof(ValueMin)} < {nameof(ValueMax)}.");
        }
    }
}
