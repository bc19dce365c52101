namespace CxCore.Journeys;

/// <summary>What went wrong at a touchpoint, as a <see cref="PainPoint"/> reports it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum PainPointKind
{
    /// <summary>The touchpoint failed or was abandoned (and no feedback rates it): its outcome signal is below neutral.</summary>
    Failure,

    /// <summary>The customer had to come back about the same topic within the repeat window.</summary>
    RepeatContact,

    /// <summary>The customer switched channel inside one service episode.</summary>
    ChannelSwitch,

    /// <summary>The customer waited longer than expected.</summary>
    LongWait,

    /// <summary>Feedback rated the touchpoint below the middle of its scale.</summary>
    NegativeFeedback,

    /// <summary>The journey paused longer than the stall threshold before this touchpoint moved it to a new stage.</summary>
    Stall,
}
