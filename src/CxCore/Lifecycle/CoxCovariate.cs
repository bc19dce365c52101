using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxCore.Lifecycle;

/// <summary>One named covariate of a <see cref="CoxModel"/>: a value per subject (a 0/1 indicator for a category).</summary>
/// <remarks>Immutable and thread-safe; the values are copied.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class CoxCovariate
{
    private CoxCovariate(string name, double[] values)
    {
        Name = name;
        ValueArray = values;
        Values = Array.AsReadOnly(values);
    }

    /// <summary>The covariate's name.</summary>
    public string Name { get; }

    /// <summary>The values, one per subject.</summary>
    public IReadOnlyList<double> Values { get; }

    internal double[] ValueArray { get; }

    /// <summary>Creates a covariate.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <param name="values">The values, one per subject, finite.</param>
    /// <returns>The covariate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static CoxCovariate From(string name, IEnumerable<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        double[] copy = [.. values];
        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(values), copy[i], string.Create(CultureInfo.InvariantCulture, $"Covariate '{name}' has a non-finite value at position {i}."));
            }
        }

        return new CoxCovariate(name, copy);
    }

    /// <summary>Formats the covariate as its name and length.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({ValueArray.Length} values)");
}
