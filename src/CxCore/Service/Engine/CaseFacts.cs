using System;

namespace CxCore.Service.Engine;

/// <summary>What the per-case pass saw in a case's events, kept in <see cref="CaseMetrics"/>.</summary>
[Flags]
internal enum CaseFacts : byte
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Solved or Closed at the cut-off.</summary>
    Resolved = 1,

    /// <summary>Reopened at least once.</summary>
    Reopened = 2,

    /// <summary>A customer message after the first agent reply.</summary>
    CustomerFollowUp = 4,

    /// <summary>A chatbot-channel case.</summary>
    Chatbot = 8,

    /// <summary>Handed off from the bot to a human.</summary>
    HandedOff = 16,

    /// <summary>Solved at least once.</summary>
    EverSolved = 32,
}
