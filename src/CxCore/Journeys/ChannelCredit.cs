using System.Globalization;

namespace CxCore.Journeys;

/// <summary>The conversions an attribution model credits to one channel (step name), with its share of all conversions.</summary>
/// <remarks>Immutable and thread-safe. Equality is reference equality.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ChannelCredit
{
    internal ChannelCredit(string channel, double conversions, double share, double removalEffect)
    {
        Channel = channel;
        Conversions = conversions;
        Share = share;
        RemovalEffect = removalEffect;
    }

    /// <summary>The channel (step name).</summary>
    public string Channel { get; }

    /// <summary>
    /// The conversions credited to the channel (fractional), at least 0; over all channels they sum to the total
    /// conversions (up to rounding). 0 when there are no conversions.
    /// </summary>
    public double Conversions { get; }

    /// <summary>The channel's share of all conversions, in [0, 1]; the shares sum to 1. NaN when there are no conversions.</summary>
    public double Share { get; }

    /// <summary>
    /// The Markov removal effect RE = 1 − P(conversion without the channel) / P(conversion), in [0, 1]. NaN for heuristic
    /// models and when there are no conversions.
    /// </summary>
    public double RemovalEffect { get; }

    /// <summary>Formats the credit as <c>channel: 12.5 conversions (25.00 %)</c>.</summary>
    /// <returns>The formatted credit.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Channel}: {Conversions:0.####} conversions ({Share * 100:0.00} %)");
}
