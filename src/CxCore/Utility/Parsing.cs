using System;
using System.Globalization;

namespace CxCore.Utility;

/// <summary>The exceptions of the <c>Parse</c> methods, with messages that show the text.</summary>
internal static class Parsing
{
    // Long inputs are cut in the message so that an accidental megabyte does not end up in a log line.
    private const int MaxShown = 200;

    /// <summary>The text is empty or only white space where a name is needed.</summary>
    internal static FormatException Blank(ReadOnlySpan<char> s, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Show(s)} is not a {what}: a {what} needs at least one non-white-space character."));

    /// <summary>The text, quoted, cut after <see cref="MaxShown"/> characters.</summary>
    internal static string Show(ReadOnlySpan<char> s) =>
        s.Length <= MaxShown ? $"\"{s}\"" : string.Create(CultureInfo.InvariantCulture, $"\"{s[..MaxShown]}…\" ({s.Length} characters)");
}
