using System;
using System.Collections.Generic;
using CxCore.Utility;
using NodaTime;

namespace CxCore.Journeys;

/// <summary>
/// Settings of a <see cref="JourneyScorer"/>: touchpoint signals, effort penalties, weights and recency decay. Every
/// default is stated, with its reasoning, in the property's <c>value</c> documentation and in docs/journey-scoring.md.
/// </summary>
/// <remarks>
/// Options are the one mutable kind of object in CxCore: set the properties, then pass the object to
/// <see cref="JourneyScorer(JourneyScoringOptions)"/>, which validates and copies them (later changes do not affect a
/// scorer already created). Not thread-safe while being changed.
/// </remarks>
public sealed class JourneyScoringOptions
{
    /// <summary>The signal of a touchpoint without linked feedback whose outcome is <see cref="TouchpointOutcome.Succeeded"/>.</summary>
    /// <value>
    /// In [−1, 1]; 0.5 by default. A met need is good but unremarkable ("meets expectations" sits above the midpoint,
    /// not at the top): only the customer's own words (feedback) can reach +1. Keeping success below +1 also keeps the
    /// scale asymmetric the way customers are: one failure outweighs one success (Kahneman and Tversky's loss aversion,
    /// and the CX rule of thumb that a bad experience is remembered longer than a good one).
    /// </value>
    public double SucceededSignal { get; set; } = 0.5;

    /// <summary>The signal of a touchpoint without linked feedback whose outcome is <see cref="TouchpointOutcome.Failed"/>.</summary>
    /// <value>In [−1, 1]; −1 by default: a touchpoint that failed the customer is the worst experience a record can show.</value>
    public double FailedSignal { get; set; } = -1.0;

    /// <summary>The signal of a touchpoint without linked feedback whose outcome is <see cref="TouchpointOutcome.Abandoned"/>.</summary>
    /// <value>
    /// In [−1, 1]; −0.75 by default. Giving up (hanging up in the queue, leaving the checkout) is almost always a bad
    /// experience, but we do not know that the company failed: the customer may have found the answer elsewhere. So it
    /// sits between failure (−1) and neutral.
    /// </value>
    public double AbandonedSignal { get; set; } = -0.75;

    /// <summary>The signal of a touchpoint without linked feedback whose outcome is <see cref="TouchpointOutcome.Unknown"/>.</summary>
    /// <value>In [−1, 1]; 0 by default: no evidence either way is neutral; penalties can still make it negative.</value>
    public double UnknownSignal { get; set; }

    /// <summary>How much a repeat contact lowers the signal: a customer-initiated touchpoint with the same topic as an earlier customer-initiated one within <see cref="RepeatWindow"/>.</summary>
    /// <value>
    /// In [0, 2]; 0.5 by default. Having to come back about the same need is the strongest effort driver in customer
    /// effort research (Dixon, Freeman and Toman 2010, "Stop trying to delight your customers"): it turns a neutral
    /// contact into a clearly negative one, and a successful one (0.5) into neutral.
    /// </value>
    public double RepeatContactPenalty { get; set; } = 0.5;

    /// <summary>How far back an earlier contact about the same topic makes a contact a repeat.</summary>
    /// <value>Greater than zero; 7 days by default, the usual window of first-contact-resolution measurement in contact centres.</value>
    public Duration RepeatWindow { get; set; } = Duration.FromDays(7);

    /// <summary>How much a channel switch lowers the signal: a customer-initiated touchpoint on another channel than the previous customer-initiated touchpoint of the same service episode.</summary>
    /// <value>
    /// In [0, 2]; 0.25 by default. Switching channel (the chatbot could not help, so the customer calls) is effort, but
    /// milder than a repeat: the customer may have chosen to switch. Half the repeat penalty.
    /// </value>
    public double ChannelSwitchPenalty { get; set; } = 0.25;

    /// <summary>The longest gap between two customer-initiated touchpoints of one service episode.</summary>
    /// <value>Greater than zero; 1 day by default: contacts on the same day are one attempt to get one thing done.</value>
    public Duration ServiceEpisodeGap { get; set; } = Duration.FromDays(1);

    /// <summary>How much a wait beyond <see cref="ExpectedWait"/> lowers the signal.</summary>
    /// <value>
    /// In [0, 2]; 0.25 by default: a long wait annoys but rarely decides the experience on its own (a good resolution
    /// after a long wait is still positive: 0.5 − 0.25).
    /// </value>
    public double LongWaitPenalty { get; set; } = 0.25;

    /// <summary>The wait (<see cref="Touchpoint.WaitTime"/>) above which the long-wait penalty applies.</summary>
    /// <value>Greater than zero; 5 minutes by default, a common upper bound of contact-centre answer-time targets for phone and chat.</value>
    public Duration ExpectedWait { get; set; } = Duration.FromMinutes(5);

    /// <summary>How much a stall lowers the signal of the touchpoint that ends it: the first touchpoint of a new stage that comes more than <see cref="StallThreshold"/> after the previous touchpoint.</summary>
    /// <value>In [0, 2]; 0.25 by default: a stalled journey (an onboarding that waits weeks for the next step) is a mild pain point.</value>
    public double StallPenalty { get; set; } = 0.25;

    /// <summary>The longest pause between consecutive stages that is not a stall.</summary>
    /// <value>
    /// Greater than zero; 14 days by default: two weeks without progress from one lifecycle stage to the next is a
    /// common escalation trigger for onboarding and sales follow-up, and it is well inside the default 30-day
    /// inactivity gap of <see cref="JourneyBuilderOptions"/>.
    /// </value>
    public Duration StallThreshold { get; set; } = Duration.FromDays(14);

    /// <summary>Weights by stage name (case-insensitive; any lifecycle model); stages not listed weigh <see cref="DefaultStageWeight"/>.</summary>
    /// <value>
    /// Each weight finite and ≥ 0. By default Purchase, Onboarding, Support and Renewal weigh 1.5: these are the
    /// "moments of truth" where customers decide whether to stay (buying, getting started, needing help, deciding to
    /// renew); 1.5 lets them count more without letting one stage drown the rest.
    /// </value>
    public IDictionary<string, double> StageWeights { get; } = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["Purchase"] = 1.5,
        ["Onboarding"] = 1.5,
        ["Support"] = 1.5,
        ["Renewal"] = 1.5,
    };

    /// <summary>The weight of stages not in <see cref="StageWeights"/>.</summary>
    /// <value>Finite and ≥ 0; 1 by default.</value>
    public double DefaultStageWeight { get; set; } = 1.0;

    /// <summary>Weights by channel; channels not listed weigh <see cref="DefaultChannelWeight"/>.</summary>
    /// <value>Each weight finite and ≥ 0; empty by default: no channel matters more than another until the data says so.</value>
    public IDictionary<Channel, double> ChannelWeights { get; } = new Dictionary<Channel, double>();

    /// <summary>The weight of channels not in <see cref="ChannelWeights"/>.</summary>
    /// <value>Finite and ≥ 0; 1 by default.</value>
    public double DefaultChannelWeight { get; set; } = 1.0;

    /// <summary>The recency half-life: a touchpoint this long before the reference instant weighs half as much; <see langword="null"/> for no decay.</summary>
    /// <value>
    /// Greater than zero or <see langword="null"/>; 90 days (one quarter) by default. Recent experience weighs more in
    /// customers' overall judgement (the peak–end rule), but a quarter-old failure is not forgotten: a touchpoint from the
    /// previous quarter still counts half. A 30-day half-life was tried first and discarded: on the synthetic generator,
    /// whose journeys span about 200 days, it threw away most of the early journey (Spearman with latent satisfaction
    /// 0.50, against 0.67 at 90 days; see docs/journey-scoring.md). Less decay scores still better there (0.73 without
    /// any), but the generator never forgets an early failure, while real customers' judgements lean on recent ones.
    /// </value>
    public Duration? RecencyHalfLife { get; set; } = Duration.FromDays(90);

    /// <summary>Throws when a setting is out of range.</summary>
    internal void Validate()
    {
        ReadOnlySpan<(double Value, string Name)> signals =
            [(SucceededSignal, nameof(SucceededSignal)), (FailedSignal, nameof(FailedSignal)), (AbandonedSignal, nameof(AbandonedSignal)), (UnknownSignal, nameof(UnknownSignal))];
        foreach ((double value, string name) in signals)
        {
            Preconditions.CheckArgumentRange(value is >= -1 and <= 1, name, value, $"The signal {name} = {value} must lie in [-1, 1].");
        }

        ReadOnlySpan<(double Value, string Name)> penalties =
        [
            (RepeatContactPenalty, nameof(RepeatContactPenalty)), (ChannelSwitchPenalty, nameof(ChannelSwitchPenalty)),
            (LongWaitPenalty, nameof(LongWaitPenalty)), (StallPenalty, nameof(StallPenalty)),
        ];
        foreach ((double value, string name) in penalties)
        {
            Preconditions.CheckArgumentRange(value is >= 0 and <= 2, name, value, $"The penalty {name} = {value} must lie in [0, 2].");
        }

        ReadOnlySpan<(Duration? Value, string Name)> durations =
        [
            (RepeatWindow, nameof(RepeatWindow)), (ServiceEpisodeGap, nameof(ServiceEpisodeGap)), (ExpectedWait, nameof(ExpectedWait)),
            (StallThreshold, nameof(StallThreshold)), (RecencyHalfLife, nameof(RecencyHalfLife)),
        ];
        foreach ((Duration? value, string name) in durations)
        {
            // Only RecencyHalfLife may be null (no decay).
            Preconditions.CheckArgumentRange(value is not { } d || d > Duration.Zero, name, value, $"The duration {name} = {value} must be greater than zero.");
        }

        CheckWeight(DefaultStageWeight, nameof(DefaultStageWeight));
        CheckWeight(DefaultChannelWeight, nameof(DefaultChannelWeight));
        foreach (KeyValuePair<string, double> pair in StageWeights)
        {
            CheckWeight(pair.Value, $"{nameof(StageWeights)}[{pair.Key}]");
        }

        foreach (KeyValuePair<Channel, double> pair in ChannelWeights)
        {
            Preconditions.CheckArgument(!pair.Key.IsEmpty, nameof(ChannelWeights), "ChannelWeights has a weight for default(Channel), the unspecified channel.");
            CheckWeight(pair.Value, $"{nameof(ChannelWeights)}[{pair.Key}]");
        }
    }

    private static void CheckWeight(double value, string name) =>
        Preconditions.CheckArgumentRange(double.IsFinite(value) && value >= 0, name, value, $"The weight {name} = {value} must be finite and zero or more.");
}
