using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>
/// A sequence of step names (such as marketing channels or touchpoint kinds) with the number of journeys that followed
/// it and converted and that followed it and did not: the aggregated form analysts hold after a
/// <c>GROUP BY path</c>. Optionally one <see cref="Instant"/> per step, for time-decay attribution.
/// </summary>
/// <remarks>
/// <para>
/// Every step name is non-blank and is compared ordinally (case-sensitive). The names <see cref="TransitionMatrix.StartState"/>,
/// <see cref="TransitionMatrix.ConversionState"/> and <see cref="TransitionMatrix.NullState"/> are reserved for the
/// states of the transition matrix and are rejected. A path has at least one step and stands for at least one
/// journey (<see cref="Conversions"/> + <see cref="NonConversions"/> ≥ 1). Step times, when given, are one per step and
/// in non-decreasing order.
/// </para>
/// <para>Immutable and thread-safe. Equality is reference equality.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class ConversionPath
{
    private readonly string[] _steps;
    private readonly Instant[]? _times;

    private ConversionPath(string[] steps, Instant[]? times, long conversions, long nonConversions, long journeys)
    {
        _steps = steps;
        _times = times;
        Steps = Array.AsReadOnly(steps);
        StepTimes = times is null ? null : Array.AsReadOnly(times);
        Conversions = conversions;
        NonConversions = nonConversions;
        Journeys = journeys;
    }

    /// <summary>The step names in order; at least one, none blank.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>The time of each step (same length as <see cref="Steps"/>, non-decreasing), or <see langword="null"/> when the path has no times.</summary>
    public IReadOnlyList<Instant>? StepTimes { get; }

    /// <summary>Whether <see cref="StepTimes"/> is present (required by time-decay attribution).</summary>
    public bool HasStepTimes => _times is not null;

    /// <summary>The number of journeys that followed this path and converted; at least 0.</summary>
    public long Conversions { get; }

    /// <summary>The number of journeys that followed this path and did not convert; at least 0.</summary>
    public long NonConversions { get; }

    /// <summary>The number of journeys the path stands for: <see cref="Conversions"/> + <see cref="NonConversions"/>, at least 1.</summary>
    public long Journeys { get; }

    internal string[] StepArray => _steps;

    internal Instant[]? TimeArray => _times;

    /// <summary>Creates a path from its steps and its conversion and non-conversion counts.</summary>
    /// <param name="steps">The step names in order: at least one, none null, blank or reserved.</param>
    /// <param name="conversions">The number of journeys on this path that converted, at least 0.</param>
    /// <param name="nonConversions">The number of journeys on this path that did not convert, at least 0.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="steps"/> is empty or holds a null, blank or reserved name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or both are 0.</exception>
    /// <exception cref="OverflowException">The two counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static ConversionPath FromCounts(IEnumerable<string> steps, long conversions, long nonConversions)
    {
        string[] array = CopySteps(steps);
        long journeys = CheckCounts(conversions, nonConversions);
        return new ConversionPath(array, null, conversions, nonConversions, journeys);
    }

    /// <summary>Creates a path with one time per step, from its steps and its conversion and non-conversion counts.</summary>
    /// <param name="steps">The step names in order: at least one, none null, blank or reserved.</param>
    /// <param name="stepTimes">The time of each step: as many as <paramref name="steps"/>, in non-decreasing order.</param>
    /// <param name="conversions">The number of journeys on this path that converted, at least 0.</param>
    /// <param name="nonConversions">The number of journeys on this path that did not convert, at least 0.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or <paramref name="stepTimes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="steps"/> is empty or holds a null, blank or reserved name; or <paramref name="stepTimes"/> has a
    /// different length or decreases.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or both are 0.</exception>
    /// <exception cref="OverflowException">The two counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static ConversionPath FromCounts(IEnumerable<string> steps, IEnumerable<Instant> stepTimes, long conversions, long nonConversions)
    {
        string[] array = CopySteps(steps);
        Instant[] times = CopyTimes(stepTimes, array.Length);
        long journeys = CheckCounts(conversions, nonConversions);
        return new ConversionPath(array, times, conversions, nonConversions, journeys);
    }

    /// <summary>Creates the path of one journey.</summary>
    /// <param name="steps">The step names in order: at least one, none null, blank or reserved.</param>
    /// <param name="converted">Whether the journey converted.</param>
    /// <returns>A path with one conversion, or one non-conversion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="steps"/> is empty or holds a null, blank or reserved name.</exception>
    public static ConversionPath Single(IEnumerable<string> steps, bool converted) =>
        FromCounts(steps, converted ? 1 : 0, converted ? 0 : 1);

    /// <summary>Creates the path of one journey with the time of each step.</summary>
    /// <param name="steps">The step names in order: at least one, none null, blank or reserved.</param>
    /// <param name="stepTimes">The time of each step: as many as <paramref name="steps"/>, in non-decreasing order.</param>
    /// <param name="converted">Whether the journey converted.</param>
    /// <returns>A path with one conversion, or one non-conversion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or <paramref name="stepTimes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="steps"/> is empty or holds a null, blank or reserved name; or <paramref name="stepTimes"/> has a
    /// different length or decreases.
    /// </exception>
    public static ConversionPath Single(IEnumerable<string> steps, IEnumerable<Instant> stepTimes, bool converted) =>
        FromCounts(steps, stepTimes, converted ? 1 : 0, converted ? 0 : 1);

    /// <summary>
    /// Parses a delimited path such as <c>"search &gt; email &gt; direct"</c> (the form many tools and SQL
    /// <c>STRING_AGG</c> queries produce); whitespace around each step is removed.
    /// </summary>
    /// <param name="path">The delimited step names.</param>
    /// <param name="conversions">The number of journeys on this path that converted, at least 0.</param>
    /// <param name="nonConversions">The number of journeys on this path that did not convert, at least 0.</param>
    /// <param name="separator">The character between steps; <c>'&gt;'</c> by default.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">
    /// A step is blank (including an empty or white-space <paramref name="path"/>) or a reserved name; the message shows the path.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or both are 0.</exception>
    /// <exception cref="OverflowException">The two counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static ConversionPath Parse(string path, long conversions, long nonConversions, char separator = '>')
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] parts = path.Split(separator, StringSplitOptions.TrimEntries);
        if (BadStep(parts) is string problem)
        {
            throw new FormatException($"The path {Parsing.Show(path)} is not a list of steps separated by '{separator}': {problem}");
        }

        return FromCounts(parts, conversions, nonConversions);
    }

    /// <summary>Tries to parse a path delimited by <c>'&gt;'</c> (see <see cref="Parse"/>); never throws.</summary>
    /// <param name="path">The delimited step names, or <see langword="null"/>.</param>
    /// <param name="conversions">The number of journeys on this path that converted.</param>
    /// <param name="nonConversions">The number of journeys on this path that did not convert.</param>
    /// <param name="result">The path, or <see langword="null"/> when the text or the counts are not valid.</param>
    /// <returns>
    /// Whether the path was read: <see langword="false"/> for <see langword="null"/> text, a blank or reserved step,
    /// a negative count, counts that are both 0 or that add up to more than <see cref="long.MaxValue"/>.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? path, long conversions, long nonConversions, [NotNullWhen(true)] out ConversionPath? result) =>
        TryParse(path, conversions, nonConversions, '>', out result);

    /// <summary>Tries to parse a path delimited by <paramref name="separator"/> (see <see cref="Parse"/>); never throws.</summary>
    /// <param name="path">The delimited step names, or <see langword="null"/>.</param>
    /// <param name="conversions">The number of journeys on this path that converted.</param>
    /// <param name="nonConversions">The number of journeys on this path that did not convert.</param>
    /// <param name="separator">The character between steps.</param>
    /// <param name="result">The path, or <see langword="null"/> when the text or the counts are not valid.</param>
    /// <returns>Whether the path was read (see <see cref="TryParse(string, long, long, out ConversionPath)"/>).</returns>
    public static bool TryParse([NotNullWhen(true)] string? path, long conversions, long nonConversions, char separator, [NotNullWhen(true)] out ConversionPath? result)
    {
        result = null;
        if (path is null || conversions < 0 || nonConversions < 0 || (conversions == 0 && nonConversions == 0) || conversions > long.MaxValue - nonConversions)
        {
            return false;
        }

        string[] parts = path.Split(separator, StringSplitOptions.TrimEntries);
        if (BadStep(parts) is not null)
        {
            return false;
        }

        result = new ConversionPath(parts, null, conversions, nonConversions, conversions + nonConversions);
        return true;
    }

    // What is wrong with the steps of a parsed path, or null when nothing is.
    private static string? BadStep(string[] parts)
    {
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"step {i} is blank.");
            }

            if (parts[i] == TransitionMatrix.StartState || parts[i] == TransitionMatrix.ConversionState || parts[i] == TransitionMatrix.NullState)
            {
                return string.Create(CultureInfo.InvariantCulture, $"step {i} is \"{parts[i]}\", a name reserved for the states of the transition matrix.");
            }
        }

        return null;
    }

    /// <summary>
    /// One path per journey, for attribution and path analysis of modelled journeys, cut at the journey's first
    /// conversion: the step name of each touchpoint in time order up to and including the first touchpoint that passes
    /// <paramref name="isConversion"/>, with the touchpoint times as step times (so time decay works), and one conversion;
    /// or, for a journey without a conversion touchpoint, every touchpoint and one non-conversion.
    /// </summary>
    /// <param name="journeys">The journeys; none null, each with at least one touchpoint (feedback is not a step).</param>
    /// <param name="step">The step name of a touchpoint, such as <c>t =&gt; t.Channel.Name</c>; never null, blank or reserved.</param>
    /// <param name="isConversion">Whether a touchpoint is a conversion, such as <see cref="JourneyOutcomeRules.SucceededAt(LifecycleStage)"/>.</param>
    /// <param name="keepWholeJourney">
    /// <see langword="false"/> (the default) to end a converting path at its first conversion; <see langword="true"/> to
    /// keep every touchpoint of the journey (see remarks for why that double-counts).
    /// </param>
    /// <returns>The paths, in the order of <paramref name="journeys"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A journey is null or has no touchpoints, or <paramref name="step"/> returns a null, blank or reserved name (the
    /// message gives the journey's position and the touchpoint's id).
    /// </exception>
    /// <remarks>
    /// <para>
    /// Attribution asks which touchpoints led to a conversion, so only what came before it can take credit. A journey
    /// holds what happened after the purchase as well (onboarding, support calls, a second purchase): keeping those
    /// steps in a converting path gives post-purchase contacts a share of the purchase's credit that they cannot have
    /// earned, and when a journey converts twice the steps between the two conversions are credited for both, the same
    /// touchpoints counted once per conversion of one path. Set <paramref name="keepWholeJourney"/> only to describe
    /// whole journeys (path frequencies), not to attribute.
    /// </para>
    /// <para>One journey gives one path and at most one conversion, however many conversion touchpoints it has.</para>
    /// </remarks>
    public static IReadOnlyList<ConversionPath> FromJourneys(
        IEnumerable<Journey> journeys, Func<Touchpoint, string> step, Func<Touchpoint, bool> isConversion, bool keepWholeJourney = false)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(isConversion);
        var paths = new List<ConversionPath>();
        int position = 0;
        foreach (Journey journey in journeys)
        {
            Touchpoint[] touchpoints = CheckJourney(journey, position);
            int length = touchpoints.Length;
            bool didConvert = false;
            for (int i = 0; i < touchpoints.Length; i++)
            {
                if (isConversion(touchpoints[i]))
                {
                    didConvert = true;
                    if (!keepWholeJourney)
                    {
                        length = i + 1;
                    }

                    break;
                }
            }

            paths.Add(PathOf(touchpoints, length, step, position, didConvert));
            position++;
        }

        return paths.AsReadOnly();
    }

    /// <summary>
    /// One path per journey, with every touchpoint of the journey: the step name of each touchpoint in time order, with
    /// the touchpoint times as step times (so time decay works), and one conversion or one non-conversion.
    /// </summary>
    /// <remarks>
    /// A journey-level test cannot tell where the conversion happened, so the path keeps the touchpoints after it, and
    /// attribution then credits post-purchase contacts with the purchase. To attribute, prefer
    /// <see cref="FromJourneys(IEnumerable{Journey}, Func{Touchpoint, string}, Func{Touchpoint, bool}, bool)"/>, which cuts
    /// each path at its first conversion touchpoint.
    /// </remarks>
    /// <param name="journeys">The journeys; none null, each with at least one touchpoint (feedback is not a step).</param>
    /// <param name="step">The step name of a touchpoint, such as <c>t =&gt; t.Channel.Name</c>; never null, blank or reserved.</param>
    /// <param name="converted">Whether a journey converted, such as <c>j =&gt; j.Outcome == JourneyOutcome.Converted</c>.</param>
    /// <returns>The paths, in the order of <paramref name="journeys"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A journey is null or has no touchpoints, or <paramref name="step"/> returns a null, blank or reserved name (the
    /// message gives the journey's position and the touchpoint's id).
    /// </exception>
    public static IReadOnlyList<ConversionPath> FromJourneys(IEnumerable<Journey> journeys, Func<Touchpoint, string> step, Func<Journey, bool> converted)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(converted);
        var paths = new List<ConversionPath>();
        int position = 0;
        foreach (Journey journey in journeys)
        {
            Touchpoint[] touchpoints = CheckJourney(journey, position);
            paths.Add(PathOf(touchpoints, touchpoints.Length, step, position, converted(journey)));
            position++;
        }

        return paths.AsReadOnly();
    }

    private static Touchpoint[] CheckJourney(Journey? journey, int position)
    {
        if (journey is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The journey at position {position} is null."), "journeys");
        }

        Touchpoint[] touchpoints = journey.TouchpointArray;
        if (touchpoints.Length == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The journey at position {position} (customer {journey.Customer}) has no touchpoints, so it has no path; leave it out, for example with journeys.Where(j => j.Touchpoints.Count > 0)."), "journeys");
        }

        return touchpoints;
    }

    private static ConversionPath PathOf(Touchpoint[] touchpoints, int length, Func<Touchpoint, string> step, int position, bool didConvert)
    {
        string[] steps = new string[length];
        Instant[] times = new Instant[length];
        for (int i = 0; i < length; i++)
        {
            steps[i] = step(touchpoints[i]);
            CheckStepName(steps[i], nameof(step), string.Create(CultureInfo.InvariantCulture, $"The step name of touchpoint '{touchpoints[i].Id}' in the journey at position {position}"));
            times[i] = touchpoints[i].At;
        }

        return new ConversionPath(steps, times, didConvert ? 1 : 0, didConvert ? 0 : 1, 1);
    }

    /// <summary>Formats the path as <c>a &gt; b &gt; c (conversions 1, non-conversions 2)</c>.</summary>
    /// <returns>The formatted path.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{string.Join(" > ", _steps)} (conversions {Conversions}, non-conversions {NonConversions})");

    /// <summary>Checks that <paramref name="name"/> is a usable step name: given, not blank, not a state of the transition matrix.</summary>
    internal static void CheckStepName(string? name, string paramName, string what)
    {
        Preconditions.CheckArgument(name is not null, paramName, $"{what} is null.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), paramName, $"{what} is blank; every step needs a name.");
        Preconditions.CheckArgument(
            name != TransitionMatrix.StartState && name != TransitionMatrix.ConversionState && name != TransitionMatrix.NullState,
            paramName,
            $"{what} is \"{name}\", a name reserved for the states of the transition matrix.");
    }

    private static string[] CopySteps(IEnumerable<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        string[] array = [.. steps];
        if (array.Length == 0)
        {
            throw new ArgumentException("A path needs at least one step.", nameof(steps));
        }

        for (int i = 0; i < array.Length; i++)
        {
            CheckStepName(array[i], nameof(steps), string.Create(CultureInfo.InvariantCulture, $"Step {i}"));
        }

        return array;
    }

    private static Instant[] CopyTimes(IEnumerable<Instant> stepTimes, int stepCount)
    {
        ArgumentNullException.ThrowIfNull(stepTimes);
        Instant[] times = [.. stepTimes];
        if (times.Length != stepCount)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A path with {stepCount} steps needs {stepCount} step times, not {times.Length}."), nameof(stepTimes));
        }

        for (int i = 1; i < times.Length; i++)
        {
            if (times[i] < times[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Step time {i} ({times[i]}) is earlier than step time {i - 1} ({times[i - 1]}); step times must not decrease."), nameof(stepTimes));
            }
        }

        return times;
    }

    private static long CheckCounts(long conversions, long nonConversions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(conversions);
        ArgumentOutOfRangeException.ThrowIfNegative(nonConversions);
        if (conversions == 0 && nonConversions == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(nonConversions), nonConversions, "A path stands for at least one journey: conversions + non-conversions must be at least 1.");
        }

        return checked(conversions + nonConversions);
    }
}
