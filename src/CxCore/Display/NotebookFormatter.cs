using System.IO;

namespace CxCore.Display;

/// <summary>
/// One MIME type's formatter, found by the notebook kernel by convention: a public <see cref="MimeType"/> and a public
/// <see cref="Format"/> (the kernel compiles a call to it; the method name must not be overloaded).
/// </summary>
internal sealed class NotebookFormatter
{
    internal NotebookFormatter(string mimeType)
    {
        MimeType = mimeType;
    }

    /// <summary>The MIME type written: <c>text/html</c>, <c>text/plain</c> or <c>application/vnd.vegalite.v5+json</c>.</summary>
    public string MimeType { get; }

    /// <summary>Writes <paramref name="value"/> in <see cref="MimeType"/>.</summary>
    /// <param name="value">The value to display.</param>
    /// <param name="writer">The kernel's writer.</param>
    /// <returns><see langword="true"/> when the value was written (always, for a value of a CxCore type).</returns>
    public bool Format(object value, TextWriter writer)
    {
        string? text = NotebookDisplay.Render(value, MimeType);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}
