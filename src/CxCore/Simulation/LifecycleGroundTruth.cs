using System.Collections.Generic;
using NodaTime;

namespace CxCore.Simulation;

/// <summary>
/// The hidden truth behind a <see cref="SyntheticLifecycleData"/> set: the BG/NBD and Gamma-Gamma parameters the
/// purchases were drawn from, the copula correlation with satisfaction, and each customer's own purchase rate, dropout
/// probability and spend rate.
/// </summary>
/// <remarks>All dictionaries are read-only; instances are immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public sealed class LifecycleGroundTruth
{
    internal LifecycleGroundTruth(
        SyntheticLifecycleOptions options,
        IReadOnlyDictionary<CustomerId, double> purchaseRates,
        IReadOnlyDictionary<CustomerId, double> dropoutProbabilities,
        IReadOnlyDictionary<CustomerId, double> spendRates)
    {
        TimeUnit = options.TimeUnit;
        R = options.R;
        Alpha = options.Alpha;
        A = options.A;
        B = options.B;
        P = options.P;
        Q = options.Q;
        Gamma = options.Gamma;
        SatisfactionDropoutCorrelation = options.SatisfactionDropoutCorrelation;
        PurchaseRates = purchaseRates;
        DropoutProbabilities = dropoutProbabilities;
        SpendRates = spendRates;
    }

    /// <summary>The time unit of the rates and of α.</summary>
    public Duration TimeUnit { get; }

    /// <summary>The true gamma shape r of purchase rates.</summary>
    public double R { get; }

    /// <summary>The true gamma rate α of purchase rates.</summary>
    public double Alpha { get; }

    /// <summary>The true beta shape a of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>The true beta shape b of dropout probabilities.</summary>
    public double B { get; }

    /// <summary>The true spend shape p.</summary>
    public double P { get; }

    /// <summary>The true shape q of spend rates.</summary>
    public double Q { get; }

    /// <summary>The true rate γ of spend rates.</summary>
    public double Gamma { get; }

    /// <summary>The copula correlation between satisfaction and dropout probability.</summary>
    public double SatisfactionDropoutCorrelation { get; }

    /// <summary>Each customer's purchase rate λ while alive, per <see cref="TimeUnit"/>.</summary>
    public IReadOnlyDictionary<CustomerId, double> PurchaseRates { get; }

    /// <summary>Each customer's probability p of dropping out after a repeat purchase.</summary>
    public IReadOnlyDictionary<CustomerId, double> DropoutProbabilities { get; }

    /// <summary>Each customer's spend rate ν (their transactions are Gamma(p, ν), mean p/ν).</summary>
    public IReadOnlyDictionary<CustomerId, double> SpendRates { get; }
}
