using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace CxCore;

/// <summary>
/// A named, ordered list of the stages a customer goes through, from first hearing of the company to recommending it.
/// </summary>
/// <remarks>
/// <para>
/// A model has at least one stage; stage names are non-blank and unique. Model and stage names are compared ordinally
/// and case-insensitively, and stored as given. <see cref="Default"/> is the customer lifecycle used throughout the
/// library: Awareness, Consideration, Purchase, Onboarding, Usage, Support, Renewal, Advocacy.
/// </para>
/// <para>
/// Two models are equal when their names and their stage names, in order, are equal; the stages of equal models are
/// equal stage by stage, so a model rebuilt from its names (for example after deserialisation) is interchangeable with
/// the original. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class LifecycleModel : IEquatable<LifecycleModel>
{
    private readonly Dictionary<string, LifecycleStage> _byName;

    private LifecycleModel(string name, string[] stageNames)
    {
        Name = name;
        var stages = new LifecycleStage[stageNames.Length];
        _byName = new Dictionary<string, LifecycleStage>(stageNames.Length, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < stageNames.Length; i++)
        {
            stages[i] = new LifecycleStage(this, stageNames[i], i);
            if (!_byName.TryAdd(stageNames[i], stages[i]))
            {
                throw new ArgumentException(
                    $"The lifecycle model '{name}' names the stage '{stageNames[i]}' twice (stage names ignore case).",
                    nameof(stageNames));
            }
        }

        Stages = Array.AsReadOnly(stages);
    }

    /// <summary>
    /// The default customer lifecycle, named "Customer lifecycle": Awareness, Consideration, Purchase, Onboarding,
    /// Usage, Support, Renewal, Advocacy (ordinals 0 to 7).
    /// </summary>
    public static LifecycleModel Default { get; } = new(
        "Customer lifecycle",
        ["Awareness", "Consideration", "Purchase", "Onboarding", "Usage", "Support", "Renewal", "Advocacy"]);

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>The stages in order; stage <c>i</c> has <see cref="LifecycleStage.Ordinal"/> <c>i</c>.</summary>
    public IReadOnlyList<LifecycleStage> Stages { get; }

    /// <summary>Creates a model named <paramref name="name"/> with the stages <paramref name="stageNames"/>, in order.</summary>
    /// <param name="name">The model's name; at least one non-white-space character.</param>
    /// <param name="stageNames">The stage names in lifecycle order: at least one, each non-blank, no two equal ignoring case.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="stageNames"/> or a stage name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or a stage name is empty or white space, there are no stages, or two stage names are equal.
    /// </exception>
    public static LifecycleModel Create(string name, params string[] stageNames)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(stageNames);
        if (stageNames.Length == 0)
        {
            throw new ArgumentException($"The lifecycle model '{name}' needs at least one stage.", nameof(stageNames));
        }

        string[] copy = (string[])stageNames.Clone();
        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentNullException(nameof(stageNames), $"Stage {i} of the lifecycle model '{name}' is null.");
            }

            if (string.IsNullOrWhiteSpace(copy[i]))
            {
                throw new ArgumentException($"Stage {i} of the lifecycle model '{name}' has a blank name.", nameof(stageNames));
            }
        }

        return new LifecycleModel(name, copy);
    }

    /// <summary>Finds the stage named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The stage name.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The model has no such stage; the message names the model and its stages.</exception>
    public LifecycleStage GetStage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_byName.TryGetValue(name, out LifecycleStage? stage))
        {
            return stage;
        }

        throw new KeyNotFoundException(
            $"The lifecycle model '{Name}' has no stage '{name}'; its stages are {string.Join(", ", _byName.Keys)}.");
    }

    /// <summary>Finds the stage named <paramref name="name"/> (ignoring case), if there is one.</summary>
    /// <param name="name">The stage name.</param>
    /// <param name="stage">The stage, or <see langword="null"/> when the model has none of that name.</param>
    /// <returns><see langword="true"/> when the stage exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public bool TryGetStage(string name, [NotNullWhen(true)] out LifecycleStage? stage)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out stage);
    }

    /// <summary>Indicates whether <paramref name="other"/> has the same name and the same stage names in the same order.</summary>
    /// <param name="other">The model to compare with.</param>
    /// <returns><see langword="true"/> when the names and stage names are equal (ordinal, case-insensitive).</returns>
    public bool Equals([NotNullWhen(true)] LifecycleModel? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Stages.Count != other.Stages.Count || !string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int i = 0; i < Stages.Count; i++)
        {
            if (!string.Equals(Stages[i].Name, other.Stages[i].Name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LifecycleModel);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name, StringComparer.OrdinalIgnoreCase);
        foreach (LifecycleStage stage in Stages)
        {
            hash.Add(stage.Name, StringComparer.OrdinalIgnoreCase);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the model as its name and stages, for example <c>Sales: Lead → Deal</c>.</summary>
    /// <returns>The name, a colon and the stage names joined by arrows.</returns>
    public override string ToString() => $"{Name}: {string.Join(" → ", (IEnumerable<LifecycleStage>)Stages)}";

    /// <summary>Indicates whether two models are equal (see <see cref="Equals(LifecycleModel)"/>).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(LifecycleModel? left, LifecycleModel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two models differ.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(LifecycleModel? left, LifecycleModel? right) => !(left == right);
}
