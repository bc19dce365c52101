using NodaTime;

namespace CxCore.Tests.Journeys;

/// <summary>
/// A small seeded generator of customers with a known latent satisfaction in [0, 1], used until (and beside)
/// CxCore.Simulation.SyntheticCx. Lower latent satisfaction makes failures, abandonment, repeat contacts, channel
/// switches, long waits and low ratings more likely; every touchpoint of a customer lies within one 30-day window so
/// each customer has one journey.
/// </summary>
internal sealed class MiniJourneyGenerator
{
    private static readonly Channel[] Channels = [Channel.Website, Channel.Phone, Channel.Email, Channel.Chat, Channel.MobileApp];
    private static readonly Department[] Departments = [Department.Marketing, Department.Sales, Department.Product, Department.CustomerService, Department.Billing];
    private static readonly string[] Topics = ["billing", "login", "delivery", "setup"];

    public required int Customers { get; init; }

    public int MaxTouchpoints { get; init; } = 25;

    public double FeedbackRate { get; init; } = 0.15;

    public (List<Touchpoint> Touchpoints, List<Feedback> Feedback, Dictionary<CustomerId, double> Latent) Generate(int seed)
    {
        var random = new Random(seed);
        var touchpoints = new List<Touchpoint>();
        var feedback = new List<Feedback>();
        var latent = new Dictionary<CustomerId, double>();
        Instant origin = Instant.FromUtc(2025, 1, 1, 0, 0);
        IReadOnlyList<LifecycleStage> stages = LifecycleModel.Default.Stages;
        for (int c = 0; c < Customers; c++)
        {
            var customer = CustomerId.From($"c{c:D6}");
            double z = random.NextDouble();
            latent[customer] = z;
            int n = random.Next(3, MaxTouchpoints + 1);
            Instant at = origin + Duration.FromMinutes(random.Next(0, 60 * 24 * 300));
            int stage = 0;
            string? topic = null;
            Channel channel = Channels[random.Next(Channels.Length)];
            for (int i = 0; i < n; i++)
            {
                // Steps of minutes to a few days; every journey stays far inside the 30-day gap.
                at += Duration.FromMinutes(random.Next(5, 60 * 24 * 2));
                if (random.NextDouble() < 0.3 && stage < stages.Count - 1)
                {
                    stage++;
                }

                var initiator = random.NextDouble() < 0.5 ? Initiator.Customer : Initiator.Company;
                if (initiator == Initiator.Customer)
                {
                    // Unhappy customers repeat the same need and hop channels.
                    topic = topic is not null && random.NextDouble() < 0.8 * (1 - z) ? topic : Topics[random.Next(Topics.Length)];
                    if (random.NextDouble() < 0.6 * (1 - z))
                    {
                        channel = Channels[random.Next(Channels.Length)];
                    }
                }

                double u = random.NextDouble();
                TouchpointOutcome outcome = u < 0.15 + (0.7 * z) ? TouchpointOutcome.Succeeded
                    : u < 0.85 + (0.05 * z) ? (random.NextDouble() < 0.6 ? TouchpointOutcome.Failed : TouchpointOutcome.Abandoned)
                    : TouchpointOutcome.Unknown;
                Duration? wait = random.NextDouble() < 0.4 ? Duration.FromSeconds(random.Next(0, (int)(60 * (2 + (14 * (1 - z)))))) : null;
                string id = $"{customer}-t{i}";
                touchpoints.Add(new Touchpoint(
                    id, customer, at, channel, stages[stage], Departments[random.Next(Departments.Length)], initiator, outcome,
                    waitTime: wait, topic: initiator == Initiator.Customer ? topic : null));
                if (random.NextDouble() < FeedbackRate)
                {
                    // CSAT around 1 + 4z with noise.
                    int rating = Math.Clamp((int)Math.Round(1 + (4 * z) + ((random.NextDouble() - 0.5) * 2)), 1, 5);
                    feedback.Add(new Feedback($"{id}-f", customer, at + Duration.FromHours(1), FeedbackInstrument.Csat, rating, id));
                }
            }
        }

        return (touchpoints, feedback, latent);
    }
}
