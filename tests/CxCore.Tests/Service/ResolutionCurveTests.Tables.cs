using CxCore.Service;
using NodaTime;

namespace CxCore.Tests.Service;

public sealed partial class ResolutionCurveTests
{
    [Fact]
    public void ToTable_SurvfitExample_MatchesR()
    {
        // Rows 1, 4 and 12 of the survfit output in the header comment (time, n.risk, n.event, n.censor, surv, lower, upper).
        var curve = Example();

        ResultTable table = curve.ToTable();

        TableAssert.Columns(table, "time_h", "at_risk", "resolved", "censored", "survival", "lower", "upper");
        Assert.Equal(12, table.RowCount);
        AssertRow(table, 0, 1, 15, 1, 0, 0.933333333333333, 0.8152640456535850, 1);
        AssertRow(table, 3, 4, 11, 2, 0, 0.65, 0.4435157055136775, 0.952615645280617);
        AssertRow(table, 11, 20, 1, 0, 1, 0.26, 0.0894503880237734, 0.755726179544730);
        TableAssert.Agrees(table, curve.ToMarkdown(), curve.ToRows());
        Assert.Equal("Resolution curve: 15 cases, 9 resolved, 6 censored, median 8 h\n" + table, curve.ToString()); // quantile 0.5 = 8
    }

    [Fact]
    public void ToTable_SurvivalFallsToZero_BandIsEmpty()
    {
        // Resolved at 1 h, censored at 2 h, two resolved at 3 h. S(1) = 3/4, S(3) = 3/4 · (1 − 2/2) = 0.
        // Greenwood at 1 h: V = 1/(4·3); band 0.75·exp(±1.959964·√V) = [0.425932, 1.3207 → capped at 1].
        var curve = ResolutionCurve.FromObservations(
            [(Duration.FromHours(1), true), (Duration.FromHours(2), false), (Duration.FromHours(3), true), (Duration.FromHours(3), true)]);

        ResultTable table = curve.ToTable();

        Assert.Equal(3, table.RowCount);
        Assert.Equal(0.42593226849798194, (double)table[0, "lower"]!, 6);
        TableAssert.Number(1, table[1, "upper"]);
        TableAssert.Number(0, table[2, "survival"]);
        Assert.Null(table[2, "lower"]);
        Assert.Null(table[2, "upper"]);
    }

    [Fact]
    public void ToCsv_SurvivalFallsToZero_MatchesSurvfitAndLeavesTheUndefinedBandEmpty()
    {
        // R 4 / survival:
        //   f <- survfit(Surv(c(1,2,3,3,5,6), c(1,0,1,1,0,1)) ~ 1)
        //   data.frame(f$time, f$n.risk, f$n.event, f$n.censor, f$surv, f$lower, f$upper)
        //   time 1 2 3 5 6; risk 6 5 4 2 1; event 1 0 2 0 1; censor 0 1 0 1 0;
        //   surv 0.833333333333333 0.833333333333333 0.416666666666667 0.416666666666667 0;
        //   lower 0.582654795477140 (twice), 0.146791915534472 (twice), NA; upper 1 1 1 1 NA.
        // read.csv of the CSV below gives the same data frame, with NA for the empty cells.
        Duration[] times = [H(1), H(2), H(3), H(3), H(5), H(6)];
        bool[] resolved = [true, false, true, true, false, true];
        var curve = ResolutionCurve.FromObservations(times, resolved);

        ResultTable table = curve.ToTable();

        double[] lower = [0.582654795477140, 0.582654795477140, 0.146791915534472, 0.146791915534472];
        for (int r = 0; r < lower.Length; r++)
        {
            Assert.Equal(lower[r], (double)table[r, "lower"]!, 12);
            TableAssert.Number(1, table[r, "upper"]);
        }

        Assert.EndsWith("\r\n6,1,1,0,0,,\r\n", curve.ToTable().ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToTable_Empty_NoRowsAndMedianNotReached()
    {
        var curve = ResolutionCurve.FromObservations([]);

        Assert.Equal(0, curve.ToTable().RowCount);
        Assert.StartsWith("Resolution curve: 0 cases, 0 resolved, 0 censored, median not reached\n", curve.ToString(), StringComparison.Ordinal);
    }

    private static void AssertRow(ResultTable table, int row, double time, long atRisk, long resolved, long censored, double survival, double lower, double upper)
    {
        TableAssert.Number(time, table[row, "time_h"]);
        Assert.Equal([atRisk, resolved, censored], [table[row, "at_risk"], table[row, "resolved"], table[row, "censored"]]);
        Assert.Equal(survival, (double)table[row, "survival"]!, 12);
        Assert.Equal(lower, (double)table[row, "lower"]!, 9);
        Assert.Equal(upper, (double)table[row, "upper"]!, 9);
    }
}
