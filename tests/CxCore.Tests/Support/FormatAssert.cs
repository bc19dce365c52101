namespace CxCore.Tests.Support;

/// <summary>Checks that a result formats to an expected text through every route: ToString, string interpolation and TryFormat.</summary>
internal static class FormatAssert
{
    /// <summary>
    /// Asserts that <paramref name="value"/> formats to <paramref name="expected"/> with <paramref name="format"/> and
    /// <paramref name="provider"/>; that TryFormat into every smaller buffer returns false with nothing written and into
    /// a buffer of exactly the right size returns the text; and, for the default format, that ToString() agrees.
    /// </summary>
    public static void Formats<T>(string expected, T value, string? format = null, IFormatProvider? provider = null)
        where T : ISpanFormattable
    {
        Assert.Equal(expected, value.ToString(format, provider));
        for (int size = 0; size < expected.Length; size++)
        {
            char[] small = new char[size];
            Assert.False(value.TryFormat(small, out int written, format, provider), $"TryFormat into {size} characters");
            Assert.Equal(0, written);
        }

        char[] exact = new char[expected.Length];
        Assert.True(value.TryFormat(exact, out int exactWritten, format, provider));
        Assert.Equal(expected, new string(exact, 0, exactWritten));
        if (format is null && provider is null)
        {
            Assert.Equal(expected, value.ToString());
            Assert.Equal(expected, $"{value}");
        }
    }
}
