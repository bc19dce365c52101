using NodaTime;

namespace CxCore.Import;

/// <summary>The cells of the row a reader is on, by column index: CSV text, or database values.</summary>
internal abstract class ImportCells
{
    /// <summary>The cell's text; the empty string for an empty cell or a database null.</summary>
    public abstract string Text(int index);

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
