using System.Globalization;
using CxCore.Ratings;

namespace CxCore.Journeys;

/// <summary>
/// One cell of a <see cref="JourneyMap"/>: the touchpoints of one stage through one channel (or owned by one
/// department), with their volume, mean signal, linked NPS, CSAT and CES, and the score points their pain points cost.
/// </summary>
/// <remarks>
/// In <see cref="JourneyMap.StageChannelCells"/>, <see cref="Department"/> is <c>default(Department)</c>; in
/// <see cref="JourneyMap.StageDepartmentCells"/>, <see cref="Channel"/> is <c>default(Channel)</c>. The rating scores
/// are built from unweighted <see cref="RatingCounts"/> of the feedback linked to the cell's touchpoints (survey weights
/// are not applied here) and are empty (NaN, with undefined intervals) when no such feedback exists; their
/// <c>Interval</c> methods give the intervals. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class JourneyMapCell
{
    internal JourneyMapCell(LifecycleStage stage, Channel channel, Department department, long volume, double meanSignal, double painCost, RatingCounts nps, RatingCounts csat, RatingCounts ces)
    {
        Stage = stage;
        Channel = channel;
        Department = department;
        Volume = volume;
        MeanSignal = meanSignal;
        PainPointCost = painCost;
        NpsCounts = nps;
        CsatCounts = csat;
        CesCounts = ces;
        Nps = NetPromoterScore.FromCounts(nps);
        Csat = SatisfactionScore.FromCounts(csat);
        Ces = EffortScore.FromCounts(ces);
    }

    /// <summary>The lifecycle stage.</summary>
    public LifecycleStage Stage { get; }

    /// <summary>The channel; <c>default</c> in the stage × department grid.</summary>
    public Channel Channel { get; }

    /// <summary>The owning department; <c>default</c> in the stage × channel grid.</summary>
    public Department Department { get; }

    /// <summary>The number of touchpoints in the cell (at least 1).</summary>
    public long Volume { get; }

    /// <summary>The mean touchpoint signal (after penalties) in [−1, 1], unweighted.</summary>
    public double MeanSignal { get; }

    /// <summary>The journey-score points lost to pain points at the cell's touchpoints, summed over journeys (zero or more).</summary>
    public double PainPointCost { get; }

    /// <summary>The counts of linked NPS ratings (0–10).</summary>
    public RatingCounts NpsCounts { get; }

    /// <summary>The counts of linked CSAT ratings (1–5).</summary>
    public RatingCounts CsatCounts { get; }

    /// <summary>The counts of linked CES ratings (1–7).</summary>
    public RatingCounts CesCounts { get; }

    /// <summary>The NPS of the linked NPS ratings; empty when there are none.</summary>
    public NetPromoterScore Nps { get; }

    /// <summary>The CSAT (top-2-box) of the linked CSAT ratings; empty when there are none.</summary>
    public SatisfactionScore Csat { get; }

    /// <summary>The CES of the linked CES ratings; empty when there are none.</summary>
    public EffortScore Ces { get; }

    /// <summary>Formats the cell on one line: stage, channel or department, volume, signal, scores with 95 % intervals, pain cost.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Stage} / {(Channel.IsEmpty ? Department.Name : Channel.Name)}: {Volume} touchpoints, signal {MeanSignal:+0.00;-0.00;0.00}, NPS {Format(Nps.Value, Nps.Interval())}, CSAT {Format(Csat.Value, Csat.Interval())}, CES {FormatMean(Ces.Mean, Ces.Interval())}, pain {PainPointCost:0.#}");

    private static string Format(double value, ConfidenceInterval interval) =>
        double.IsNaN(value)
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.0} [{interval.Lower:0.0}, {interval.Upper:0.0}]");

    private static string FormatMean(double value, ConfidenceInterval interval) =>
        double.IsNaN(value)
            ? "-"
            : interval.IsDefined
                ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00} [{interval.Lower:0.00}, {interval.Upper:0.00}]")
                : string.Create(CultureInfo.InvariantCulture, $"{value:0.00}");
}
