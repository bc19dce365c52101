using CsvHelper;
using CxCore.Import;

namespace CxCore.Csv;

/// <summary>The cells of the record a <see cref="CsvReader"/> is on, as text.</summary>
internal sealed class CsvCells : ImportCells
{
    public CsvReader? Reader { get; set; }

    public override string Text(int index) => Reader!.GetString(index);
}
