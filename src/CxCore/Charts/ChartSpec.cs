using System;
using System.IO;
using System.Text;

namespace CxCore.Charts;

/// <summary>
/// A Vega-Lite v5 chart specification: JSON text with its data inlined, ready for any Vega-Lite renderer (the online
/// editor, a notebook, vega-embed in a web page, or the <c>vega</c> npm packages that render it to SVG).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares <see cref="Name"/> and <see cref="Json"/> ordinally.</remarks>
public sealed class ChartSpec : IEquatable<ChartSpec>
{
    internal ChartSpec(string name, string json)
    {
        Name = name;
        Json = json;
    }

    /// <summary>A short file-friendly name such as <c>nps-trend</c>, used by <see cref="Save"/>.</summary>
    public string Name { get; }

    /// <summary>The Vega-Lite specification as indented JSON text.</summary>
    public string Json { get; }

    /// <summary>The same specification under another name (for example to keep two trend charts apart when saving).</summary>
    /// <param name="name">The new name: ASCII letters, digits, '-', '_' and '.' only.</param>
    /// <returns>A specification with the same JSON and the new name.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or not file-friendly.</exception>
    public ChartSpec WithName(string name)
    {
        VegaLite.CheckChartName(name);
        return new ChartSpec(name, Json);
    }

    /// <summary>Writes the specification to <c><paramref name="directory"/>/<see cref="Name"/>.vl.json</c> (UTF-8, no BOM), creating the directory if needed.</summary>
    /// <param name="directory">The folder to write to.</param>
    /// <returns>The path of the written file.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null, empty or blank.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, Name + ".vl.json");
        File.WriteAllText(path, Json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <inheritdoc/>
    public bool Equals(ChartSpec? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ChartSpec);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Json));

    /// <summary>Indicates whether two charts are equal (see <see cref="Equals(ChartSpec)"/>), not whether they are the same instance.</summary>
    /// <param name="left">The first chart.</param>
    /// <param name="right">The second chart.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(ChartSpec? left, ChartSpec? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two charts differ (see <see cref="Equals(ChartSpec)"/>).</summary>
    /// <param name="left">The first chart.</param>
    /// <param name="right">The second chart.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(ChartSpec? left, ChartSpec? right) => !(left == right);

    /// <summary>The JSON text.</summary>
    /// <returns><see cref="Json"/>.</returns>
    public override string ToString() => Json;
}
