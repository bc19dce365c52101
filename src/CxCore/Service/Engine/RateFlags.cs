using System;

namespace CxCore.Service.Engine;

/// <summary>The per-case flags that the segment rates count (one byte per case, counted per group).</summary>
[Flags]
internal enum RateFlags : byte
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Solved or Closed at the cut-off.</summary>
    Resolved = 1,

    /// <summary>Solved at least once.</summary>
    EverSolved = 2,

    /// <summary>Resolved with fewer than 2 agent replies.</summary>
    OneTouch = 4,

    /// <summary>Resolved at first contact.</summary>
    FirstContactResolution = 8,

    /// <summary>Reopened at least once.</summary>
    Reopened = 16,

    /// <summary>A chatbot-channel case.</summary>
    Chatbot = 32,

    /// <summary>A chatbot case resolved without a hand-off.</summary>
    BotContained = 64,
}
