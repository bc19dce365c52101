namespace CxCore.Ratings;

/// <summary>How <see cref="SatisfactionScore.Interval(ProportionIntervalMethod, double)"/> forms a confidence interval for a proportion.</summary>
/// <remarks>
/// <para>
/// With x satisfied responses of n (effective counts for weighted responses, which need not be whole numbers),
/// p̂ = x/n, α = 1 − confidence and z the standard-normal quantile at 1 − α/2. The names follow R's binom package and
/// statsmodels' <c>proportion_confint</c> (<c>wilson</c>, <c>agresti_coull</c>, <c>jeffreys</c>, <c>beta</c> for
/// Clopper–Pearson). Every bound is a proportion in [0, 1] (reported in percent by CSAT); at x = 0 the lower bound is
/// exactly 0 and at x = n the upper bound exactly 1.
/// </para>
/// <para>
/// Coverage of the 95 % intervals by seeded simulation (12 true satisfied shares from 5 % to 95 %, 2,000 samples per
/// share and n; docs/ratings.md has the table) at n = 10, 30, 100, 1000: <see cref="Wilson"/> 94.8 %, 95.4 %, 94.4 %,
/// 95.1 %; <see cref="AgrestiCoull"/> 96.6 %, 96.5 %, 95.5 %, 95.1 %; <see cref="Jeffreys"/> 96.2 %, 94.8 %, 95.0 %,
/// 95.1 %; <see cref="ClopperPearson"/> 98.9 %, 97.6 %, 96.6 %, 95.5 % (conservative by design).
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum ProportionIntervalMethod
{
    /// <summary>
    /// Wilson score interval (Wilson 1927), the default: the p with (p̂ − p)² ≤ z²·p(1 − p)/n, that is centre
    /// (p̂ + z²/2n)/(1 + z²/n) and half-width z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²); as R's
    /// <c>prop.test(x, n, correct = FALSE)</c>.
    /// </summary>
    Wilson = 0,

    /// <summary>
    /// Agresti–Coull ("add z²/2 successes and z²/2 failures"; Agresti and Coull 1998): ñ = n + z², p̃ = (x + z²/2)/ñ,
    /// p̃ ± z·√(p̃(1 − p̃)/ñ), clipped to [0, 1].
    /// </summary>
    AgrestiCoull = 1,

    /// <summary>
    /// Jeffreys (Brown, Cai and DasGupta 2001): the equal-tailed interval of the Beta(x + ½, n − x + ½) posterior under
    /// the Jeffreys prior Beta(½, ½), with the lower bound 0 when x = 0 and the upper bound 1 when x = n.
    /// </summary>
    Jeffreys = 2,

    /// <summary>
    /// Clopper–Pearson "exact" interval (1934): lower bound the α/2 quantile of Beta(x, n − x + 1) (0 when x = 0),
    /// upper bound the 1 − α/2 quantile of Beta(x + 1, n − x) (1 when x = n); as R's <c>binom.test</c>. Guarantees at
    /// least the nominal coverage for every true proportion, so it is wider than the others on average.
    /// </summary>
    ClopperPearson = 3,
}
