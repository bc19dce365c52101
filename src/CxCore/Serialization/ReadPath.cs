using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CxCore.Serialization;

/// <summary>
/// The JSON path of the value being read, relative to the value a converter was handed, kept as a stack of segments.
/// </summary>
/// <remarks>
/// Readers push a segment before reading a member or element and pop it after a successful read only, so when an
/// exception escapes, the stack still names the place where reading failed.
/// </remarks>
internal sealed class ReadPath
{
    private readonly List<string> _segments = new(8);

    /// <summary>Enters the member <paramref name="name"/>.</summary>
    internal void Push(string name) => _segments.Add(IsSimple(name) ? "." + name : "['" + name.Replace("'", "\\'", System.StringComparison.Ordinal) + "']");

    /// <summary>Enters the array element <paramref name="index"/>.</summary>
    internal void PushIndex(int index) => _segments.Add("[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>Leaves the innermost member or element.</summary>
    internal void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The relative path, for example <c>.touchpoints[0].at</c>; empty at the value itself.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (string segment in _segments)
        {
            text.Append(segment);
        }

        return text.ToString();
    }

    private static bool IsSimple(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
