using System;
using System.Collections.Generic;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>The settings of <see cref="SyntheticCx.Generate"/>: how many customers, over which period, and the generative model's parameters.</summary>
/// <remarks>
/// <para>
/// This is the one mutable kind of type in CxCore: set the properties, then pass the options to
/// <see cref="SyntheticCx.Generate"/>, which validates them and throws naming the first invalid property. The
/// generator copies what it needs, so changing the options afterwards does not change generated data. Instances are
/// not thread-safe while being changed.
/// </para>
/// <para>See <see cref="SyntheticCx"/> for the generative story each parameter enters.</para>
/// <para>
/// An option that sizes or shapes a list of <see cref="SyntheticCxData"/> is named after that list: <see cref="Customers"/>
/// is the number of <see cref="SyntheticCxData.Customers"/>, <see cref="TouchpointsPerCustomer"/> shapes
/// <see cref="SyntheticCxData.Touchpoints"/>, <see cref="StalledServiceCaseShare"/> applies to
/// <see cref="SyntheticCxData.ServiceCases"/>; the ground-truth parameters keep their names in <see cref="GroundTruth"/>.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SyntheticCxOptions
{
    /// <summary>The seed of the random generator: the same seed and options always give the same data.</summary>
    /// <value>Any <see cref="int"/>; 42 by default.</value>
    public int Seed { get; set; } = 42;

    /// <summary>The number of customers to generate: the count of <see cref="SyntheticCxData.Customers"/>.</summary>
    /// <value>1 to 10,000,000; 1,000 by default.</value>
    public int Customers { get; set; } = 1000;

    /// <summary>The start of the simulated period.</summary>
    /// <value>Between 1900-01-01 and 2200-01-01 (UTC); 2025-01-01T00:00:00Z by default.</value>
    public Instant Start { get; set; } = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>The length of the simulated period; nothing happens at or after <see cref="Start"/> + <see cref="Span"/>.</summary>
    /// <value>1 to 36,500 days; 365 days by default.</value>
    public Duration Span { get; set; } = Duration.FromDays(365);

    /// <summary>The plans customers are on, written to the <c>plan</c> attribute.</summary>
    /// <value>At least one segment, names unique; by default Basic (weight 0.5, shift −0.2), Pro (0.35, +0.1), Enterprise (0.15, +0.3).</value>
    public IList<SyntheticSegment> Plans { get; set; } =
        [new("Basic", 0.5, -0.2), new("Pro", 0.35, 0.1), new("Enterprise", 0.15, 0.3)];

    /// <summary>The regions customers are in, written to the <c>region</c> attribute.</summary>
    /// <value>At least one segment, names unique; by default EMEA (weight 0.45, shift 0), Americas (0.4, 0), APAC (0.15, −0.1).</value>
    public IList<SyntheticSegment> Regions { get; set; } =
        [new("EMEA", 0.45), new("Americas", 0.4), new("APAC", 0.15, -0.1)];

    /// <summary>The service tiers customers have, written to the <c>tier</c> attribute.</summary>
    /// <value>At least one segment, names unique; by default Standard (weight 0.85, shift 0) and Priority (0.15, +0.2).</value>
    public IList<SyntheticSegment> Tiers { get; set; } = [new("Standard", 0.85), new("Priority", 0.15, 0.2)];

    /// <summary>The TZDB ids of the customers' time zones, drawn uniformly.</summary>
    /// <value>
    /// At least one id known to <see cref="DateTimeZoneProviders.Tzdb"/>; by default Europe/London, Europe/Paris,
    /// America/New_York, America/Los_Angeles, Australia/Sydney and Asia/Singapore.
    /// </value>
    public IList<string> TimeZoneIds { get; set; } =
        ["Europe/London", "Europe/Paris", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "Asia/Singapore"];

    /// <summary>The mean latent satisfaction before segment shifts.</summary>
    /// <value>Finite; 0.5 by default.</value>
    public double BaselineSatisfaction { get; set; } = 0.5;

    /// <summary>The standard deviation of customers' initial latent satisfaction around their segment mean.</summary>
    /// <value>
    /// Finite and zero or more; 0.2 by default: each customer's own predisposition is about as large as the
    /// differences between segments (the default plan, region and tier shifts spread about 0.2) and half a failed
    /// touchpoint (<see cref="FailureEffect"/> 0.4), so what happens on the journey drives most of the differences
    /// in satisfaction, the world journey and service analytics are built to measure. Raise it to study customers
    /// whose attitude is mostly formed before and outside the recorded journey: at 1, the initial draw is about 85 %
    /// of the variance of satisfaction, and only survey answers reveal it (see docs/journey-scoring.md).
    /// </value>
    public double SatisfactionStandardDeviation { get; set; } = 0.2;

    /// <summary>The mean number of touchpoints per customer, before churned customers' journeys are cut short.</summary>
    /// <value>3 to 1,000; 10 by default. Every customer has at least 3 (awareness, consideration, purchase).</value>
    public double TouchpointsPerCustomer { get; set; } = 10;

    /// <summary>The share of customers who answer surveys (one relationship NPS each, plus transactional CSAT and CES).</summary>
    /// <value>0 to 1; 0.3 by default.</value>
    public double SurveyResponseRate { get; set; } = 0.3;

    /// <summary>The probability that a survey-answering customer rates a given eligible touchpoint (CSAT, and CES after service).</summary>
    /// <value>0 to 1; 0.5 by default.</value>
    public double TransactionalSurveyRate { get; set; } = 0.5;

    /// <summary>
    /// The share of <see cref="SyntheticCxData.ServiceCases"/> that stall after the first reply and are never solved,
    /// so are still open at the end.
    /// </summary>
    /// <value>0 to 1; 0.04 by default. Cases opened shortly before the end may also still be open.</value>
    public double StalledServiceCaseShare { get; set; } = 0.04;

    /// <summary>How much a succeeded touchpoint raises latent satisfaction (before the channel effect).</summary>
    /// <value>Finite and zero or more; 0.05 by default.</value>
    public double SuccessEffect { get; set; } = 0.05;

    /// <summary>How much a failed touchpoint lowers latent satisfaction.</summary>
    /// <value>Finite and zero or more; 0.4 by default.</value>
    public double FailureEffect { get; set; } = 0.4;

    /// <summary>How much an abandoned touchpoint lowers latent satisfaction.</summary>
    /// <value>Finite and zero or more; 0.25 by default.</value>
    public double AbandonEffect { get; set; } = 0.25;

    /// <summary>How much a repeat customer-initiated contact about an earlier topic lowers latent satisfaction.</summary>
    /// <value>Finite and zero or more; 0.2 by default.</value>
    public double RepeatContactEffect { get; set; } = 0.2;

    /// <summary>How much a wait longer than <see cref="LongWait"/> lowers latent satisfaction.</summary>
    /// <value>Finite and zero or more; 0.15 by default.</value>
    public double LongWaitEffect { get; set; } = 0.15;

    /// <summary>The wait beyond which a customer is annoyed (<see cref="LongWaitEffect"/>).</summary>
    /// <value>Greater than zero; 10 minutes by default.</value>
    public Duration LongWait { get; set; } = Duration.FromMinutes(10);

    /// <summary>The true probability that a touchpoint owned by each department fails.</summary>
    /// <value>
    /// An entry in 0 to 0.8 for every <see cref="Department.WellKnown"/> department; by default Marketing 0.03, Sales
    /// 0.06, Product 0.08, CustomerService 0.12, Billing 0.1, FieldOperations 0.15, Quality 0.05.
    /// </value>
    public IDictionary<Department, double> DepartmentFailureRates { get; set; } = new Dictionary<Department, double>
    {
        [Department.Marketing] = 0.03,
        [Department.Sales] = 0.06,
        [Department.Product] = 0.08,
        [Department.CustomerService] = 0.12,
        [Department.Billing] = 0.10,
        [Department.FieldOperations] = 0.15,
        [Department.Quality] = 0.05,
    };

    /// <summary>The true effect of one touchpoint through each channel on latent satisfaction, whatever its outcome.</summary>
    /// <value>
    /// A finite entry for every <see cref="Channel.WellKnown"/> channel; by default Phone +0.04, Email 0, Chat +0.03,
    /// Chatbot −0.05, SocialMedia −0.02, Website +0.02, MobileApp +0.03, InStore +0.06, FieldService +0.05, Mail −0.01,
    /// SelfService +0.01.
    /// </value>
    public IDictionary<Channel, double> ChannelEffects { get; set; } = new Dictionary<Channel, double>
    {
        [Channel.Phone] = 0.04,
        [Channel.Email] = 0.0,
        [Channel.Chat] = 0.03,
        [Channel.Chatbot] = -0.05,
        [Channel.SocialMedia] = -0.02,
        [Channel.Website] = 0.02,
        [Channel.MobileApp] = 0.03,
        [Channel.InStore] = 0.06,
        [Channel.FieldService] = 0.05,
        [Channel.Mail] = -0.01,
        [Channel.SelfService] = 0.01,
    };
}
