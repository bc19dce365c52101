using System.Collections.Generic;
using CxCore.Display;

namespace CxCore.Analysis;

/// <summary>The result of <see cref="KeyDriverAnalysis"/>.Compute: R², the rows used and one row per driver.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class KeyDriverResult : ITabularResult
{
    internal KeyDriverResult(int count, int droppedRows, double rSquared, IReadOnlyList<DriverImportance> drivers,
        int bootstrapSamples, int bootstrapFailures, double confidence)
    {
        Count = count;
        DroppedRows = droppedRows;
        RSquared = rSquared;
        Drivers = drivers;
        BootstrapSamples = bootstrapSamples;
        BootstrapFailures = bootstrapFailures;
        Confidence = confidence;
    }

    /// <summary>The number of rows the analysis used (after dropping rows with missing values).</summary>
    public int Count { get; }

    /// <summary>The number of rows dropped because of a missing value (listwise deletion).</summary>
    public int DroppedRows { get; }

    /// <summary>The coefficient of determination of the least-squares fit of the outcome on all drivers (with intercept).</summary>
    public double RSquared { get; }

    /// <summary>The drivers, in input order.</summary>
    public IReadOnlyList<DriverImportance> Drivers { get; }

    /// <summary>The number of bootstrap resamples asked for (0 when the bootstrap was off).</summary>
    public int BootstrapSamples { get; }

    /// <summary>
    /// The number of resamples that could not be analysed (a driver constant within the resample, or drivers
    /// collinear in it) and were left out of the percentile intervals.
    /// </summary>
    public int BootstrapFailures { get; }

    /// <summary>The level of the bootstrap intervals.</summary>
    public double Confidence { get; }

    /// <summary>
    /// The result as a table with columns <c>driver, r, beta, relative_weight, relative_weight_percent,
    /// relative_weight_lower, relative_weight_upper, shapley, shapley_percent</c>, one row per driver, then a row
    /// <c>(R²)</c> with R² in the weight and Shapley columns. Weights are parts of R²; <c>*_percent</c> columns are
    /// percentages of R² (0–100); the interval columns are empty when the bootstrap was off.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>();
        foreach (DriverImportance d in Drivers)
        {
            rows.Add([
                d.Name, d.Correlation, d.StandardizedBeta, d.RelativeWeight, d.RelativeWeightPercent,
                d.RelativeWeightInterval.IsDefined ? d.RelativeWeightInterval.Lower : null,
                d.RelativeWeightInterval.IsDefined ? d.RelativeWeightInterval.Upper : null,
                d.Shapley, d.ShapleyPercent,
            ]);
        }

        rows.Add(["(R²)", null, null, RSquared, 100.0, null, null, RSquared, 100.0]);
        return ResultTable.FromRows(
            ["driver", "r", "beta", "relative_weight", "relative_weight_percent", "relative_weight_lower", "relative_weight_upper", "shapley", "shapley_percent"], rows);
    }

    /// <summary>The result as an aligned text table (see <see cref="ToTable"/>), preceded by a line with n, dropped rows and R².</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n = {Count} ({DroppedRows} dropped), R² = {ResultTable.FormatNumber(RSquared)}\n") + ToTable();

    /// <summary>The result as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The result as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();
}
