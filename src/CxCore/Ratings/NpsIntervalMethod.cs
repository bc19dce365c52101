namespace CxCore.Ratings;

/// <summary>How <see cref="NetPromoterScore.Interval(NpsIntervalMethod, double)"/> forms a confidence interval for the NPS.</summary>
/// <remarks>
/// <para>
/// Each score has its own enumeration of interval methods, because each estimates a different kind of quantity: the
/// NPS a difference of two shares of one multinomial sample (<see cref="NpsIntervalMethod"/>), CSAT a proportion
/// (<see cref="ProportionIntervalMethod"/>) and CES a mean (<see cref="MeanIntervalMethod"/>). Value 0 of each is the
/// recommended default.
/// </para>
/// <para>
/// Coverage of the 95 % intervals by seeded simulation (12 true (detractor, promoter) shares from (0.05, 0.90) to
/// (0.60, 0.10), 1,000 samples per share and n; docs/ratings.md has the table): <see cref="AdjustedWald"/> 95.5 %,
/// 95.1 %, 95.2 % at n = 30, 100, 1000; <see cref="Score"/> 95.7 %, 95.3 %, 95.2 %; <see cref="Wald"/> 93.3 %,
/// 94.3 %, 95.2 %: too short for small samples and extreme shares.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum NpsIntervalMethod
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
