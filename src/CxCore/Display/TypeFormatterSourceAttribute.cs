using System;
using System.Diagnostics.CodeAnalysis;

namespace CxCore.Display;

/// <summary>
/// Names the formatter source that displays a type in a .NET Interactive notebook (Jupyter with the .NET kernel,
/// Polyglot Notebooks), without a reference to the notebook packages.
/// </summary>
/// <remarks>
/// Microsoft.DotNet.Interactive.Formatting finds formatters by convention: when it first displays a type, it looks for
/// an attribute on that type whose class is named <c>TypeFormatterSourceAttribute</c> (in any namespace), creates the
/// <see cref="FormatterSourceType"/> with its public parameterless constructor, calls its public
/// <c>CreateTypeFormatters()</c>, and registers each returned object that has a public <c>MimeType</c> property and a
/// public <c>bool Format(object, TextWriter)</c> method; <see cref="PreferredMimeTypes"/> are the MIME types a displayed
/// value is sent in. So this internal attribute, with BCL types only, is all the core package needs. Outside a notebook
/// nothing reads it. A public type that should display well carries it (a test enumerates the public result types and
/// checks that each does).
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names the formatter source; the value is sent as an HTML table (or summary) and as plain text.</summary>
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

    /// <summary>The MIME types a displayed value is sent in, richest first: HTML and plain text unless set.</summary>
    public string[] PreferredMimeTypes { get; set; } = [NotebookDisplay.HtmlMimeType, NotebookDisplay.TextMimeType];
}
