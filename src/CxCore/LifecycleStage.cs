using System;
using System.Diagnostics.CodeAnalysis;

namespace CxCore;

/// <summary>One stage of a <see cref="LifecycleModel"/>, such as Purchase or Support.</summary>
/// <remarks>
/// <para>
/// Stages are created by their model and are ordered by <see cref="Ordinal"/>. Two stages are equal when their models
/// are equal and their ordinals are equal. Comparing (<see cref="CompareTo"/>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>,
/// <c>&gt;=</c>) stages of two different models throws <see cref="InvalidOperationException"/>: their orders mean
/// nothing to each other. <see langword="null"/> sorts before every stage. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class LifecycleStage : IEquatable<LifecycleStage>, IComparable<LifecycleStage>
{
    internal LifecycleStage(LifecycleModel model, string name, int ordinal)
    {
        Model = model;
        Name = name;
        Ordinal = ordinal;
    }

    /// <summary>The model this stage belongs to.</summary>
    public LifecycleModel Model { get; }

    /// <summary>The stage name, as given to the model.</summary>
    public string Name { get; }

    /// <summary>The 0-based position of the stage in <see cref="LifecycleModel.Stages"/>.</summary>
    public int Ordinal { get; }

    /// <summary>Indicates whether <paramref name="other"/> is the same stage of an equal model.</summary>
    /// <param name="other">The stage to compare with.</param>
    /// <returns><see langword="true"/> when the models are equal and the ordinals are equal.</returns>
    public bool Equals([NotNullWhen(true)] LifecycleStage? other) =>
        ReferenceEquals(this, other) || (other is not null && Ordinal == other.Ordinal && Model.Equals(other.Model));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LifecycleStage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Model.GetHashCode(), Ordinal);

    /// <summary>Compares the position of this stage with <paramref name="other"/> in their common model.</summary>
    /// <param name="other">A stage of an equal model, or <see langword="null"/> (which sorts first).</param>
    /// <returns>Negative, zero or positive as this stage comes before, at or after <paramref name="other"/>.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="other"/> belongs to a different model.</exception>
    public int CompareTo(LifecycleStage? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (!ReferenceEquals(Model, other.Model) && !Model.Equals(other.Model))
        {
            throw new InvalidOperationException(
                $"The stage '{Name}' of the lifecycle model '{Model.Name}' cannot be compared with the stage '{other.Name}' " +
                $"of the different lifecycle model '{other.Model.Name}'.");
        }

        return Ordinal.CompareTo(other.Ordinal);
    }

    /// <summary>Returns the stage name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Indicates whether two stages are equal (see <see cref="Equals(LifecycleStage)"/>).</summary>
    /// <param name="left">The first stage.</param>
    /// <param name="right">The second stage.</param>
    /// <returns><see langword="true"/> when both are <see langword="null"/> or equal.</returns>
    public static bool operator ==(LifecycleStage? left, LifecycleStage? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Indicates whether two stages differ.</summary>
    /// <param name="left">The first stage.</param>
    /// <param name="right">The second stage.</param>
    /// <returns><see langword="true"/> unless both are <see langword="null"/> or equal.</returns>
    public static bool operator !=(LifecycleStage? left, LifecycleStage? right) => !(left == right);

    /// <summary>Indicates whether <paramref name="left"/> comes before <paramref name="right"/> in their model.</summary>
    /// <param name="left">The first stage.</param>
    /// <param name="right">The second stage.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    /// <exception cref="InvalidOperationException">The stages belong to different models.</exception>
    public static bool operator <(LifecycleStage? left, LifecycleStage? right) => Compare(left, right) < 0;

    /// <summary>Indicates whether <paramref name="left"/> comes after <paramref name="right"/> in their model.</summary>
    /// <param name="left">The first stage.</param>
    /// <param name="right">The second stage.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    /// <exception cref="InvalidOperationException">The stages belong to different models.</exception>
    public static bool operator >(LifecycleStage? left, LifecycleStage? right) => Compare(left, right) > 0;

    /// <summary>Indicates whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    /// <param name="left">The first stage.</param>
    /// <param name="right">The second stage.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    /// <exception cref="InvalidOperationException">The stages belong to different models.</exception>
    public static bool operator <=(LifecycleStage? left, LifecycleStage? right) => Compare(left, right) <= 0;

    /// <summary>Indicates whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    /// <param name="left">The first stage.</param>
    /// <param name="right">The second stage.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    /// <exception cref="InvalidOperationException">The stages belong to different models.</exception>
    public static bool operator >=(LifecycleStage? left, LifecycleStage? right) => Compare(left, right) >= 0;

    private static int Compare(LifecycleStage? left, LifecycleStage? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
