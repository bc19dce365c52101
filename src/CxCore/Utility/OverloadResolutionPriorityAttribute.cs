#if !NET9_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>The .NET 9 attribute that ranks overloads (the C# compiler reads it by name), declared for the .NET 8 build.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class OverloadResolutionPriorityAttribute(int priority) : Attribute
{
    /// <summary>The priority: higher wins among otherwise ambiguous overloads.</summary>
    public int Priority { get; } = priority;
}
#endif
