namespace CxCore.Display;

/// <summary>
/// A result that converts to a <see cref="ResultTable"/>; a notebook shows it as that table. A result type implements it
/// with its public <c>ToTable()</c> (no extra member) and carries <see cref="TypeFormatterSourceAttribute"/>.
/// </summary>
internal interface ITabularResult
{
    /// <summary>The result as a table.</summary>
    /// <returns>The table.</returns>
    ResultTable ToTable();
}
