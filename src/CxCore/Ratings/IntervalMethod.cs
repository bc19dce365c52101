namespace CxCore.Ratings;

/// <summary>How <see cref="NetPromoterScore.Interval(IntervalMethod, double)"/> forms a confidence interval for the NPS.</summary>
/// <remarks>
/// Coverage by simulation (95 % intervals, grid of true shares, n ∈ {30, 100, 1000}) is reported in docs/ratings.md:
/// <see cref="AdjustedWald"/> and <see cref="Score"/> stay close to 95 %; <see cref="Wald"/> falls short for small
/// samples and extreme shares.
/// </remarks>
public enum IntervalMethod
{
    /// <summary>
    /// Adjusted Wald (Rocks 2016), the default: add ¾ detractor, 1½ passives and ¾ promoter (3 pseudo-responses),
    /// compute the Wald interval on the adjusted counts, centred on the adjusted NPS, clipped to [−100, 100].
    /// </summary>
    AdjustedWald = 0,

    /// <summary>Wald: NPS ± z·SE, clipped to [−100, 100]. Simple but too narrow for small samples; zero width when every response is in one band.</summary>
    Wald = 1,

    /// <summary>
    /// Score interval (Tango 1998, for a difference of two multinomial proportions): every Δ with |Z(Δ)| &lt; z, found
    /// by bisection; never outside [−100, 100].
    /// </summary>
    Score = 2,

    /// <summary>
    /// Bayesian equal-tailed credible interval from the Dirichlet posterior (uniform prior Dirichlet(1, 1, 1) unless
    /// given), computed exactly by numerical integration — no sampling.
    /// </summary>
    Bayesian = 3,
}
