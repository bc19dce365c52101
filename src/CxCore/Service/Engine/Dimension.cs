namespace CxCore.Service.Engine;

/// <summary>One segment dimension: the groups' keys in ordinal order, each case's group and each group's cases.</summary>
/// <param name="name">The dimension's name: <c>"All"</c>, <c>"Channel"</c>, <c>"Priority"</c> or an attribute name.</param>
/// <param name="keys">The groups' keys in ordinal order.</param>
/// <param name="groupOf">Each case's group; <see langword="null"/> for the single group "All".</param>
/// <param name="members">Each group's case positions, ascending; <see langword="null"/> for "All".</param>
internal sealed class Dimension(string name, string[] keys, int[]? groupOf, int[][]? members)
{
    /// <summary>The dimension's name.</summary>
    internal string Name { get; } = name;

    /// <summary>The groups' keys in ordinal order.</summary>
    internal string[] Keys { get; } = keys;

    /// <summary>Each case's group; <see langword="null"/> for the single group "All".</summary>
    internal int[]? GroupOf { get; } = groupOf;

    /// <summary>Each group's case positions, ascending; <see langword="null"/> for "All".</summary>
    internal int[][]? Members { get; } = members;

    /// <summary>The number of groups.</summary>
    internal int Count => Keys.Length;

    /// <summary>The single group of every case.</summary>
    internal static Dimension All() => new("All", ["All"], null, null);
}
