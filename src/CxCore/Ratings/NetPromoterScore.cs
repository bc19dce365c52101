using System;
using System.Collections.Generic;
using System.Globalization;
using CxCore.Display;
using CxCore.Utility;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;
using MathNet.Numerics.RootFinding;

namespace CxCore.Ratings;

/// <summary>
/// The Net Promoter Score of a set of responses — NPS = 100 · (p − d), where p and d are the shares of promoters and
/// detractors — with its variance, standard error, confidence intervals and two-sample comparison.
/// </summary>
/// <remarks>
/// <para>
/// <b>Range and units.</b> <see cref="Value"/> lies in [−100, 100] NPS points; the band percentages
/// (<see cref="PromoterPercent"/> and friends) are in [0, 100], like every <c>…Percent</c> in CxCore. <see cref="Variance"/> is the
/// per-response variance on the −1…1 scale, σ² = (p + d) − (p − d)²; <see cref="StandardError"/> is
/// 100·√(σ²/n) in NPS points (the R package NPS and Rocks 2016 use the same definitions).
/// </para>
/// <para>
/// <b>Weighted responses.</b> Built from <see cref="WeightedRatingCounts"/>, the shares are weighted and n is Kish's
/// effective sample size; <see cref="Detractors"/>, <see cref="Passives"/>, <see cref="Promoters"/> and
/// <see cref="Count"/> are then effective counts (n_eff × weighted share) and need not be whole numbers.
/// </para>
/// <para>
/// <b>Empty input.</b> With no responses, <see cref="IsEmpty"/> is <see langword="true"/>, <see cref="Value"/>,
/// <see cref="Variance"/> and <see cref="StandardError"/> are NaN and every interval is
/// <see cref="ConfidenceInterval.Undefined(double)"/>: an empty survey is not an NPS of 0.
/// <c>default(NetPromoterScore)</c> is the empty score.
/// </para>
/// <para>
/// <b>Intervals.</b> See <see cref="NpsIntervalMethod"/>. The adjusted Wald interval is centred on the adjusted
/// estimate, and the Bayesian interval on the posterior; at extreme samples (for example every response a promoter)
/// either may exclude the sample NPS — that shrinkage is what gives them their coverage.
/// </para>
/// <para>Equality compares the three (effective) band counts exactly. Immutable and thread-safe.</para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public readonly struct NetPromoterScore : IEquatable<NetPromoterScore>, ISpanFormattable
{
    internal NetPromoterScore(double detractors, double passives, double promoters)
    {
        Detractors = detractors;
        Passives = passives;
        Promoters = promoters;
    }

    /// <summary>The number of detractors (effective count for weighted responses).</summary>
    public double Detractors { get; }

    /// <summary>The number of passives (effective count for weighted responses).</summary>
    public double Passives { get; }

    /// <summary>The number of promoters (effective count for weighted responses).</summary>
    public double Promoters { get; }

    /// <summary>The number of responses n (Kish's effective n for weighted responses).</summary>
    public double Count => Detractors + Passives + Promoters;

    /// <summary>Whether there are no responses; the score is then NaN.</summary>
    public bool IsEmpty => !(Count > 0);

    /// <summary>The percentage of promoters, 100 · promoters / n, in [0, 100]; NaN when empty.</summary>
    public double PromoterPercent => 100 * Promoters / Count;

    /// <summary>The percentage of detractors, 100 · detractors / n, in [0, 100]; NaN when empty.</summary>
    public double DetractorPercent => 100 * Detractors / Count;

    /// <summary>The percentage of passives, 100 · passives / n, in [0, 100]; NaN when empty.</summary>
    public double PassivePercent => 100 * Passives / Count;

    /// <summary>
    /// NPS = 100 · (promoters − detractors) / n = <see cref="PromoterPercent"/> − <see cref="DetractorPercent"/>, in
    /// [−100, 100]; NaN when empty.
    /// </summary>
    public double Value => 100 * (Promoters - Detractors) / Count;

    /// <summary>The per-response variance σ² = (p + d) − (p − d)² on the −1…1 scale; NaN when empty.</summary>
    public double Variance => VarianceOf(Detractors, Promoters, Count);

    /// <summary>The standard error 100 · √(σ² / n), in NPS points; NaN when empty.</summary>
    public double StandardError => 100 * Math.Sqrt(Variance / Count);

    /// <summary>The score of <paramref name="detractors"/>, <paramref name="passives"/> and <paramref name="promoters"/> responses.</summary>
    /// <param name="detractors">The number of detractors, 0 or more.</param>
    /// <param name="passives">The number of passives, 0 or more.</param>
    /// <param name="promoters">The number of promoters, 0 or more.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static NetPromoterScore FromCounts(long detractors, long passives, long promoters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        ArgumentOutOfRangeException.ThrowIfNegative(passives);
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        return new NetPromoterScore(detractors, passives, promoters);
    }

    /// <summary>The score of counts on the 0–10 scale with the standard bands.</summary>
    /// <param name="counts">Counts on <see cref="RatingScale.Nps"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are not on the 0–10 scale (give <see cref="NpsBands"/> for other scales).</exception>
    public static NetPromoterScore FromCounts(RatingCounts counts) => FromCounts(counts, NpsBands.Standard);

    /// <summary>The score of counts with the given bands.</summary>
    /// <param name="counts">Counts on the scale of <paramref name="bands"/>.</param>
    /// <param name="bands">Which ratings make detractors, passives and promoters.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are on another scale than <paramref name="bands"/>.</exception>
    public static NetPromoterScore FromCounts(RatingCounts counts, NpsBands bands)
    {
        ArgumentNullException.ThrowIfNull(counts);
        RatingCounts.CheckSameScale(bands.Scale, counts.Scale, nameof(counts));
        long detractors = counts.CountBetween(bands.Scale.Minimum, bands.DetractorsUpTo);
        long promoters = counts.CountBetween(bands.PromotersFrom, bands.Scale.Maximum);
        return new NetPromoterScore(detractors, counts.Total - detractors - promoters, promoters);
    }

    /// <summary>The score of weighted responses on the 0–10 scale with the standard bands.</summary>
    /// <param name="counts">Weighted counts on <see cref="RatingScale.Nps"/>.</param>
    /// <returns>The score, with Kish's effective n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are not on the 0–10 scale.</exception>
    public static NetPromoterScore FromCounts(WeightedRatingCounts counts) => FromCounts(counts, NpsBands.Standard);

    /// <summary>The score of weighted responses with the given bands.</summary>
    /// <param name="counts">Weighted counts on the scale of <paramref name="bands"/>.</param>
    /// <param name="bands">Which ratings make detractors, passives and promoters.</param>
    /// <returns>The score: weighted shares, Kish's effective n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The counts are on another scale than <paramref name="bands"/>.</exception>
    public static NetPromoterScore FromCounts(WeightedRatingCounts counts, NpsBands bands)
    {
        ArgumentNullException.ThrowIfNull(counts);
        RatingCounts.CheckSameScale(bands.Scale, counts.Scale, nameof(counts));
        double[] effective = counts.EffectiveCounts();
        double detractors = 0, passives = 0, promoters = 0;
        for (int i = 0; i < effective.Length; i++)
        {
            int rating = counts.Scale.Minimum + i;
            if (rating <= bands.DetractorsUpTo)
            {
                detractors += effective[i];
            }
            else if (rating >= bands.PromotersFrom)
            {
                promoters += effective[i];
            }
            else
            {
                passives += effective[i];
            }
        }

        return new NetPromoterScore(detractors, passives, promoters);
    }

    /// <summary>The score of 0–10 ratings given as integers (a list, an array, a query).</summary>
    /// <param name="ratings">The responses, each 0–10.</param>
    /// <returns>The score; NaN with an undefined interval when there are no ratings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating is not 0–10; the message names the first one, its position and the scale.</exception>
    public static NetPromoterScore FromRatings(IEnumerable<int> ratings) => FromCounts(RatingInput.FromInts(RatingScale.Nps, ratings, nameof(ratings)));

    /// <summary>
    /// The score straight from 0–10 ratings, one byte each, counting only the three bands: the fastest path from raw
    /// responses to an NPS (vectorised, validating every rating, allocation-free).
    /// </summary>
    /// <param name="ratings">The responses, each 0–10.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating exceeds 10; the message names it and its position.</exception>
    /// <remarks>Preferred over <see cref="FromRatings(IEnumerable{int})"/> for a collection expression, so <c>FromRatings([])</c> and <c>FromRatings([9, 10])</c> take this fast path.</remarks>
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    public static NetPromoterScore FromRatings(ReadOnlySpan<byte> ratings) => FromRatings(ratings, NpsBands.Standard);

    /// <summary>The score straight from ratings with the given bands, counting only the three bands.</summary>
    /// <param name="ratings">The responses, one byte each, on the scale of <paramref name="bands"/>.</param>
    /// <param name="bands">Which ratings make detractors, passives and promoters.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is off the scale; the message names it, its position and the scale.</exception>
    public static NetPromoterScore FromRatings(ReadOnlySpan<byte> ratings, NpsBands bands)
    {
        RatingScale scale = bands.Scale;
        long invalid = RatingKernels.CountBands(ratings, (byte)scale.Minimum, (byte)scale.Maximum, (byte)bands.DetractorsUpTo, (byte)bands.PromotersFrom, out long detractors, out long promoters);
        if (invalid >= 0)
        {
            throw RatingCounts.OutOfScale(ratings[(int)invalid], invalid, scale, nameof(ratings));
        }

        return new NetPromoterScore(detractors, ratings.Length - detractors - promoters, promoters);
    }

    /// <summary>A confidence interval for the NPS, in NPS points, within [−100, 100].</summary>
    /// <param name="method">How to form the interval; adjusted Wald by default (see <see cref="NpsIntervalMethod"/>).</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval; undefined when the score is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="method"/> is unknown.</exception>
    public ConfidenceInterval Interval(NpsIntervalMethod method = NpsIntervalMethod.AdjustedWald, double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (method == NpsIntervalMethod.Bayesian)
        {
            return BayesianInterval(confidence);
        }

        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method.");
        }

        if (IsEmpty)
        {
            return ConfidenceInterval.Undefined(confidence);
        }

        double z = Inference.NormalCritical(confidence);
        (double lower, double upper) = method switch
        {
            NpsIntervalMethod.Wald => Wald(Detractors, Promoters, Count, z),
            NpsIntervalMethod.AdjustedWald => Wald(Detractors + 0.75, Promoters + 0.75, Count + 3, z),
            _ => ScoreBounds(z),
        };
        return ConfidenceInterval.FromBounds(Math.Max(-100, 100 * lower), Math.Min(100, 100 * upper), confidence);
    }

    /// <summary>
    /// The equal-tailed Bayesian credible interval for the NPS from the Dirichlet posterior
    /// Dirichlet(prior + counts), computed exactly by numerical integration (no sampling).
    /// </summary>
    /// <param name="confidence">The credibility level, strictly between 0 and 1.</param>
    /// <param name="detractorPrior">The Dirichlet prior weight of detractors, <see cref="MinBayesianPrior"/> (1, the uniform prior, and the default) to <see cref="MaxBayesianPrior"/>.</param>
    /// <param name="passivePrior">The prior weight of passives, in the same range.</param>
    /// <param name="promoterPrior">The prior weight of promoters, in the same range.</param>
    /// <returns>The interval in NPS points; undefined when the score is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1, or a prior weight is not a finite number from <see cref="MinBayesianPrior"/> to <see cref="MaxBayesianPrior"/>.</exception>
    /// <exception cref="ArithmeticException">The numerical inversion of the posterior did not converge (not expected inside the documented ranges; the message names the posterior).</exception>
    /// <remarks>
    /// <para>
    /// <b>Prior range.</b> Priors below 1 (such as Jeffreys' 0.5) give posterior densities that are infinite at the
    /// edges of the simplex whenever a band has no responses; the quadrature below cannot integrate those reliably (it
    /// gave intervals such as [−27.8, 91.7] for 5 passives where the true one is [−27.8, 27.8]), so they are rejected
    /// rather than answered wrongly. Priors above 1e9 would outweigh any survey.
    /// </para>
    /// <para>
    /// With posterior parameters a = (a_det, a_pas, a_pro), D = X_pro − X_det has the CDF
    /// P(D ≤ t) = ∫ Beta(x; a_det, a_pas + a_pro) · F_Beta(a_pro, a_pas)((t + x)/(1 − x)) dx, because given X_det = x the
    /// promoter share of the rest, X_pro/(1 − x), is Beta(a_pro, a_pas). Where the conditional CDF is 0 or 1 the
    /// integral is the Beta CDF itself; in between it is evaluated by Gauss–Legendre quadrature (4 panels of 64 nodes)
    /// over X_det's mean ± 25 standard deviations, and the CDF is inverted by Brent's method at α/2 and 1 − α/2.
    /// The posterior mean is (a_pro − a_det)/A and the variance [A(a_pro + a_det) − (a_pro − a_det)²]/(A²(A + 1)), A = Σa.
    /// When A exceeds <see cref="MaxQuadratureTotal"/> (1e9), where the posterior is too narrow for the quadrature (it
    /// failed near A = 1e14), the interval is the normal one with that mean and variance: the posterior's skewness is
    /// O(1/√A) there, so the bounds differ from the exact ones by well under 1e-6 NPS points.
    /// </para>
    /// </remarks>
    public ConfidenceInterval BayesianInterval(double confidence = 0.95, double detractorPrior = 1, double passivePrior = 1, double promoterPrior = 1)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        ThrowIfBadIntervalPrior(detractorPrior, nameof(detractorPrior));
        ThrowIfBadIntervalPrior(passivePrior, nameof(passivePrior));
        ThrowIfBadIntervalPrior(promoterPrior, nameof(promoterPrior));
        if (IsEmpty)
        {
            return ConfidenceInterval.Undefined(confidence);
        }

        double aDet = Detractors + detractorPrior, aPas = Passives + passivePrior, aPro = Promoters + promoterPrior;
        double tail = (1 - confidence) / 2;
        double total = aDet + aPas + aPro;
        double lower, upper;
        if (total > MaxQuadratureTotal)
        {
            double mean = (aPro - aDet) / total;
            double sd = Math.Sqrt(((total * (aPro + aDet)) - ((aPro - aDet) * (aPro - aDet))) / (total * total * (total + 1)));
            lower = Math.Max(-1, Normal.InvCDF(mean, sd, tail));
            upper = Math.Min(1, Normal.InvCDF(mean, sd, 1 - tail));
        }
        else
        {
            var posterior = new DirichletDifference(aDet, aPas, aPro);
            try
            {
                lower = posterior.Quantile(tail);
                upper = posterior.Quantile(1 - tail);
            }
            catch (Exception ex) when (ex is MathNet.Numerics.NonConvergenceException or ArithmeticException)
            {
                throw new ArithmeticException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The Bayesian interval of the posterior Dirichlet({aDet}, {aPas}, {aPro}) could not be computed: {ex.Message}"), ex);
            }
        }

        return ConfidenceInterval.FromBounds(100 * lower, 100 * Math.Max(lower, upper), confidence);
    }

    /// <summary>The smallest Dirichlet prior weight <see cref="BayesianInterval"/> accepts: 1 (the uniform prior).</summary>
    public const double MinBayesianPrior = 1;

    /// <summary>The largest Dirichlet prior weight <see cref="BayesianInterval"/> accepts: 1e9.</summary>
    public const double MaxBayesianPrior = 1e9;

    /// <summary>The posterior total Σa above which <see cref="BayesianInterval"/> uses the normal approximation: 1e9.</summary>
    public const double MaxQuadratureTotal = 1e9;

    /// <summary>The posterior mean of the NPS under a Dirichlet prior, in NPS points: 100 · (a_pro − a_det) / A.</summary>
    /// <param name="detractorPrior">The prior weight of detractors, positive.</param>
    /// <param name="passivePrior">The prior weight of passives, positive.</param>
    /// <param name="promoterPrior">The prior weight of promoters, positive.</param>
    /// <returns>The posterior mean; NaN when the score is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A prior weight is not a positive finite number.</exception>
    public double PosteriorMean(double detractorPrior = 1, double passivePrior = 1, double promoterPrior = 1)
    {
        ThrowIfBadPrior(detractorPrior, nameof(detractorPrior));
        ThrowIfBadPrior(passivePrior, nameof(passivePrior));
        ThrowIfBadPrior(promoterPrior, nameof(promoterPrior));
        if (IsEmpty)
        {
            return double.NaN;
        }

        double a = Count + detractorPrior + passivePrior + promoterPrior;
        return 100 * (Promoters + promoterPrior - Detractors - detractorPrior) / a;
    }

    /// <summary>
    /// Compares the NPS of two independent groups: the difference Δ = NPS(a) − NPS(b), a two-sided z test of equal
    /// scores and a confidence interval for the difference, by the adjusted Wald method unless another is asked for.
    /// </summary>
    /// <param name="a">The first group (for example "after").</param>
    /// <param name="b">The second group (for example "before").</param>
    /// <param name="method">The test; <see cref="NpsComparisonMethod.AdjustedWald"/> by default.</param>
    /// <param name="confidence">The confidence level of the interval; 0.95 by default.</param>
    /// <returns>
    /// The comparison, in NPS points: <see cref="ScoreComparison.Difference"/> is the observed NPS(a) − NPS(b); the
    /// standard error, statistic, p-value and interval are the method's. Undefined (NaN) when a group is empty.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or <paramref name="method"/> is unknown.</exception>
    /// <remarks>
    /// <para>
    /// <b>Wald.</b> SE = √(SE_a² + SE_b²) with each group's SE = 100·√(σ²/n), σ² = (p + d) − (p − d)²; z = Δ/SE;
    /// interval Δ ± z·SE. With small groups the plug-in variances are often far too small (a group whose responses all
    /// fall in one band has σ² = 0), so the test rejects much more often than its level.
    /// </para>
    /// <para>
    /// <b>Adjusted Wald.</b> The one-sample adjusted Wald interval (Rocks 2016) adds 3 pseudo-responses (¾ detractor,
    /// 1½ passives, ¾ promoter). For a difference of two binomial proportions Agresti and Caffo (2000, "Simple and
    /// effective confidence intervals for proportions and differences of proportions result from adding two successes
    /// and two failures", The American Statistician 54(4)) add to each group half of what the one-sample
    /// Agresti–Coull interval adds (one success and one failure, against about two of each). The same halving of
    /// Rocks' adjustment adds ⅜ detractor, ¾ passive and ⅜ promoter to each group (n + 1½ each): with adjusted shares
    /// p̃ = (promoters + ⅜)/(n + 1½) and d̃ = (detractors + ⅜)/(n + 1½), σ̃² = (p̃ + d̃) − (p̃ − d̃)², the adjusted
    /// difference is Δ̃ = 100·[(p̃ₐ − d̃ₐ) − (p̃_b − d̃_b)], SE = 100·√(σ̃ₐ²/(nₐ + 1½) + σ̃_b²/(n_b + 1½)), z = Δ̃/SE and
    /// the interval Δ̃ ± z·SE, clipped to [−200, 200]. No group has a zero standard error, and the size of the 5 % test,
    /// computed exactly for groups of 1 to 30 responses, stays at or below about 5 % where Wald's reaches 10–60 % (see
    /// <see cref="NpsComparisonMethod"/> and docs/ratings.md). For large groups both methods agree.
    /// </para>
    /// </remarks>
    public static ScoreComparison Compare(NetPromoterScore a, NetPromoterScore b, NpsComparisonMethod method = NpsComparisonMethod.AdjustedWald, double confidence = 0.95)
    {
        Preconditions.CheckConfidenceLevel(confidence, nameof(confidence));
        if (method is not (NpsComparisonMethod.AdjustedWald or NpsComparisonMethod.Wald))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown NPS comparison method; use AdjustedWald or Wald.");
        }

        if (method == NpsComparisonMethod.Wald)
        {
            return Inference.ZComparison(a.Value - b.Value, Math.Sqrt((a.StandardError * a.StandardError) + (b.StandardError * b.StandardError)), confidence);
        }

        if (a.IsEmpty || b.IsEmpty)
        {
            return ScoreComparison.Undefined(confidence);
        }

        (double shiftA, double varianceA) = AdjustedForComparison(a);
        (double shiftB, double varianceB) = AdjustedForComparison(b);
        double adjusted = 100 * (shiftA - shiftB);
        double error = 100 * Math.Sqrt(varianceA + varianceB);
        double z = Inference.Statistic(adjusted, error);
        double half = Inference.NormalCritical(confidence) * error;
        return new ScoreComparison(a.Value - b.Value, error, z, double.PositiveInfinity, Inference.NormalTwoSidedP(z),
            ConfidenceInterval.FromBounds(Math.Max(-200, adjusted - half), Math.Min(200, adjusted + half), confidence));
    }

    /// <inheritdoc/>
    public bool Equals(NetPromoterScore other) =>
        Detractors.Equals(other.Detractors) && Passives.Equals(other.Passives) && Promoters.Equals(other.Promoters);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NetPromoterScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Detractors, Passives, Promoters);

    /// <summary>
    /// Formats the score on one line, the score with one decimal and the counts whole (effective counts of weighted
    /// responses with up to one decimal), invariant culture: <c>NPS 30.0 (n = 100: 20 detractors, 30 passives, 50 promoters)</c>;
    /// a band of one response is singular (<c>1 detractor</c>).
    /// </summary>
    /// <returns>The formatted score; <c>NPS undefined (no responses)</c> when empty.</returns>
    public override string ToString() => TextFormat.ToString(this, null, null);

    /// <summary>
    /// Formats the score as <see cref="ToString()"/> does, the score with <paramref name="format"/>, so that
    /// <c>$"{nps:0.00}"</c> gives <c>NPS 30.00 (n = 100: …)</c>. Counts keep their own format. For the number
    /// alone, format <see cref="Value"/>.
    /// </summary>
    /// <param name="format">A numeric format string for the score (such as <c>0.00</c> or <c>F0</c>); <see langword="null"/> or empty for <c>0.0</c>.</param>
    /// <param name="formatProvider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns>The formatted score.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextFormat.ToString(this, format, formatProvider);

    /// <summary>Formats the score into <paramref name="destination"/> without allocating (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The span to write into.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the text does not fit.</param>
    /// <param name="format">A numeric format string for the score; empty for <c>0.0</c>.</param>
    /// <param name="provider">The culture for the numbers; <see langword="null"/> for the invariant culture.</param>
    /// <returns><see langword="true"/> when the whole text fitted; <see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format string.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var writer = new SpanWriter(destination, provider);
        if (IsEmpty)
        {
            writer.Text("NPS undefined (no responses)");
        }
        else
        {
            writer.Text("NPS ");
            writer.Number(Value, TextFormat.Or(format, "0.0"));
            writer.Text(" (n = ");
            writer.Number(Count, "0.#");
            writer.Text(": ");
            Band(ref writer, Detractors, "detractor");
            writer.Text(", ");
            Band(ref writer, Passives, "passive");
            writer.Text(", ");
            Band(ref writer, Promoters, "promoter");
            writer.Text(")");
        }

        return writer.TryFinish(out charsWritten);
    }

    /// <summary>Indicates whether two scores have the same band counts.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(NetPromoterScore left, NetPromoterScore right) => left.Equals(right);

    /// <summary>Indicates whether two scores differ in a band count.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(NetPromoterScore left, NetPromoterScore right) => !left.Equals(right);

    private static void Band(ref SpanWriter writer, double count, string noun)
    {
        writer.Number(count, "0.#");
        writer.Text(" ");
        writer.Text(noun);
        if (Math.Round(count, 1) != 1)
        {
            writer.Text("s");
        }
    }

    /// <summary>The centre of the adjusted Wald interval: the NPS of the counts plus ¾, 1½ and ¾ pseudo-responses.</summary>
    internal double AdjustedValue => 100 * (Promoters - Detractors) / (Count + 3);

    /// <summary>
    /// The adjusted estimate (p̃ − d̃, on the −1…1 scale) and the variance of that estimate, σ̃²/ñ, after adding ⅜
    /// detractor, ¾ passive and ⅜ promoter (the two-sample adjusted Wald of <see cref="Compare"/>).
    /// </summary>
    private static (double Estimate, double Variance) AdjustedForComparison(NetPromoterScore score)
    {
        double n = score.Count + 1.5;
        double detractors = score.Detractors + 0.375, promoters = score.Promoters + 0.375;
        return ((promoters - detractors) / n, VarianceOf(detractors, promoters, n) / n);
    }

    private static double VarianceOf(double detractors, double promoters, double n)
    {
        double p = promoters / n, d = detractors / n;
        return Math.Max(0, p + d - ((p - d) * (p - d)));
    }

    private static (double Lower, double Upper) Wald(double detractors, double promoters, double n, double z)
    {
        double centre = (promoters - detractors) / n;
        double half = z * Math.Sqrt(VarianceOf(detractors, promoters, n) / n);
        return (centre - half, centre + half);
    }

    /// <summary>Tango's score interval on the −1…1 scale: the Δ where Z(Δ) crosses ±z, found by bisection.</summary>
    private (double Lower, double Upper) ScoreBounds(double z)
    {
        double n = Count, s = Promoters, d = Detractors;
        double estimate = (s - d) / n;

        // Z(Δ) = (S − D − nΔ) / √(n(2q + Δ(1 − Δ))), q = (√(B² − 4AC) − B) / 2A,
        // A = 2n, B = −D − S + (2n − S + D)Δ, C = −DΔ(1 − Δ). Z falls from +∞ at Δ = −1 through 0 at Δ̂ to −∞ at Δ = 1.
        double Statistic(double delta)
        {
            double a = 2 * n;
            double b = -d - s + (((2 * n) - s + d) * delta);
            double c = -d * delta * (1 - delta);
            double q = (Math.Sqrt(Math.Max(0, (b * b) - (4 * a * c))) - b) / (2 * a);
            double variance = n * ((2 * q) + (delta * (1 - delta)));
            return variance > 0 ? (s - d - (n * delta)) / Math.Sqrt(variance) : (s - d - (n * delta)) * double.PositiveInfinity;
        }

        double lower = estimate <= -1 ? -1 : Inference.Bisect(delta => z - Statistic(delta), -1, estimate);
        double upper = estimate >= 1 ? 1 : Inference.Bisect(delta => Statistic(delta) + z, 1, estimate);
        return (Math.Min(lower, estimate), Math.Max(upper, estimate));
    }

    private static void ThrowIfBadIntervalPrior(double prior, string paramName)
    {
        if (!(prior >= MinBayesianPrior && prior <= MaxBayesianPrior))
        {
            throw new ArgumentOutOfRangeException(paramName, prior, string.Create(
                CultureInfo.InvariantCulture,
                $"The Dirichlet prior weight {prior} is outside the range the Bayesian interval supports, {MinBayesianPrior} (the uniform prior) to {MaxBayesianPrior:0E+00}; priors below 1 give posterior densities the quadrature cannot integrate reliably."));
        }
    }

    private static void ThrowIfBadPrior(double prior, string paramName)
    {
        if (!(prior > 0 && double.IsFinite(prior)))
        {
            throw new ArgumentOutOfRangeException(paramName, prior, "A Dirichlet prior weight must be a positive, finite number (1 for the uniform prior).");
        }
    }

    /// <summary>The distribution of X_pro − X_det when (X_det, X_pas, X_pro) ~ Dirichlet(det, pas, pro).</summary>
    private readonly struct DirichletDifference
    {
        private const int Panels = 4;
        private const int PanelOrder = 64;

        private readonly double _detractors;
        private readonly double _passives;
        private readonly double _promoters;
        private readonly double _from;
        private readonly double _to;

        internal DirichletDifference(double detractors, double passives, double promoters)
        {
            _detractors = detractors;
            _passives = passives;
            _promoters = promoters;

            // X_det ~ Beta(a, b) with a = a_det, b = a_pas + a_pro: integrate over its mean ± 25 standard deviations
            // (within [0, 1]), outside which the Beta mass is below 1e-11 even for the most skewed posteriors.
            double a = detractors, b = passives + promoters;
            double mean = a / (a + b);
            double deviation = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
            _from = Math.Max(0, mean - (25 * deviation));
            _to = Math.Min(1, mean + (25 * deviation));
        }

        internal double Cdf(double t)
        {
            double detractors = _detractors, passives = _passives, promoters = _promoters;
            double a = detractors, b = passives + promoters;

            // Given X_det = x, u = (t + x)/(1 − x) is ≤ 0 for x ≤ −t (no mass) and ≥ 1 for x ≥ (1 − t)/2 (all mass):
            // integrate the Beta density exactly there and numerically only in between.
            double low = Math.Clamp(-t, _from, _to), high = Math.Clamp((1 - t) / 2, _from, _to);
            double total = high < _to ? Beta.CDF(a, b, _to) - Beta.CDF(a, b, high) : 0;
            if (high > low)
            {
                double Integrand(double x) =>
                    Math.Exp(Beta.PDFLn(a, b, x)) * Beta.CDF(promoters, passives, Math.Clamp((t + x) / (1 - x), 0, 1));

                double width = (high - low) / Panels;
                for (int panel = 0; panel < Panels; panel++)
                {
                    total += GaussLegendreRule.Integrate(Integrand, low + (panel * width), low + ((panel + 1) * width), PanelOrder);
                }
            }

            return Math.Clamp(total, 0, 1);
        }

        internal double Quantile(double probability)
        {
            DirichletDifference distribution = this;
            return Brent.FindRoot(t => distribution.Cdf(t) - probability, -1, 1, 1e-11, 200);
        }
    }
}
