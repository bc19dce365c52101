using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;

namespace CxCore.Journeys;

/// <summary>The conversions an attribution model credits to each channel (step name) of a set of paths.</summary>
/// <remarks>
/// <para>
/// <see cref="Channels"/> lists every step name of the input, in ordinal order, including channels that receive no
/// credit. The credited conversions sum to <see cref="TotalConversions"/> and the shares to 1 (up to rounding).
/// </para>
/// <para>
/// The attribution models throw <see cref="InvalidOperationException"/> when no path converts, so a result always has
/// conversions to share; <see cref="HasConversions"/> is <see langword="true"/> for every result they return.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class AttributionResult : ITabularResult
{
    private readonly ChannelCredit[] _channels;
    private readonly Dictionary<string, ChannelCredit> _byName;
    private readonly bool _markov;

    /// <summary>Whether the credits came from the Markov model (the JSON form).</summary>
    internal bool IsMarkov => _markov;

    internal AttributionResult(string model, ChannelCredit[] channels, long totalConversions, double conversionProbability, bool markov)
    {
        _markov = markov;
        Model = model;
        _channels = channels;
        Channels = Array.AsReadOnly(channels);
        TotalConversions = totalConversions;
        ConversionProbability = conversionProbability;
        _byName = new Dictionary<string, ChannelCredit>(StringComparer.Ordinal);
        foreach (ChannelCredit credit in channels)
        {
            _byName.Add(credit.Channel, credit);
        }
    }

    /// <summary>The model that produced the result, such as <c>Linear</c> or <c>Markov (order 2)</c>.</summary>
    public string Model { get; }

    /// <summary>The credit of every channel, in ordinal order of the channel names.</summary>
    public IReadOnlyList<ChannelCredit> Channels { get; }

    /// <summary>The total number of conversions in the input; the credits sum to it.</summary>
    public long TotalConversions { get; }

    /// <summary>Whether any path converted; when not, shares and removal effects are NaN.</summary>
    public bool HasConversions => TotalConversions > 0;

    /// <summary>
    /// For Markov models, the probability that a journey reaches conversion from the start state, in [0, 1] (NaN when
    /// there are no paths); NaN for heuristic models.
    /// </summary>
    public double ConversionProbability { get; }

    /// <summary>The credit of <paramref name="channel"/>.</summary>
    /// <param name="channel">A step name of the input.</param>
    /// <returns>The credit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="channel"/> is not a step name of the input.</exception>
    public ChannelCredit this[string channel]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(channel);
            return _byName.TryGetValue(channel, out ChannelCredit? credit)
                ? credit
                : throw new KeyNotFoundException($"\"{channel}\" is not a channel of this attribution result.");
        }
    }

    /// <summary>
    /// The credits as a table with columns <c>channel, conversions, share, removal_effect</c>, one row per entry of
    /// <see cref="Channels"/> in its order: credited conversions, share in [0, 1] and the Markov removal effect (NaN for
    /// heuristic models, and every share and removal effect NaN when nothing converted).
    /// </summary>
    /// <returns>The table.</returns>
    public ResultTable ToTable()
    {
        var rows = new List<object?[]>(_channels.Length);
        foreach (ChannelCredit c in _channels)
        {
            rows.Add([c.Channel, c.Conversions, c.Share, c.RemovalEffect]);
        }

        return ResultTable.FromRows(["channel", "conversions", "share", "removal_effect"], rows);
    }

    /// <summary>The credits as a Markdown table (see <see cref="ToTable"/>).</summary>
    /// <returns>The Markdown table.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    /// <summary>The credits as flat rows (see <see cref="ToTable"/>).</summary>
    /// <returns>One dictionary per row.</returns>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> ToRows() => ToTable().ToRows();

    /// <summary>
    /// Formats the result as an aligned table for reading: channel, credited conversions, share in percent (and removal
    /// effect for Markov models); <see cref="ToTable"/> has the same numbers unrounded for data frames.
    /// </summary>
    /// <returns>A heading line followed by one line per channel.</returns>
    public override string ToString()
    {
        bool markov = _markov;
        string[] header = markov ? ["channel", "conversions", "share", "removal effect"] : ["channel", "conversions", "share"];
        var rows = new List<string[]>();
        foreach (ChannelCredit c in _channels)
        {
            string conversions = c.Conversions.ToString("0.0000", CultureInfo.InvariantCulture);
            string share = double.IsNaN(c.Share) ? "NaN" : (c.Share * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
            rows.Add(markov
                ? [c.Channel, conversions, share, c.RemovalEffect.ToString("0.0000", CultureInfo.InvariantCulture)]
                : [c.Channel, conversions, share]);
        }

        string title = string.Create(CultureInfo.InvariantCulture, $"{Model}, total conversions {TotalConversions}");
        if (markov)
        {
            title += string.Create(CultureInfo.InvariantCulture, $", P(conversion) = {ConversionProbability:0.######}");
        }

        return title + Environment.NewLine + PathText.Table(header, rows);
    }
}
