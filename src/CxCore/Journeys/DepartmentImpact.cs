using System.Globalization;

namespace CxCore.Journeys;

/// <summary>The journey-score points lost to pain points at the touchpoints one department owns.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class DepartmentImpact
{
    internal DepartmentImpact(Department department, long count, double impact)
    {
        Department = department;
        Count = count;
        Impact = impact;
    }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>The number of pain points at its touchpoints.</summary>
    public long Count { get; }

    /// <summary>The score points they cost, summed over journeys (zero or more).</summary>
    public double Impact { get; }

    /// <summary>Formats the entry on one line.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Department}: {Count} pain points, impact {Impact:0.#} points");
}
