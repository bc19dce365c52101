using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace CxCore.Display;

/// <summary>
/// The formatter source that <see cref="TypeFormatterSourceAttribute"/> names: one formatter per MIME type that CxCore
/// writes (HTML, plain text, Vega-Lite). The notebook kernel creates it and calls <see cref="CreateTypeFormatters"/> by
/// reflection, once for each type that carries the attribute; each formatter applies to that type.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>Creates the source (the kernel calls this public parameterless constructor).</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NotebookFormatter))]
    public NotebookFormatterSource()
    {
    }

    /// <summary>The formatters (objects with a <c>MimeType</c> property and a <c>Format(object, TextWriter)</c> method).</summary>
    /// <returns>The HTML, plain-text and Vega-Lite formatters.</returns>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new NotebookFormatter(NotebookDisplay.HtmlMimeType),
        new NotebookFormatter(NotebookDisplay.TextMimeType),
        new NotebookFormatter(NotebookDisplay.VegaLiteMimeType),
    ];
}
