using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// Stage-to-stage movement over a window: for every customer, the stage at the window's start and at its end, as
/// counts and row probabilities (a migration matrix). Customers who entered the flow during the window form the
/// "entered" row.
/// </summary>
/// <remarks>
/// <para>
/// A customer's stage at an instant is the stage of their latest touchpoint at or before it. Rows: the stage at
/// <see cref="From"/> (or none, for customers whose first touchpoint is inside the window); columns: the stage at
/// <see cref="To"/>. The diagonal counts customers who stayed (or came back); moves within the window are collapsed
/// to where the customer ended up. Probabilities are row shares, summing to 1 over each row with customers.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class StageTransitions : ITabularResult
{
    private readonly long[,] _counts; // [from + 1, to]: row 0 is "entered"

    internal StageTransitions(LifecycleModel model, Instant from, Instant to, long[,] counts)
    {
        Model = model;
        From = from;
        To = to;
        _counts = counts;
    }

    /// <summary>The lifecycle model whose stages are the rows and columns.</summary>
    public LifecycleModel Model { get; }

    /// <summary>The start of the window.</summary>
    public Instant From { get; }

    /// <summary>The end of the window.</summary>
    public Instant To { get; }

    /// <summary>The number of customers in <paramref name="from"/> at the start and in <paramref name="to"/> at the end.</summary>
    /// <param name="from">The stage at the start, or <see langword="null"/> for customers who entered during the window.</param>
    /// <param name="to">The stage at the end.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException">A stage is not of <see cref="Model"/>.</exception>
    public long Count(LifecycleStage? from, LifecycleStage to) => _counts[Row(from), Column(to)];

    /// <summary>The share (0–1) of customers in <paramref name="from"/> at the start who were in <paramref name="to"/> at the end.</summary>
    /// <param name="from">The stage at the start, or <see langword="null"/> for customers who entered during the window.</param>
    /// <param name="to">The stage at the end.</param>
    /// <returns>The row share; NaN when no customer was in <paramref name="from"/> at the start.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException">A stage is not of <see cref="Model"/>.</exception>
    public double Probability(LifecycleStage? from, LifecycleStage to)
    {
        int row = Row(from);
        long total = RowTotal(row);
        return total == 0 ? double.NaN : (double)_counts[row, Column(to)] / total;
    }

    /// <summary>
    /// The non-zero cells as a table with columns <c>from, to, customers, share</c> (from is <c>(entered)</c> for
    /// customers who entered during the window; share is the row probability), rows in stage order.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>();
        int stages = Model.Stages.Count;
        for (int r = 1; r <= stages; r++)
        {
            AddRow(rows, r);
        }

        AddRow(rows, 0);
        return ResultTable.FromRows(["from", "to", "customers", "share"], rows);
    }

    /// <summary>The cells as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per non-zero cell.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the window and the table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Stage transitions from {From} to {To}\n") + ToTable();

    private void AddRow(List<object?[]> rows, int r)
    {
        long total = RowTotal(r);
        for (int c = 0; c < Model.Stages.Count; c++)
        {
            if (_counts[r, c] > 0)
            {
                rows.Add([r == 0 ? "(entered)" : Model.Stages[r - 1].Name, Model.Stages[c].Name, _counts[r, c], (double)_counts[r, c] / total]);
            }
        }
    }

    private long RowTotal(int row)
    {
        long total = 0;
        for (int c = 0; c < Model.Stages.Count; c++)
        {
            total += _counts[row, c];
        }

        return total;
    }

    private int Row(LifecycleStage? stage) => stage is null ? 0 : Column(stage) + 1;

    private int Column(LifecycleStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stage.Model != Model)
        {
            throw new ArgumentException($"The stage {stage} is of the model '{stage.Model.Name}', not '{Model.Name}'.", nameof(stage));
        }

        return stage.Ordinal;
    }
}
