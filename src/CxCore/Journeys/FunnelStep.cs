using System.Globalization;

namespace CxCore.Journeys;

/// <summary>One stage of a <see cref="Funnel"/>: how many journeys entered the funnel here, reached it, and dropped off after it.</summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class FunnelStep
{
    internal FunnelStep(int index, string stage, long entered, long reached, long dropOff, double share)
    {
        Index = index;
        Stage = stage;
        Entered = entered;
        Reached = reached;
        DropOff = dropOff;
        Share = share;
    }

    /// <summary>The position of the stage in the funnel, from 0.</summary>
    public int Index { get; }

    /// <summary>The stage (step name).</summary>
    public string Stage { get; }

    /// <summary>The journeys that entered the funnel at this stage (only the first stage of a closed funnel has entries).</summary>
    public long Entered { get; }

    /// <summary>The journeys that reached this stage: entered here or at an earlier stage and passed every stage in between, in order.</summary>
    public long Reached { get; }

    /// <summary>The journeys that reached this stage but not the next; 0 for the last stage.</summary>
    public long DropOff { get; }

    /// <summary><see cref="DropOff"/> / <see cref="Reached"/>, in [0, 1]; NaN when no journey reached the stage.</summary>
    public double DropOffRate => Reached == 0 ? double.NaN : (double)DropOff / Reached;

    /// <summary>
    /// <see cref="Reached"/> as a share of all journeys that entered the funnel, in [0, 1]; NaN when none entered. In a closed
    /// funnel it starts at 1 and never increases.
    /// </summary>
    public double Share { get; }

    /// <summary>Formats the step as <c>2 cart: reached 40 (40.00 %), drop-off 10</c>.</summary>
    /// <returns>The formatted step.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Index + 1} {Stage}: reached {Reached} ({Share * 100:0.00} %), drop-off {DropOff}");
}
