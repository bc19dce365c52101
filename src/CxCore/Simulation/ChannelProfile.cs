namespace CxCore.Simulation;

/// <summary>How a channel behaves in the synthetic data.</summary>
/// <param name="AbandonRate">The share of customer-initiated contacts abandoned.</param>
/// <param name="WaitMinutes">The mean wait of customer-initiated contacts in minutes (exponential); 0: no wait recorded.</param>
/// <param name="HandleMinutes">The mean handle time in minutes (exponential); 0: none recorded.</param>
/// <param name="RealTime">Whether agents answer while the customer waits (phone, chat, chatbot, in store).</param>
internal sealed record ChannelProfile(double AbandonRate, double WaitMinutes, double HandleMinutes, bool RealTime);
