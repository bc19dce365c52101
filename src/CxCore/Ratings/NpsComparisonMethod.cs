namespace CxCore.Ratings;

/// <summary>How <see cref="NetPromoterScore.Compare(NetPromoterScore, NetPromoterScore, NpsComparisonMethod, double)"/> tests the difference of two NPS.</summary>
/// <remarks>
/// The size of the 5 % test — how often it rejects when both groups come from the same distribution — computed exactly
/// by enumerating every pair of samples (docs/ratings.md has the table), for groups of 1 against 4 up to 30 against 30
/// responses and seven true distributions: the adjusted test's size is at most 6.6 %, and 3.9–6.6 % for typical
/// distributions with five or more responses per group (smaller, that is conservative, for tinier groups or extreme
/// distributions); the Wald test's is 41–59 % for one response against four, 8–13 % for five against five and still
/// 5.8–5.9 % for thirty against thirty. Over every true distribution on a 0.05 grid the adjusted test's worst size is
/// 10.1 % (2 against 2), 8.4 % (5 against 5), 6.6 % (10 against 10) and 5.7 % (25 against 25), at distributions with
/// almost no passives and an NPS near 0.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CxCore.Serialization.CxJsonConverterFactory))]
public enum NpsComparisonMethod
{
    /// <summary>
    /// Adjusted Wald, the default: add ⅜ detractor, ¾ passive and ⅜ promoter to each group (half of the one-sample
    /// adjusted-Wald pseudo-responses, as Agresti and Caffo's interval for a difference of two proportions adds half of
    /// Agresti–Coull's to each group), then test and form the interval with the Wald formulas on the adjusted counts.
    /// </summary>
    AdjustedWald = 0,

    /// <summary>
    /// Wald: Δ = NPS(a) − NPS(b), SE = √(SE_a² + SE_b²) from the observed counts, z = Δ/SE. Overconfident for small
    /// groups: a group whose responses all fall in one band has SE 0, so one promoter against four detractors gives p = 0.
    /// </summary>
    Wald = 1,
}
