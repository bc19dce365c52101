using CxCore.Service;
using FsCheck;
using CxCore.Tests.Support;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CxCore.Tests.Service;

[Properties(Arbitrary = [typeof(ResolutionCurveTests.Arbitraries)])]
public sealed partial class ResolutionCurveTests
{
    private static Duration H(double hours) => Duration.FromSeconds(hours * 3600);

    // R 4 / survival 3.5.3:
    //   library(survival); options(digits = 15)
    //   t <- c(1,2,2,3,4,4,5,6,8,8,9,10,12,15,20); s <- c(1,1,0,1,1,1,0,1,1,0,1,0,1,0,0)
    //   f <- survfit(Surv(t, s) ~ 1)
    //   data.frame(f$time, f$n.risk, f$n.event, f$n.censor, f$surv, f$std.err, f$lower, f$upper)
    //   quantile(f, c(0.1, 0.25, 0.5, 0.6, 0.75, 0.9), conf.int = FALSE)   # 2 4 8 9 NA NA
    private static readonly double[] Times = [1, 2, 2, 3, 4, 4, 5, 6, 8, 8, 9, 10, 12, 15, 20];
    private static readonly bool[] Status = [true, true, false, true, true, true, false, true, true, false, true, false, true, false, false];

    private static ResolutionCurve Example() => ResolutionCurve.FromObservations(Times.Zip(Status, (t, s) => (H(t), s)));

    [Fact]
    public void Steps_MatchSurvfit()
    {
        double[] time = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 20];
        long[] risk = [15, 14, 12, 11, 9, 8, 7, 5, 4, 3, 2, 1];
        long[] events = [1, 1, 1, 2, 0, 1, 1, 1, 0, 1, 0, 0];
        long[] censor = [0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1];
        double[] surv = [0.933333333333333, 0.866666666666667, 0.794444444444444, 0.65, 0.65, 0.56875, 0.4875, 0.39, 0.39, 0.26, 0.26, 0.26];
        double[] stdErr = [0.0690065559342354, 0.1012739367083667, 0.1335371402725393, 0.1950235576390402, 0.1950235576390402, 0.2364134744284490,
            0.2823133980186819, 0.3601400487322323, 0.3601400487322323, 0.5443964744260578, 0.5443964744260578, 0.5443964744260578];
        double[] lower = [0.8152640456535850, 0.7106365849275074, 0.6115000719686358, 0.4435157055136775, 0.4435157055136775, 0.3578375365666472,
            0.2803296404322762, 0.1925363975849235, 0.1925363975849235, 0.0894503880237734, 0.0894503880237734, 0.0894503880237734];
        double[] upper = [1, 1, 1, 0.952615645280617, 0.952615645280617, 0.903976049029592, 0.847774247609091, 0.789980501909578, 0.789980501909578,
            0.755726179544730, 0.755726179544730, 0.755726179544730];

        var curve = Example();

        Assert.Equal(15, curve.Count);
        Assert.Equal(9, curve.ResolvedCount);
        Assert.Equal(6, curve.CensoredCount);
        Assert.Equal(time.Length, curve.Steps.Count);
        for (int i = 0; i < time.Length; i++)
        {
            ResolutionStep step = curve.Steps[i];
            Assert.Equal(H(time[i]), step.Time);
            Assert.Equal(risk[i], step.AtRisk);
            Assert.Equal(events[i], step.Resolved);
            Assert.Equal(censor[i], step.Censored);
            Assert.Equal(surv[i], step.Survival, 1e-12);
            Assert.Equal(stdErr[i], Math.Sqrt(step.GreenwoodSum), 1e-12);
            var band = curve.SurvivalInterval(H(time[i]));
            Assert.Equal(lower[i], band.Lower, 1e-12);
            Assert.Equal(upper[i], band.Upper, 1e-12);
            Assert.Equal(surv[i], curve.SurvivalAt(H(time[i]) + Duration.FromMinutes(30)), 1e-12);
        }
    }

    [Theory]
    [InlineData(0.1, 2.0)]
    [InlineData(0.25, 4.0)]
    [InlineData(0.5, 8.0)]
    [InlineData(0.6, 9.0)]
    public void Percentile_MatchesSurvfitQuantile(double p, double hours) => Assert.Equal(H(hours), Example().Percentile(p));

    [Theory]
    [InlineData(0.75)]
    [InlineData(0.9)]
    public void Percentile_CurveStopsAbove_IsNotReached(double p) => Assert.Null(Example().Percentile(p));

    [Fact]
    public void Median_WithOpenCases_IsLaterThanTheSolvedOnlyMedian()
    {
        // The docs/service.md survivor-bias table. R:
        //   t <- c(1,2,2,3,5,8,13,21,6,24,30,48); s <- c(rep(1,8), rep(0,4))
        //   quantile(survfit(Surv(t, s) ~ 1), c(.5, .9))      # 8, NA (not reached)
        //   quantile(t[s == 1], c(.5, .9), type = 7)          # 4, 15.4
        double[] resolved = [1, 2, 2, 3, 5, 8, 13, 21];
        double[] open = [6, 24, 30, 48];
        var curve = ResolutionCurve.FromObservations(resolved.Select(h => (H(h), true)).Concat(open.Select(h => (H(h), false))));
        var naive = DurationDistribution.FromDurations(resolved.Select(H));

        Assert.Equal(H(8), curve.Median);
        Assert.Null(curve.Percentile(0.9));
        Assert.Equal(H(4), naive.Median);
        Assert.Equal(H(15.4), naive.P90);
    }

    [Fact]
    public void Median_ExampleCurve_IsEightHours() => Assert.Equal(H(8), Example().Median);

    [Fact]
    public void Percentile_ExactlyOnAFlatStep_AveragesWithTheNextEventTime()
    {
        // R: quantile(survfit(Surv(1:6, rep(1, 6)) ~ 1), c(0.5, 1/3, 0.9), conf.int = FALSE)  →  3.5 2.5 6
        var curve = ResolutionCurve.FromObservations(Enumerable.Range(1, 6).Select(h => (H(h), true)));

        Assert.Equal(H(3.5), curve.Percentile(0.5));
        Assert.Equal(H(2.5), curve.Percentile(1.0 / 3));
        Assert.Equal(H(6), curve.Percentile(0.9));
    }

    [Fact]
    public void Percentile_ExactlyAtTheLastStep_AveragesWithTheLastObservedTime()
    {
        // R: quantile(survfit(Surv(c(1,2,3,4), c(1,1,0,0)) ~ 1), c(0.25, 0.5, 0.75), conf.int = FALSE)  →  1.5 3 NA
        // R: quantile(survfit(Surv(c(2,3,5,7,11), c(1,0,0,0,0)) ~ 1), c(0.1, 0.2, 0.5), conf.int = FALSE)  →  2 6.5 NA
        // (R gives NA for quantile(fit, 0.2) alone, because 1 − 0.8 < 0.2 in floating point and its "not reached"
        // check ignores the tolerance; CxCore applies the tolerance throughout and documents it.)
        var a = ResolutionCurve.FromObservations([H(1), H(2), H(3), H(4)], [true, true, false, false]);
        var b = ResolutionCurve.FromObservations([H(2), H(3), H(5), H(7), H(11)], [true, false, false, false, false]);

        Assert.Equal(H(1.5), a.Percentile(0.25));
        Assert.Equal(H(3), a.Percentile(0.5));
        Assert.Null(a.Percentile(0.75));
        Assert.Equal(H(2), b.Percentile(0.1));
        Assert.Equal(H(6.5), b.Percentile(0.2));
        Assert.Null(b.Median);
    }

    [Fact]
    public void SurvivalInterval_AfterTheCurveReachesZero_IsUndefined()
    {
        // R: f <- survfit(Surv(1:6, rep(1, 6)) ~ 1); f$lower[5]; f$upper[5]  →  0.0278491282992745 0.997437962124704; NA at t = 6
        var curve = ResolutionCurve.FromObservations(Enumerable.Range(1, 6).Select(h => (H(h), true)));

        Assert.Equal(0.0278491282992745, curve.SurvivalInterval(H(5)).Lower, 1e-12);
        Assert.Equal(0.997437962124704, curve.SurvivalInterval(H(5)).Upper, 1e-12);
        Assert.False(curve.SurvivalInterval(H(6)).IsDefined);
        Assert.Equal(0, curve.SurvivalAt(H(6)));
    }

    [Fact]
    public void SurvivalAt_BeforeTheFirstResolution_IsOneWithAPointBand()
    {
        var curve = Example();

        Assert.Equal(1, curve.SurvivalAt(H(0.5)));
        Assert.Equal(1, curve.SurvivalAt(Duration.FromHours(-1)));
        Assert.Equal(1, curve.SurvivalInterval(H(0.5)).Lower);
        Assert.Equal(0.26, curve.SurvivalAt(Duration.FromDays(365 * 200)), 1e-12);
    }

    [Fact]
    public void Empty_HasNoStepsNaNSurvivalAndNoPercentiles()
    {
        var curve = ResolutionCurve.FromObservations([]);

        Assert.Equal(0, curve.Count);
        Assert.Empty(curve.Steps);
        Assert.True(double.IsNaN(curve.SurvivalAt(H(1))));
        Assert.Null(curve.Median);
        Assert.False(curve.SurvivalInterval(H(1)).IsDefined);
    }

    [Fact]
    public void AllCensored_NothingIsReached()
    {
        var curve = ResolutionCurve.FromObservations([H(1), H(2)], [false, false]);

        Assert.Null(curve.Percentile(0.01));
        Assert.Equal(1, curve.SurvivalAt(H(3)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Percentile_OutsideZeroOne_Throws(double p)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Example().Percentile(p));

        Assert.Equal("p", error.ParamName);
    }

    [Fact]
    public void FromObservations_NegativeOrHugeTime_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResolutionCurve.FromObservations([(H(1), true), (Duration.FromNanoseconds(-1), true)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResolutionCurve.FromObservations([ResolutionCurve.MaxTime + Duration.Epsilon], [true]));
    }

    [Fact]
    public void FromObservations_LengthMismatchOrNull_Throws()
    {
        Assert.Throws<ArgumentException>(() => ResolutionCurve.FromObservations([H(1)], [true, false]));
        Assert.Throws<ArgumentNullException>(() => ResolutionCurve.FromObservations(null!));
    }

    [Fact]
    public void SurvivalInterval_BadLevel_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Example().SurvivalInterval(H(1), 1));

    // ---- properties -------------------------------------------------------------------------------------------------

    /// <summary>Cases of 0–60 minutes, two thirds resolved and one third still open (censored).</summary>
    public sealed record Observations((int Minutes, bool Resolved)[] Items);

    /// <summary>One or more resolution times of 0–60 whole minutes.</summary>
    public sealed record ResolvedMinutes(int[] Values);

    /// <summary>A whole percentage from 1 to 99.</summary>
    public readonly record struct Percent(int Value);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Observations> AnyObservations() =>
            Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 60), Gen.Elements(true, true, false))).Select(o => new Observations(o)).ToArbitrary();

        public static Arbitrary<ResolvedMinutes> AnyResolvedMinutes() =>
            Gen.NonEmptyListOf(Gen.Choose(0, 60)).Select(l => new ResolvedMinutes(l.ToArray())).ToArbitrary();

        public static Arbitrary<Percent> Percents() => Gen.Choose(1, 99).Select(p => new Percent(p)).ToArbitrary();
    }

    [ScaledProperty(500)]
    public bool Survival_IsNonIncreasingInZeroOne(Observations observations)
    {
        var obs = observations.Items;
        var curve = ResolutionCurve.FromObservations(obs.Select(o => (Duration.FromMinutes(o.Minutes), o.Resolved)));
        double previous = 1;
        for (int m = 0; m <= 61; m++)
        {
            double s = curve.SurvivalAt(Duration.FromMinutes(m));
            if (obs.Length > 0 && (s > previous || s < 0))
            {
                return false;
            }

            previous = s;
        }

        return true;
    }

    [Property]
    public bool NoCensoring_EqualsTheEmpiricalDistribution(ResolvedMinutes resolved, Percent percent)
    {
        int[] minutes = resolved.Values;
        var curve = ResolutionCurve.FromObservations(minutes.Select(m => (Duration.FromMinutes(m), true)));
        // S(t) = share of cases taking longer than t.
        bool survival = Enumerable.Range(0, 62).All(t =>
            Math.Abs(curve.SurvivalAt(Duration.FromMinutes(t)) - minutes.Count(m => m > t) / (double)minutes.Length) < 1e-12);
        // Quantile: the smallest time whose empirical CDF reaches p (R's type 1 / inverse CDF), except on exact ties
        // where R averages with the next value (type 2). k = n·p.
        int[] sorted = minutes.Order().ToArray();
        double p = percent.Value / 100.0, k = sorted.Length * p;
        int index = (int)Math.Ceiling(k - 1e-9) - 1;
        double expected = Math.Abs(k - Math.Round(k)) < 1e-9 && index + 1 < sorted.Length
            ? (sorted[index] + sorted[index + 1]) / 2.0
            : sorted[index];
        return survival && curve.Percentile(p) == Duration.FromSeconds(expected * 60);
    }
}
