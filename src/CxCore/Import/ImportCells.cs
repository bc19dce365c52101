using System;
using NodaTime;

namespace CxCore.Import;

/// <summary>The cells of the row a reader is on, by column index: CSV text, or database values.</summary>
internal abstract class ImportCells
{
    /// <summary>The cell's text; the empty string for an empty cell or a database null.</summary>
    public abstract string Text(int index);

    /// <summary>
    /// The cell's text as <see cref="Text"/> gives it, without creating a string when the source can avoid it: in
    /// <paramref name="scratch"/> when it fits there. The span is valid until the next call that uses the same scratch.
    /// </summary>
    public virtual ReadOnlySpan<char> Chars(int index, Span<char> scratch) => Text(index);

    /// <summary>
    /// A typed time value, when the source has one: an instant (<paramref name="isInstant"/>) or a wall-clock time. CSV
    /// cells are text and have none.
    /// </summary>
    public virtual bool TryGetTime(int index, out Instant instant, out LocalDateTime local, out bool isInstant)
    {
        instant = default;
        local = default;
        isInstant = false;
        return false;
    }
}
