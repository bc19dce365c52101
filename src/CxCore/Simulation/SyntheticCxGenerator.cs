using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CxCore.Service;

namespace CxCore.Simulation;

/// <summary>
/// The engine behind <see cref="SyntheticCx.Generate"/>: validates a snapshot of the options, simulates the customers
/// one after another with one random generator, and gathers the data and its ground truth.
/// </summary>
internal sealed class SyntheticCxGenerator
{
    // Customers simulated between two checks of the cancellation token.
    private const int CancellationStride = 1024;

    private readonly GeneratorSettings _settings;
    private readonly CustomerSimulator _customers;

    internal SyntheticCxGenerator(SyntheticCxOptions options)
    {
        _settings = new GeneratorSettings(options);
        _customers = new CustomerSimulator(new Xoshiro256StarStar(_settings.Seed), _settings);
    }

    /// <summary>Generates the data set.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked every 1,024 customers).</exception>
    internal SyntheticCxData Run(CancellationToken cancellationToken)
    {
        GeneratorSettings settings = _settings;
        int count = settings.CustomerCount;
        int digits = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        string idFormat = "D" + digits.ToString(CultureInfo.InvariantCulture);
        int expectedPoints = (int)Math.Min(int.MaxValue / 2, count * settings.TouchpointMean * 1.02);
        var customers = new List<Customer>(count);
        var touchpoints = new List<Touchpoint>(expectedPoints);
        var feedback = new List<Feedback>((int)Math.Min(int.MaxValue / 2, (count * settings.ResponseRate * (1 + (0.25 * settings.TouchpointMean))) + 16));
        var cases = new List<ServiceCase>((int)Math.Min(int.MaxValue / 2, expectedPoints * 0.2));
        var journeys = new List<Journey>(count);
        var initial = new Dictionary<CustomerId, double>(count);
        var final = new Dictionary<CustomerId, double>(count);

        for (int c = 0; c < count; c++)
        {
            if (c % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            string idText = "C" + c.ToString(idFormat, CultureInfo.InvariantCulture);
            Customer customer = _customers.Simulate(CustomerId.From(idText), idText, cases, out Journey journey, out double s0, out double s);
            customers.Add(customer);
            journeys.Add(journey);
            touchpoints.AddRange(journey.TouchpointArray);
            feedback.AddRange(journey.FeedbackArray);
            initial.Add(customer.Id, s0);
            final.Add(customer.Id, s);
        }

        // In the order of Channel.WellKnown and Department.WellKnown, as the settings hold them.
        var abandonRates = new Dictionary<Channel, double>(settings.ChannelEffects.Count);
        foreach (Channel channel in settings.ChannelEffects.Keys)
        {
            abandonRates.Add(channel, ScenarioTables.Channels[channel].AbandonRate);
        }

        var truth = new GroundTruth(
            initial.AsReadOnly(), final.AsReadOnly(), settings.ChannelEffects.AsReadOnly(), abandonRates.AsReadOnly(), settings.FailureRates.AsReadOnly(),
            settings.SuccessEffect, settings.FailureEffect, settings.AbandonEffect, settings.RepeatEffect, settings.LongWaitEffect, settings.LongWait);
        return new SyntheticCxData(
            settings.Start, settings.End, customers.AsReadOnly(), touchpoints.AsReadOnly(), feedback.AsReadOnly(), cases.AsReadOnly(), journeys.AsReadOnly(), truth);
    }
}
