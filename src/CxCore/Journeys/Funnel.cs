using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxCore.Journeys;

/// <summary>
/// A conversion funnel over ordered stages (step names): how many journeys reached each stage, their share of the
/// journeys in the funnel, and how many dropped off between stages.
/// </summary>
/// <remarks>
/// <para>
/// A journey enters a <see cref="FunnelKind.Closed"/> funnel at the first occurrence of the first stage in its path
/// (other steps may come before it); it enters an <see cref="FunnelKind.Open"/> funnel at the first occurrence of the
/// lowest-numbered stage its path contains. From there it reaches the following stages in order, each at its first
/// occurrence after the previous stage, with any other steps in between; it stops at the first stage it never reaches.
/// Journeys are counted with their weights (<see cref="ConversionPath.Journeys"/>); paths that contain no stage are not
/// in the funnel.
/// </para>
/// <para>
/// In a closed funnel <see cref="FunnelStep.Reached"/> and <see cref="FunnelStep.Share"/> never increase from stage to
/// stage. In an open funnel they may, when journeys enter at later stages. When no journey enters, every share is NaN.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Funnel
{
    private readonly FunnelStep[] _steps;

    private Funnel(FunnelKind kind, FunnelStep[] steps, long entered)
    {
        Kind = kind;
        _steps = steps;
        Steps = Array.AsReadOnly(steps);
        Entered = entered;
    }

    /// <summary>Whether journeys may enter at any stage.</summary>
    public FunnelKind Kind { get; }

    /// <summary>The stages, in funnel order.</summary>
    public IReadOnlyList<FunnelStep> Steps { get; }

    /// <summary>The number of journeys that entered the funnel (at any stage).</summary>
    public long Entered { get; }

    /// <summary>Builds the funnel of <paramref name="paths"/> over <paramref name="stages"/>.</summary>
    /// <param name="paths">The paths; none null. Pass a <see cref="PathCollection"/> to reuse its interned names.</param>
    /// <param name="stages">The stage names in funnel order: at least one, none null, blank or reserved. A name may repeat.</param>
    /// <param name="kind">Whether journeys must enter at the first stage (default) or may enter at any stage.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or <paramref name="stages"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A path is <see langword="null"/>, or <paramref name="stages"/> is empty or holds a null, blank or reserved name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="FunnelKind"/>.</exception>
    public static Funnel Build(IEnumerable<ConversionPath> paths, IEnumerable<string> stages, FunnelKind kind = FunnelKind.Closed)
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (kind is not FunnelKind.Closed and not FunnelKind.Open)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown funnel kind; use Closed or Open.");
        }

        string[] names = [.. stages];
        if (names.Length == 0)
        {
            throw new ArgumentException("A funnel needs at least one stage.", nameof(stages));
        }

        for (int j = 0; j < names.Length; j++)
        {
            ConversionPath.CheckStepName(names[j], nameof(stages), string.Create(CultureInfo.InvariantCulture, $"Stage {j}"));
        }

        PathCollection collection = PathCollection.Of(paths, nameof(paths));
        int m = names.Length;
        int[] stageIds = new int[m];
        for (int j = 0; j < m; j++)
        {
            stageIds[j] = collection.IdOf(names[j]);
        }

        long[] entered = new long[m];
        long[] reached = new long[m];
        int[] ids = collection.StepIds;
        int[] offsets = collection.Offsets;
        for (int p = 0; p < collection.Count; p++)
        {
            int start = offsets[p], end = offsets[p + 1];
            int entry = -1, position = -1;
            for (int j = 0; j < (kind == FunnelKind.Closed ? 1 : m) && entry < 0; j++)
            {
                position = Array.IndexOf(ids, stageIds[j], start, end - start);
                if (stageIds[j] >= 0 && position >= 0)
                {
                    entry = j;
                }
            }

            if (entry < 0)
            {
                continue;
            }

            long weight = collection[p].Journeys;
            entered[entry] += weight;
            reached[entry] += weight;
            for (int j = entry + 1; j < m; j++)
            {
                position = position + 1 < end && stageIds[j] >= 0 ? Array.IndexOf(ids, stageIds[j], position + 1, end - position - 1) : -1;
                if (position < 0)
                {
                    break;
                }

                reached[j] += weight;
            }
        }

        long total = 0;
        foreach (long e in entered)
        {
            total += e;
        }

        var steps = new FunnelStep[m];
        for (int j = 0; j < m; j++)
        {
            long dropOff = j + 1 < m ? reached[j] - (reached[j + 1] - entered[j + 1]) : 0;
            steps[j] = new FunnelStep(j, names[j], entered[j], reached[j], dropOff, total == 0 ? double.NaN : (double)reached[j] / total);
        }

        return new Funnel(kind, steps, total);
    }

    /// <summary>
    /// The funnel as a table with columns <c>index, stage, entered, reached, share, drop_off, drop_off_rate</c>, one
    /// row per entry of <see cref="Steps"/>: <c>index</c> is the 1-based position (<see cref="FunnelStep.Index"/> + 1),
    /// <c>share</c> and <c>drop_off_rate</c> are in [0, 1] (NaN when undefined).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(_steps.Length);
        foreach (FunnelStep s in _steps)
        {
            rows.Add([(long)(s.Index + 1), s.Stage, s.Entered, s.Reached, s.Share, s.DropOff, s.DropOffRate]);
        }

        return ResultTable.FromRows(["index", "stage", "entered", "reached", "share", "drop_off", "drop_off_rate"], rows);
    }

    /// <summary>The funnel as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The funnel as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>
    /// Formats the funnel as an aligned table for reading: stage, entered, reached, share, drop-off, drop-off rate, in
    /// percent; <see cref="ToTable"/> has the same numbers as fractions for data frames.
    /// </summary>
    /// <returns>A heading line followed by one line per stage.</returns>
    public override string ToString()
    {
        string[] header = ["stage", "entered", "reached", "share", "drop-off", "drop-off rate"];
        var rows = new List<string[]>();
        foreach (FunnelStep s in _steps)
        {
            rows.Add([
                string.Create(CultureInfo.InvariantCulture, $"{s.Index + 1} {s.Stage}"),
                s.Entered.ToString(CultureInfo.InvariantCulture),
                s.Reached.ToString(CultureInfo.InvariantCulture),
                Percent(s.Share),
                s.DropOff.ToString(CultureInfo.InvariantCulture),
                Percent(s.DropOffRate),
            ]);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Kind} funnel: {Entered} journeys entered") + Environment.NewLine + PathText.Table(header, rows);
    }

    private static string Percent(double value) =>
        double.IsNaN(value) ? "NaN" : (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
}
