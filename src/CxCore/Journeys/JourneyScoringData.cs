using System.Runtime.CompilerServices;
using System.Threading;

namespace CxCore.Journeys;

/// <summary>
/// What journey scoring and the journey map read of one journey, in compact, contiguous form: one
/// <see cref="ScoringPoint"/> per touchpoint, the <see cref="FeedbackLink"/>s between feedback and the touchpoints it
/// rates, and the lifecycle model shared by every stage.
/// </summary>
/// <remarks>
/// Built once per journey, on first use, and kept in the journey's engine slot (<see cref="Journey.EngineCache"/>), so a
/// journey that is never scored or mapped never pays for it. Every field is a pure function of the journey's lists,
/// independent of any scoring options; two threads that race to build it build equal data and one of them is kept.
/// Immutable once published.
/// </remarks>
internal sealed class JourneyScoringData
{
    private JourneyScoringData(Journey journey)
    {
        Points = ScoringPoint.FromTouchpoints(journey.TouchpointArray, out LifecycleModel? model);
        StageModel = model;
        Links = FeedbackLink.Find(journey.TouchpointArray, journey.FeedbackArray);
    }

    /// <summary>The scoring points of the journey's touchpoints, index by index; never modify it.</summary>
    internal ScoringPoint[] Points { get; }

    /// <summary>The feedback items linked to touchpoints, ordered by touchpoint then feedback index; never modify it.</summary>
    internal FeedbackLink[] Links { get; }

    /// <summary>The lifecycle model (one instance) of every touchpoint's stage, or <see langword="null"/> when they differ or there are no touchpoints.</summary>
    internal LifecycleModel? StageModel { get; }

    /// <summary>The data of <paramref name="journey"/>, built and cached on the first call.</summary>
    /// <param name="journey">The journey.</param>
    /// <returns>The journey's scoring data; the same instance on every call.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JourneyScoringData Of(Journey journey) =>
        journey.EngineCache as JourneyScoringData ?? Build(journey);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JourneyScoringData Build(Journey journey)
    {
        var built = new JourneyScoringData(journey);
        return Interlocked.CompareExchange(ref journey.EngineCache, built, null) as JourneyScoringData ?? built;
    }
}
