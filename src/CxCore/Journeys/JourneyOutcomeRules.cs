using System;

namespace CxCore.Journeys;

/// <summary>
/// Ready-made rules that tell which touchpoint is a conversion and give built journeys their outcome
/// (<see cref="JourneyBuilderOptions.OutcomeRule"/>).
/// </summary>
/// <remarks>
/// <para>
/// A conversion is a touchpoint, not a journey: the purchase happens at one moment, and what follows it (onboarding,
/// support) cannot have caused it. So one touchpoint test serves twice: <see cref="ConvertedWhen"/> turns it into the
/// journey rule of a <see cref="JourneyBuilder"/>, and
/// <see cref="ConversionPath.FromJourneys(System.Collections.Generic.IEnumerable{Journey}, Func{Touchpoint, string}, Func{Touchpoint, bool}, bool)"/>
/// uses it to cut each path at its first conversion.
/// </para>
/// <para>The rules returned are pure functions, immutable and thread-safe.</para>
/// </remarks>
public static class JourneyOutcomeRules
{
    /// <summary>A touchpoint test: the touchpoint is in <paramref name="stage"/> and its outcome is <see cref="TouchpointOutcome.Succeeded"/>.</summary>
    /// <param name="stage">The stage whose successful touchpoints are conversions, such as <c>LifecycleModel.Default.GetStage("Purchase")</c>.</param>
    /// <returns>The test.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is <see langword="null"/>.</exception>
    /// <remarks>A failed or abandoned checkout is not a conversion; neither is a touchpoint whose outcome was not recorded.</remarks>
    public static Func<Touchpoint, bool> SucceededAt(LifecycleStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return point => point.Outcome == TouchpointOutcome.Succeeded && point.Stage.Equals(stage);
    }

    /// <summary>
    /// A journey rule: <see cref="JourneyOutcome.Converted"/> when a touchpoint of the journey passes
    /// <paramref name="isConversion"/>, else <paramref name="otherwise"/>.
    /// </summary>
    /// <param name="isConversion">Whether a touchpoint is a conversion, such as <see cref="SucceededAt(LifecycleStage)"/>.</param>
    /// <param name="otherwise">The outcome of a journey without a conversion; <see langword="null"/> (unknown) by default; when given, not <c>default</c>.</param>
    /// <returns>The rule, for <see cref="JourneyBuilderOptions.OutcomeRule"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isConversion"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="otherwise"/> is <c>default(JourneyOutcome)</c>.</exception>
    public static Func<Journey, JourneyOutcome?> ConvertedWhen(Func<Touchpoint, bool> isConversion, JourneyOutcome? otherwise = null)
    {
        ArgumentNullException.ThrowIfNull(isConversion);
        if (otherwise is { IsEmpty: true })
        {
            throw new ArgumentException("The outcome of journeys without a conversion is default(JourneyOutcome); pass null when it is unknown.", nameof(otherwise));
        }

        return journey =>
        {
            foreach (Touchpoint point in journey.TouchpointArray)
            {
                if (isConversion(point))
                {
                    return JourneyOutcome.Converted;
                }
            }

            return otherwise;
        };
    }
}
