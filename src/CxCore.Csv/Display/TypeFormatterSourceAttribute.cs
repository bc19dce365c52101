using System;
using System.Diagnostics.CodeAnalysis;

namespace CxCore.Csv.Display;

/// <summary>
/// Names the formatter source that displays a type in a .NET Interactive notebook, found by the kernel by convention
/// (an attribute class of this name, in any namespace; see the same attribute in the core package for the rules).
/// The package keeps its own copy so that it needs no internals of the core package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the formatter source; the value is sent as HTML and as plain text.</summary>
    /// <param name="formatterSourceType">The formatter source: <see cref="NotebookFormatterSource"/>.</param>
    public TypeFormatterSourceAttribute(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
        Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The formatter source type (read by the notebook kernel through reflection; kept by the trimmer).</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a displayed value is sent in: HTML, then plain text.</summary>
    public string[] PreferredMimeTypes { get; set; } = ["text/html", "text/plain"];
}
