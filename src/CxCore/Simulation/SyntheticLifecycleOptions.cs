using NodaTime;

namespace CxCore.Simulation;

/// <summary>
/// The settings of <see cref="SyntheticLifecycle.Generate"/>: the true BG/NBD purchase-and-dropout parameters, the true
/// Gamma-Gamma spend parameters, how strongly dropout depends on satisfaction, and the seed.
/// </summary>
/// <remarks>
/// An options object is the one mutable kind of type in CxCore: set the properties, then pass it to
/// <see cref="SyntheticLifecycle.Generate"/>, which validates it and throws naming the first invalid property. Rates and
/// α are per <see cref="TimeUnit"/>. Not thread-safe while being changed.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class SyntheticLifecycleOptions
{
    /// <summary>The seed of the lifecycle's own random stream (derived from it, so it never repeats the generator's stream for the same number).</summary>
    /// <value>Any <see cref="int"/>; 42 by default.</value>
    public int Seed { get; set; } = 42;

    /// <summary>The time unit of the purchase rates and of α.</summary>
    /// <value>Greater than zero; 7 days (weeks) by default.</value>
    public Duration TimeUnit { get; set; } = Duration.FromDays(7);

    /// <summary>The shape r of the gamma distribution of purchase rates λ.</summary>
    /// <value>Positive and finite; 1 by default.</value>
    public double R { get; set; } = 1;

    /// <summary>The rate α of the gamma distribution of purchase rates (mean rate r/α per unit).</summary>
    /// <value>Positive and finite; 5 by default (0.2 purchases a week on average).</value>
    public double Alpha { get; set; } = 5;

    /// <summary>The first shape a of the beta distribution of dropout probabilities p.</summary>
    /// <value>Positive and finite; 0.5 by default.</value>
    public double A { get; set; } = 0.5;

    /// <summary>The second shape b of the beta distribution of dropout probabilities (mean a/(a + b)).</summary>
    /// <value>
    /// Positive and finite; 1 by default: a mean dropout probability of 1/3 per repeat purchase, very unequal between
    /// customers (a + b small), so that satisfaction has much to sort.
    /// </value>
    public double B { get; set; } = 1;

    /// <summary>The shape p of each customer's spend distribution (Gamma-Gamma).</summary>
    /// <value>Positive and finite; 6 by default.</value>
    public double P { get; set; } = 6;

    /// <summary>The shape q of the distribution of spend rates ν across customers.</summary>
    /// <value>Positive and finite; 4 by default.</value>
    public double Q { get; set; } = 4;

    /// <summary>The rate γ of the distribution of spend rates (population mean spend pγ/(q − 1)).</summary>
    /// <value>Positive and finite; 15 by default (a mean spend of 30).</value>
    public double Gamma { get; set; } = 15;

    /// <summary>
    /// The correlation ρ of the Gaussian copula between customers' latent satisfaction (as normal scores of its ranks)
    /// and their dropout probability: negative means happier customers drop out less.
    /// </summary>
    /// <value>−1 to 1; −0.9 by default.</value>
    public double SatisfactionDropoutCorrelation { get; set; } = -0.9;
}
