namespace CxCore.Tests.Support;

/// <summary>
/// The parsing rules shared by <see cref="CustomerId"/>, <see cref="Channel"/> and <see cref="Department"/>, checked
/// through their <see cref="ISpanParsable{TSelf}"/> implementations (so the interface members are exercised too).
/// </summary>
internal static class NameParsing
{
    /// <summary>Text with a non-white-space character parses to the value of that exact text, by every entry point.</summary>
    internal static void Good<T>(string text, Func<string, T> from)
        where T : ISpanParsable<T>
    {
        T expected = from(text);
        Assert.Equal(expected, FromString<T>(text));
        Assert.Equal(expected, T.Parse(text.AsSpan(), null));
        Assert.True(TryFromString(text, out T? parsed));
        Assert.Equal(expected, parsed);
        Assert.True(T.TryParse(text.AsSpan(), null, out parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(text, parsed!.ToString()); // kept exactly, white space included
    }

    /// <summary>Empty or white-space text: Parse throws a FormatException that shows the text; TryParse returns false and default.</summary>
    internal static void Blank<T>(string text)
        where T : ISpanParsable<T>
    {
        FormatException error = Assert.Throws<FormatException>(() => FromString<T>(text));
        Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null));
        Assert.False(TryFromString(text, out T? parsed));
        Assert.Equal(default, parsed);
        Assert.False(T.TryParse(text.AsSpan(), null, out parsed));
        Assert.Equal(default, parsed);
    }

    // Through IParsable<T> itself: in a type constrained to ISpanParsable<T>, C# would bind a string argument to the span
    // overloads (the derived interface's applicable members hide the base interface's).
    private static T FromString<T>(string s)
        where T : IParsable<T> => T.Parse(s, null);

    private static bool TryFromString<T>(string? s, out T? result)
        where T : IParsable<T> => T.TryParse(s, null, out result);

    /// <summary>Null: Parse throws ArgumentNullException, TryParse returns false.</summary>
    internal static void Null<T>()
        where T : ISpanParsable<T>
    {
        Assert.Throws<ArgumentNullException>(() => FromString<T>(null!));
        Assert.False(TryFromString((string?)null, out T? parsed));
        Assert.Equal(default, parsed);
    }

    /// <summary>For any string, TryParse succeeds exactly when the text has a non-white-space character, and never throws.</summary>
    internal static bool TryParseAgreesWithTheRule<T>(string? text)
        where T : ISpanParsable<T>
    {
        bool named = !string.IsNullOrWhiteSpace(text);
        bool parsed = TryFromString(text, out T? value);
        bool spanParsed = T.TryParse(text.AsSpan(), null, out T? spanValue);
        return parsed == named && spanParsed == named && (named ? value!.ToString() == text && Equals(value, spanValue) : Equals(value, default(T)));
    }
}
