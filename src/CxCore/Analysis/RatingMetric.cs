namespace CxCore.Analysis;

/// <summary>Which rating metric an analysis computes from rating counts.</summary>
public enum RatingMetric
{
    /// <summary>Net Promoter Score on 0–10 (standard bands), in NPS points; adjusted-Wald intervals, z test.</summary>
    Nps,

    /// <summary>CSAT: top-2-box share in percent; Wilson intervals, two-proportion z test.</summary>
    Csat,

    /// <summary>CES: mean rating; Student-t intervals, Welch's t test.</summary>
    Ces,
}
