using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CxCore.Ratings;

namespace CxCore.Journeys;

/// <summary>
/// A journey map: stage × channel and stage × department grids of touchpoint volume, mean signal, linked NPS, CSAT and
/// CES with intervals, the top pain points ranked by impact, and the impact by owning department.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Build(IEnumerable{Journey}, JourneyScorer, int)"/> scores every journey with the given <see cref="JourneyScorer"/> and aggregates touchpoint by
/// touchpoint. A cell's mean signal is the unweighted mean of its touchpoints' signals; its NPS, CSAT and CES use the
/// ratings of feedback linked to its touchpoints by id (<see cref="RatingMetric.Nps"/>, <see cref="RatingMetric.Csat"/>
/// and <see cref="RatingMetric.Ces"/> instruments; custom instruments and relationship feedback are not placed on the
/// grid). A pain point's impact is volume × mean score lost, that is the sum of <see cref="PainPoint.Cost"/>.
/// </para>
/// <para>
/// Cells are ordered by stage (model name, then ordinal) and channel or department name (ordinal, ignoring case); pain
/// points and departments by impact, largest first (ties by kind and names). An empty input gives an empty map.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class JourneyMap
{
    /// <summary>The number of pain-point entries <see cref="Build(IEnumerable{Journey}, JourneyScorer, int)"/> keeps by default.</summary>
    public const int DefaultTopPainPoints = 10;

    private JourneyMap(
        int journeyCount,
        long touchpointCount,
        IReadOnlyList<JourneyMapCell> byChannel,
        IReadOnlyList<JourneyMapCell> byDepartment,
        IReadOnlyList<PainPointImpact> pains,
        IReadOnlyList<DepartmentImpact> departments)
    {
        JourneyCount = journeyCount;
        TouchpointCount = touchpointCount;
        StageChannelCells = byChannel;
        StageDepartmentCells = byDepartment;
        TopPainPoints = pains;
        ImpactByDepartment = departments;
    }

    /// <summary>The number of journeys mapped.</summary>
    public int JourneyCount { get; }

    /// <summary>The number of touchpoints mapped.</summary>
    public long TouchpointCount { get; }

    /// <summary>The non-empty stage × channel cells.</summary>
    public IReadOnlyList<JourneyMapCell> StageChannelCells { get; }

    /// <summary>The non-empty stage × department cells.</summary>
    public IReadOnlyList<JourneyMapCell> StageDepartmentCells { get; }

    /// <summary>The largest pain points by impact (kind × stage × channel × department), largest first.</summary>
    public IReadOnlyList<PainPointImpact> TopPainPoints { get; }

    /// <summary>The score points lost to pain points per owning department, largest first; shows who owns the bad cells.</summary>
    public IReadOnlyList<DepartmentImpact> ImpactByDepartment { get; }

    /// <summary>Maps <paramref name="journeys"/>, keeping the <see cref="DefaultTopPainPoints"/> largest pain points.</summary>
    /// <param name="journeys">The journeys.</param>
    /// <param name="scorer">The scorer that gives signals and pain points.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journeys"/>, a journey in it, or <paramref name="scorer"/> is <see langword="null"/>.</exception>
    public static JourneyMap Build(IEnumerable<Journey> journeys, JourneyScorer scorer) => Build(journeys, scorer, DefaultTopPainPoints);

    /// <summary>Maps <paramref name="journeys"/>, keeping the <paramref name="topPainPoints"/> largest pain points.</summary>
    /// <param name="journeys">The journeys.</param>
    /// <param name="scorer">The scorer that gives signals and pain points.</param>
    /// <param name="topPainPoints">How many pain-point entries to keep; at least 1.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journeys"/>, a journey in it, or <paramref name="scorer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topPainPoints"/> is less than 1.</exception>
    public static JourneyMap Build(IEnumerable<Journey> journeys, JourneyScorer scorer, int topPainPoints)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentOutOfRangeException.ThrowIfLessThan(topPainPoints, 1);

        var byChannel = new Dictionary<(LifecycleStage, Channel), Accumulator>();
        var byDepartment = new Dictionary<(LifecycleStage, Department), Accumulator>();
        var pains = new Dictionary<(PainPointKind, LifecycleStage, Channel, Department), Totals>();
        var departments = new Dictionary<Department, Totals>();
        int journeyCount = 0;
        long touchpointCount = 0;
        int index = 0;
        foreach (Journey journey in journeys)
        {
            if (journey is null)
            {
                throw new ArgumentNullException(nameof(journeys), $"Journey {index} is null.");
            }

            index++;
            journeyCount++;
            JourneyScore score = scorer.Score(journey);

            // The links the scorer used (touchpoint order, then feedback order) give each touchpoint's rating items.
            ReadOnlySpan<FeedbackLink> links = JourneyScoringData.Of(journey).Links;
            Feedback[] feedback = journey.FeedbackArray;
            int link = 0;
            for (int i = 0; i < score.Contributions.Count; i++)
            {
                TouchpointContribution item = score.Contributions[i];
                Touchpoint point = item.Touchpoint;
                touchpointCount++;
                Accumulator channelCell = Get(byChannel, (point.Stage, point.Channel));
                Accumulator departmentCell = Get(byDepartment, (point.Stage, point.Department));
                channelCell.Add(item.Signal);
                departmentCell.Add(item.Signal);
                for (; link < links.Length && links[link].TouchpointIndex == i; link++)
                {
                    Feedback answer = feedback[links[link].FeedbackIndex];
                    channelCell.AddRating(answer);
                    departmentCell.AddRating(answer);
                }
            }

            foreach (PainPoint pain in score.PainPoints)
            {
                Touchpoint point = pain.Touchpoint;
                Get(byChannel, (point.Stage, point.Channel)).PainCost += pain.Cost;
                Get(byDepartment, (point.Stage, point.Department)).PainCost += pain.Cost;
                Add(pains, (pain.Kind, point.Stage, point.Channel, point.Department), pain.Cost);
                Add(departments, point.Department, pain.Cost);
            }
        }

        var channelCells = new List<JourneyMapCell>(byChannel.Count);
        foreach (KeyValuePair<(LifecycleStage, Channel), Accumulator> pair in byChannel)
        {
            channelCells.Add(pair.Value.ToCell(pair.Key.Item1, pair.Key.Item2, default));
        }

        var departmentCells = new List<JourneyMapCell>(byDepartment.Count);
        foreach (KeyValuePair<(LifecycleStage, Department), Accumulator> pair in byDepartment)
        {
            departmentCells.Add(pair.Value.ToCell(pair.Key.Item1, default, pair.Key.Item2));
        }

        channelCells.Sort(static (a, b) => CompareCells(a, b, a.Channel.Name, b.Channel.Name));
        departmentCells.Sort(static (a, b) => CompareCells(a, b, a.Department.Name, b.Department.Name));

        var painList = new List<PainPointImpact>(pains.Count);
        foreach (KeyValuePair<(PainPointKind, LifecycleStage, Channel, Department), Totals> pair in pains)
        {
            painList.Add(new PainPointImpact(pair.Key.Item1, pair.Key.Item2, pair.Key.Item3, pair.Key.Item4, pair.Value.Count, pair.Value.Impact));
        }

        painList.Sort(static (a, b) =>
        {
            int c = b.Impact.CompareTo(a.Impact);
            if (c == 0)
            {
                c = a.Kind.CompareTo(b.Kind);
            }

            if (c == 0)
            {
                c = CompareStages(a.Stage, b.Stage);
            }

            if (c == 0)
            {
                c = StringComparer.OrdinalIgnoreCase.Compare(a.Channel.Name, b.Channel.Name);
            }

            return c != 0 ? c : StringComparer.OrdinalIgnoreCase.Compare(a.Department.Name, b.Department.Name);
        });
        if (painList.Count > topPainPoints)
        {
            painList.RemoveRange(topPainPoints, painList.Count - topPainPoints);
        }

        var departmentList = new List<DepartmentImpact>(departments.Count);
        foreach (KeyValuePair<Department, Totals> pair in departments)
        {
            departmentList.Add(new DepartmentImpact(pair.Key, pair.Value.Count, pair.Value.Impact));
        }

        departmentList.Sort(static (a, b) =>
        {
            int c = b.Impact.CompareTo(a.Impact);
            return c != 0 ? c : StringComparer.OrdinalIgnoreCase.Compare(a.Department.Name, b.Department.Name);
        });

        return new JourneyMap(
            journeyCount, touchpointCount, channelCells.AsReadOnly(), departmentCells.AsReadOnly(), painList.AsReadOnly(), departmentList.AsReadOnly());
    }

    /// <summary>
    /// The stage × channel grid as a table with columns <c>stage, channel, volume, mean_signal, pain_cost, nps_n, nps,
    /// nps_lower, nps_upper, csat_n, csat, csat_lower, csat_upper, ces_n, ces, ces_lower, ces_upper</c>, one row per
    /// cell of <see cref="StageChannelCells"/> in its order.
    /// </summary>
    /// <remarks>
    /// <c>volume</c> is the touchpoint count; <c>pain_cost</c> the score points lost to pain points
    /// (<see cref="JourneyMapCell.PainPointCost"/>); <c>*_n</c> the number of linked ratings; <c>nps</c> (−100..100) with
    /// its 95 % adjusted-Wald interval, <c>csat</c> (top-2-box percent) with its 95 % Wilson interval and <c>ces</c> (mean
    /// 1–7) with its 95 % t interval. A score without ratings is NaN; an undefined interval bound is empty (null).
    /// </remarks>
    /// <returns>The table.</returns>
    public ResultTable ToTable() => CellTable("channel", StageChannelCells, static c => c.Channel.Name);

    /// <summary>
    /// The stage × department grid as a table with the columns of <see cref="ToTable"/>, <c>department</c> in place of
    /// <c>channel</c>, one row per cell of <see cref="StageDepartmentCells"/> in its order.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable StageDepartmentTable() => CellTable("department", StageDepartmentCells, static c => c.Department.Name);

    /// <summary>
    /// The top pain points as a table with columns <c>rank, kind, stage, channel, department, count, impact,
    /// mean_cost</c>, one row per entry of <see cref="TopPainPoints"/>, largest impact first (rank 1).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable PainPointsTable()
    {
        var rows = new List<object?[]>(TopPainPoints.Count);
        for (int i = 0; i < TopPainPoints.Count; i++)
        {
            PainPointImpact p = TopPainPoints[i];
            rows.Add([(long)(i + 1), p.Kind.ToString(), p.Stage.Name, p.Channel.Name, p.Department.Name, p.Count, p.Impact, p.MeanCost]);
        }

        return ResultTable.FromRows(["rank", "kind", "stage", "channel", "department", "count", "impact", "mean_cost"], rows);
    }

    /// <summary>
    /// The impact by owning department as a table with columns <c>department, pain_points, impact</c>, one row per entry
    /// of <see cref="ImpactByDepartment"/>, largest impact first.
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable DepartmentsTable()
    {
        var rows = new List<object?[]>(ImpactByDepartment.Count);
        foreach (DepartmentImpact d in ImpactByDepartment)
        {
            rows.Add([d.Department.Name, d.Count, d.Impact]);
        }

        return ResultTable.FromRows(["department", "pain_points", "impact"], rows);
    }

    /// <summary>
    /// Formats the map as text: a line with the journey and touchpoint counts, then the aligned tables
    /// <see cref="ToTable"/>, <see cref="StageDepartmentTable"/>, <see cref="PainPointsTable"/> and
    /// <see cref="DepartmentsTable"/>, each under a title line and separated by a blank line.
    /// </summary>
    /// <returns>A multi-line, readable report.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Journey map: {JourneyCount} journeys, {TouchpointCount} touchpoints\n");
        text.Append("\nStage x channel (NPS, CSAT % and CES mean with 95 % intervals):\n").Append(ToTable());
        text.Append("\nStage x department:\n").Append(StageDepartmentTable());
        text.Append("\nTop pain points (impact = volume x mean score points lost):\n").Append(PainPointsTable());
        text.Append("\nImpact by owning department:\n").Append(DepartmentsTable());
        return text.ToString();
    }

    /// <summary>The stage × channel grid as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The stage × channel grid as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    private static ResultTable CellTable(string keyColumn, IReadOnlyList<JourneyMapCell> cells, Func<JourneyMapCell, string> key)
    {
        var rows = new List<object?[]>(cells.Count);
        foreach (JourneyMapCell c in cells)
        {
            ConfidenceInterval nps = c.Nps.Interval(), csat = c.Csat.Interval(), ces = c.Ces.Interval();
            rows.Add(
            [
                c.Stage.Name, key(c), c.Volume, c.MeanSignal, c.PainPointCost,
                c.NpsCounts.Total, c.Nps.Value, Lower(nps), Upper(nps),
                c.CsatCounts.Total, c.Csat.Value, Lower(csat), Upper(csat),
                c.CesCounts.Total, c.Ces.Mean, Lower(ces), Upper(ces),
            ]);
        }

        return ResultTable.FromRows(
            [
                "stage", keyColumn, "volume", "mean_signal", "pain_cost",
                "nps_n", "nps", "nps_lower", "nps_upper",
                "csat_n", "csat", "csat_lower", "csat_upper",
                "ces_n", "ces", "ces_lower", "ces_upper",
            ],
            rows);
    }

    private static object? Lower(ConfidenceInterval interval) => interval.IsDefined ? interval.Lower : null;

    private static object? Upper(ConfidenceInterval interval) => interval.IsDefined ? interval.Upper : null;

    private static int CompareCells(JourneyMapCell a, JourneyMapCell b, string aName, string bName)
    {
        int c = CompareStages(a.Stage, b.Stage);
        return c != 0 ? c : StringComparer.OrdinalIgnoreCase.Compare(aName, bName);
    }

    private static int CompareStages(LifecycleStage a, LifecycleStage b)
    {
        int c = StringComparer.OrdinalIgnoreCase.Compare(a.Model.Name, b.Model.Name);
        return c != 0 ? c : a.Ordinal.CompareTo(b.Ordinal);
    }

    private static Accumulator Get<TKey>(Dictionary<TKey, Accumulator> cells, TKey key)
        where TKey : notnull
    {
        if (!cells.TryGetValue(key, out Accumulator? cell))
        {
            cell = new Accumulator();
            cells.Add(key, cell);
        }

        return cell;
    }

    private static void Add<TKey>(Dictionary<TKey, Totals> totals, TKey key, double cost)
        where TKey : notnull
    {
        if (!totals.TryGetValue(key, out Totals? entry))
        {
            entry = new Totals();
            totals.Add(key, entry);
        }

        entry.Count++;
        entry.Impact += cost;
    }

    private sealed class Totals
    {
        public long Count { get; set; }

        public double Impact { get; set; }
    }

    private sealed class Accumulator
    {
        private readonly long[] _nps = new long[11];
        private readonly long[] _csat = new long[5];
        private readonly long[] _ces = new long[7];
        private long _volume;
        private double _signalSum;

        public double PainCost { get; set; }

        public void Add(double signal)
        {
            _volume++;
            _signalSum += signal;
        }

        public void AddRating(Feedback answer)
        {
            switch (answer.Instrument.Metric)
            {
                case RatingMetric.Nps:
                    _nps[answer.Rating - RatingScale.Nps.Minimum]++;
                    break;
                case RatingMetric.Csat:
                    _csat[answer.Rating - RatingScale.FivePoint.Minimum]++;
                    break;
                case RatingMetric.Ces:
                    _ces[answer.Rating - RatingScale.SevenPoint.Minimum]++;
                    break;
                default:
                    break;
            }
        }

        public JourneyMapCell ToCell(LifecycleStage stage, Channel channel, Department department) =>
            new(
                stage,
                channel,
                department,
                _volume,
                _signalSum / _volume,
                PainCost,
                RatingCounts.FromCounts(RatingScale.Nps, _nps),
                RatingCounts.FromCounts(RatingScale.FivePoint, _csat),
                RatingCounts.FromCounts(RatingScale.SevenPoint, _ces));
    }
}
