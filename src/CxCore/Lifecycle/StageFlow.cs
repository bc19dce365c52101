using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// How customers move through the lifecycle stages of their touchpoints: the time spent in each stage (Kaplan–Meier,
/// with customers still in a stage censored), stage-to-stage transitions over a window, and the stage funnel.
/// </summary>
/// <remarks>
/// <para>
/// <b>Episodes.</b> Each customer's touchpoints before the as-of instant are taken in time order (equal instants in
/// stage order); a maximal run of consecutive touchpoints in one stage is one <em>episode</em> in that stage, starting
/// at its first touchpoint. It ends when the next episode starts (the customer left the stage: an event) or, for the
/// customer's last episode, is censored at the as-of instant (still in the stage, as far as anyone knows). A customer
/// who returns to a stage (usage → support → usage) has several episodes in it; each is one observation.
/// </para>
/// <para>
/// <see cref="TimeInStage"/> is the Kaplan–Meier curve of episode durations in a stage (<see cref="SurvivalCurve"/>),
/// so median time in stage does not ignore customers who are still there. <see cref="Transitions"/> and
/// <see cref="Funnel"/> are described on <see cref="StageTransitions"/> and <see cref="StageFunnel"/>.
/// </para>
/// <para>
/// All touchpoints must use stages of one <see cref="LifecycleModel"/>. Touchpoints at or after the as-of instant are not
/// yet observed and are only counted (<see cref="TouchpointsAfterAsOf"/>). Empty input gives a flow of the default model
/// with no customers. Immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class StageFlow : ITabularResult
{
    private readonly int[][] _stages; // per customer: episode stage ordinals
    private readonly Instant[][] _starts; // per customer: episode starts
    private readonly SurvivalCurve[] _curves;

    internal StageFlow(LifecycleModel model, Instant asOf, int[][] stages, Instant[][] starts, long after)
    {
        Model = model;
        AsOf = asOf;
        _stages = stages;
        _starts = starts;
        TouchpointsAfterAsOf = after;
        int m = model.Stages.Count;
        var times = new List<Duration>[m];
        var left = new List<bool>[m];
        for (int s = 0; s < m; s++)
        {
            times[s] = [];
            left[s] = [];
        }

        for (int c = 0; c < stages.Length; c++)
        {
            for (int e = 0; e < stages[c].Length; e++)
            {
                bool last = e == stages[c].Length - 1;
                times[stages[c][e]].Add((last ? asOf : starts[c][e + 1]) - starts[c][e]);
                left[stages[c][e]].Add(!last);
            }
        }

        _curves = new SurvivalCurve[m];
        for (int s = 0; s < m; s++)
        {
            _curves[s] = SurvivalCurve.FromObservations(times[s].ToArray(), left[s].ToArray());
        }
    }

    /// <summary>Per customer, the stage ordinals of their episodes (for the JSON form).</summary>
    internal int[][] EpisodeStages => _stages;

    /// <summary>Per customer, the starts of their episodes (for the JSON form).</summary>
    internal Instant[][] EpisodeStarts => _starts;

    /// <summary>The lifecycle model of the touchpoints' stages.</summary>
    public LifecycleModel Model { get; }

    /// <summary>The cut-off: episodes still running at it are censored.</summary>
    public Instant AsOf { get; }

    /// <summary>The number of customers with a touchpoint before <see cref="AsOf"/>.</summary>
    public long CustomerCount => _stages.Length;

    /// <summary>The number of touchpoints at or after <see cref="AsOf"/> (not yet observed, ignored).</summary>
    public long TouchpointsAfterAsOf { get; }

    /// <summary>Builds the flow from touchpoints.</summary>
    /// <param name="touchpoints">The touchpoints of any number of customers, in any order; stages of one model.</param>
    /// <param name="asOf">The cut-off.</param>
    /// <returns>The flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoints"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Touchpoints use stages of different lifecycle models.</exception>
    public static StageFlow Compute(IEnumerable<Touchpoint> touchpoints, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        LifecycleModel? model = null;
        var byCustomer = new Dictionary<CustomerId, List<(Instant At, int Stage)>>();
        var order = new List<CustomerId>();
        long after = 0;
        foreach (Touchpoint t in touchpoints)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(touchpoints));
            model ??= t.Stage.Model;
            if (t.Stage.Model != model)
            {
                throw new ArgumentException(
                    $"Touchpoint {t.Id} is in stage {t.Stage} of the model '{t.Stage.Model.Name}', but earlier touchpoints use '{model.Name}'; a stage flow needs one model.",
                    nameof(touchpoints));
            }

            if (t.At >= asOf)
            {
                after++;
                continue;
            }

            if (!byCustomer.TryGetValue(t.Customer, out var list))
            {
                list = [];
                byCustomer.Add(t.Customer, list);
                order.Add(t.Customer);
            }

            list.Add((t.At, t.Stage.Ordinal));
        }

        int[][] stages = new int[order.Count][];
        Instant[][] starts = new Instant[order.Count][];
        var episodeStages = new List<int>();
        var episodeStarts = new List<Instant>();
        for (int c = 0; c < order.Count; c++)
        {
            List<(Instant At, int Stage)> list = byCustomer[order[c]];
            list.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Stage.CompareTo(b.Stage));
            episodeStages.Clear();
            episodeStarts.Clear();
            foreach ((Instant at, int stage) in list)
            {
                if (episodeStages.Count == 0 || episodeStages[^1] != stage)
                {
                    episodeStages.Add(stage);
                    episodeStarts.Add(at);
                }
            }

            stages[c] = episodeStages.ToArray();
            starts[c] = episodeStarts.ToArray();
        }

        return new StageFlow(model ?? LifecycleModel.Default, asOf, stages, starts, after);
    }

    /// <summary>The Kaplan–Meier curve of time spent in <paramref name="stage"/> per episode (leaving it is the event).</summary>
    /// <param name="stage">A stage of <see cref="Model"/>.</param>
    /// <returns>The curve (empty when nobody was in the stage).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not of <see cref="Model"/>.</exception>
    public SurvivalCurve TimeInStage(LifecycleStage stage) => _curves[Ordinal(stage)];

    /// <summary>Customers' stage at <paramref name="from"/> against their stage at <paramref name="to"/>.</summary>
    /// <param name="from">The start of the window.</param>
    /// <param name="to">The end of the window: after <paramref name="from"/>, at most <see cref="AsOf"/>.</param>
    /// <returns>The transitions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not after <paramref name="from"/>, or is after <see cref="AsOf"/>.</exception>
    public StageTransitions Transitions(Instant from, Instant to)
    {
        if (to <= from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The end of the window ({to}) must be after its start ({from}).");
        }

        if (to > AsOf)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The end of the window ({to}) is after the flow's as-of instant ({AsOf}), so the stages there are not known.");
        }

        int m = Model.Stages.Count;
        long[,] counts = new long[m + 1, m];
        for (int c = 0; c < _stages.Length; c++)
        {
            int end = StageAt(c, to);
            if (end < 0)
            {
                continue;
            }

            counts[StageAt(c, from) + 1, end]++;
        }

        return new StageTransitions(Model, from, to, counts);
    }

    /// <summary>The stage funnel at <see cref="AsOf"/> (see <see cref="StageFunnel"/>).</summary>
    /// <returns>The funnel.</returns>
    public StageFunnel Funnel()
    {
        int m = Model.Stages.Count;
        long[] furthest = new long[m];
        foreach (int[] episodes in _stages)
        {
            int max = 0;
            foreach (int s in episodes)
            {
                max = Math.Max(max, s);
            }

            furthest[max]++;
        }

        var steps = new StageFunnelStep[m];
        long reached = CustomerCount;
        long previous = CustomerCount;
        for (int s = 0; s < m; s++)
        {
            steps[s] = new StageFunnelStep(Model.Stages[s], reached, CustomerCount, previous);
            previous = reached;
            reached -= furthest[s];
        }

        return new StageFunnel(steps, CustomerCount);
    }

    /// <summary>
    /// Time in each stage as a table with columns <c>stage, episodes, left, still_in_stage, median_days, p75_days</c>
    /// (Kaplan–Meier median and 75th percentile of time in the stage; empty when not reached).
    /// </summary>
    /// <returns>The table, one row per stage of the model.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(Model.Stages.Count);
        foreach (LifecycleStage stage in Model.Stages)
        {
            SurvivalCurve curve = _curves[stage.Ordinal];
            rows.Add([stage.Name, curve.Count, curve.EventCount, curve.CensoredCount, curve.Median?.TotalDays, curve.Count == 0 ? null : curve.Percentile(0.75)?.TotalDays]);
        }

        return ResultTable.FromRows(["stage", "episodes", "left", "still_in_stage", "median_days", "p75_days"], rows);
    }

    /// <summary>Time in each stage as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per stage.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>Formats the flow: a line with the customers and the cut-off, then <see cref="ToTable"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Stage flow ({Model.Name}): {CustomerCount} customers as of {AsOf}\n") + ToTable();

    /// <summary>The stage ordinal of customer <paramref name="c"/> at <paramref name="at"/>, or −1 before their first touchpoint.</summary>
    private int StageAt(int c, Instant at)
    {
        Instant[] starts = _starts[c];
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? -1 : _stages[c][lo - 1];
    }

    private int Ordinal(LifecycleStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        if (stage.Model != Model)
        {
            throw new ArgumentException($"The stage {stage} is of the model '{stage.Model.Name}', not '{Model.Name}'.", nameof(stage));
        }

        return stage.Ordinal;
    }
}
