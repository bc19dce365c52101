using System;
using System.Globalization;
using NodaTime;

namespace CxCore.Lifecycle;

/// <summary>
/// One customer's repeat-buying summary (an RFM row in the buy-till-you-die form): frequency x, recency tₓ, tenure T
/// and mean repeat-transaction value over the calibration period, and what happened in the holdout period.
/// </summary>
/// <remarks>
/// <para>
/// Times are in the summary's <see cref="ActivitySummary.TimeUnit"/> and measured from the customer's first transaction
/// (<see cref="Birth"/>). As in the literature, <see cref="Recency"/> is the customer's age at the last repeat
/// transaction (not the time since it). See <see cref="ActivitySummary"/> for the counting rules.
/// </para>
/// <para><c>default(CustomerActivity)</c> has the empty customer id and zeros. Equality compares every field exactly. Immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct CustomerActivity : IEquatable<CustomerActivity>
{
    internal CustomerActivity(CustomerId customer, Instant birth, int frequency, double recency, double tenure, double monetaryValue, int holdoutFrequency, double holdoutTotalValue)
    {
        Customer = customer;
        Birth = birth;
        Frequency = frequency;
        Recency = recency;
        Tenure = tenure;
        MonetaryValue = monetaryValue;
        HoldoutFrequency = holdoutFrequency;
        HoldoutTotalValue = holdoutTotalValue;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>The customer's first transaction (or acquisition, when the summary was given customers): time zero.</summary>
    public Instant Birth { get; }

    /// <summary>x: the number of repeat transactions in the calibration period (the first transaction not counted).</summary>
    public int Frequency { get; }

    /// <summary>tₓ: the time from <see cref="Birth"/> to the last repeat transaction; 0 when <see cref="Frequency"/> is 0.</summary>
    public double Recency { get; }

    /// <summary>T: the time from <see cref="Birth"/> to the end of the calibration period.</summary>
    public double Tenure { get; }

    /// <summary>
    /// z̄: the mean value of the repeat transactions (a transaction's value is the sum of its events' values); NaN when
    /// there is no repeat transaction or one of its events has no value.
    /// </summary>
    public double MonetaryValue { get; }

    /// <summary>The number of transactions in the holdout period (0 without one).</summary>
    public int HoldoutFrequency { get; }

    /// <summary>The total value of the holdout transactions; 0 when there are none; NaN when one of their events has no value.</summary>
    public double HoldoutTotalValue { get; }

    /// <inheritdoc/>
    public bool Equals(CustomerActivity other) =>
        Customer == other.Customer && Birth == other.Birth && Frequency == other.Frequency && Recency.Equals(other.Recency)
        && Tenure.Equals(other.Tenure) && MonetaryValue.Equals(other.MonetaryValue) && HoldoutFrequency == other.HoldoutFrequency
        && HoldoutTotalValue.Equals(other.HoldoutTotalValue);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerActivity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Customer, Birth, Frequency, Recency, Tenure, MonetaryValue, HoldoutFrequency, HoldoutTotalValue);

    /// <summary>Formats the summary as <c>customer: x = …, tx = …, T = …, value = …</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Customer}: x = {Frequency}, tx = {Recency:0.####}, T = {Tenure:0.####}, value = {MonetaryValue:0.##}, holdout x = {HoldoutFrequency}");

    /// <summary>Indicates whether two summaries are equal.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CustomerActivity left, CustomerActivity right) => left.Equals(right);

    /// <summary>Indicates whether two summaries differ.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerActivity left, CustomerActivity right) => !left.Equals(right);
}
