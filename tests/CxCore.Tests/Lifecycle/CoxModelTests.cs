using CxCore.Lifecycle;
using NodaTime;
using static CxCore.Tests.Lifecycle.SurvivalDataSets;

namespace CxCore.Tests.Lifecycle;

public sealed class CoxModelTests
{
    private static Duration[] Days(double[] t) => t.Select(Duration.FromDays).ToArray();

    private static bool[] Events(int[] status, int code) => status.Select(s => s == code).ToArray();

    // R 4.2 / survival 3.5.3, converged tightly so that the reference is the maximum itself:
    //   ctl <- coxph.control(eps = 1e-14, iter.max = 100, toler.chol = 1e-15)
    //   f <- coxph(Surv(time, status) ~ age + sex, data = lung, ties = "efron", control = ctl)
    //   coef(f)  0.0170453318501651 -0.5132185198361823;  sqrt(diag(vcov(f)))  0.00922327347725708 0.16745796243624203
    //   f$loglik  -749.909801390395 -742.848245783771;  summary(f)$conf.int[, 3:4]  age 0.998968580294516 1.035746699805161,
    //   sex 0.431093577560292 0.831098512237977;  summary(f)$coefficients[, 5]  0.06459101206334182 0.00217844493879888
    //   summary(f)$logtest  14.1231112132466 2 0.000857443211628505
    // (With R's default eps = 1e-9 the sex coefficient is -0.51321851710838, within 3e-9 of the maximum.)
    [Fact]
    public void Fit_LungAgeSexEfron_MatchesCoxph()
    {
        CoxModel model = CoxModel.Fit(Days(LungTime), Events(LungStatus, 2), [CoxCovariate.From("age", LungAge), CoxCovariate.From("sex", LungSex)]);

        Assert.True(model.Converged);
        AssertCoefficient(model.Coefficients[0], "age", 0.0170453318501651, 0.00922327347725708, 0.998968580294516, 1.035746699805161, 0.06459101206334182);
        AssertCoefficient(model.Coefficients[1], "sex", -0.5132185198361823, 0.16745796243624203, 0.431093577560292, 0.831098512237977, 0.00217844493879888);
        Assert.Equal(-749.909801390395, model.NullLogLikelihood, 1e-6);
        Assert.Equal(-742.848245783771, model.LogLikelihood, 1e-6);
        Assert.Equal(14.1231112132466, model.LikelihoodRatio, 1e-6);
        Assert.Equal(0.000857443211628505, model.LikelihoodRatioPValue, 1e-9);
        Assert.Equal((228L, 165L), (model.Count, model.EventCount));
    }

    //   f <- coxph(Surv(time, status) ~ age + sex, data = lung, ties = "breslow", control = ctl)
    //   coef 0.0170128892031113 -0.5125647942292353; se 0.00922195368518684 0.16746206322231241; loglik -750.122018895319 -743.079654198000
    [Fact]
    public void Fit_LungAgeSexBreslow_MatchesCoxph()
    {
        CoxModel model = CoxModel.Fit(Days(LungTime), Events(LungStatus, 2), [CoxCovariate.From("age", LungAge), CoxCovariate.From("sex", LungSex)], CoxTieMethod.Breslow);

        Assert.Equal(0.0170128892031113, model.Coefficients[0].Coefficient, 1e-6);
        Assert.Equal(-0.5125647942292353, model.Coefficients[1].Coefficient, 1e-6);
        Assert.Equal(0.00922195368518684, model.Coefficients[0].StandardError, 1e-6);
        Assert.Equal(0.16746206322231241, model.Coefficients[1].StandardError, 1e-6);
        Assert.Equal(-750.122018895319, model.NullLogLikelihood, 1e-6);
        Assert.Equal(-743.079654198000, model.LogLikelihood, 1e-6);
    }

    //   f <- coxph(Surv(futime, fustat) ~ age + ecog.ps, data = ovarian, control = ctl)
    //   coef 0.161501220364668 0.018661860233282; se 0.0499225872610138 0.5990845877624359; loglik -34.9849403711626 -27.8376616960132
    //   conf.int age 1.065724391033081 1.29608436648958, ecog.ps 0.314893007849417 3.29644981568393; p 0.0012162864565834 0.9751494151325718
    [Fact]
    public void Fit_OvarianAgeEcog_MatchesCoxph()
    {
        CoxModel model = CoxModel.Fit(Days(OvarianTime), Events(OvarianStatus, 1), [CoxCovariate.From("age", OvarianAge), CoxCovariate.From("ecog.ps", OvarianEcog)]);

        AssertCoefficient(model.Coefficients[0], "age", 0.161501220364668, 0.0499225872610138, 1.065724391033081, 1.29608436648958, 0.0012162864565834);
        AssertCoefficient(model.Coefficients[1], "ecog.ps", 0.018661860233282, 0.5990845877624359, 0.314893007849417, 3.29644981568393, 0.9751494151325718);
        Assert.Equal(-34.9849403711626, model.NullLogLikelihood, 1e-6);
        Assert.Equal(-27.8376616960132, model.LogLikelihood, 1e-6);
    }

    //   f <- coxph(Surv(time, status) ~ trt + karno + age + celltype, data = veteran, control = ctl)   # celltype: treatment contrasts vs squamous
    //   coef 0.30304809512457609 -0.03268548273945358 -0.00890316513118986 0.85634037587266920 1.17880702934704185 0.40233219675043480
    //   se   0.20565590078664947 0.00540884963362951 0.00922428318900878 0.27132236351063271 0.29644047774069365 0.28254365090052147
    //   loglik -505.449054918058 -474.457790184840; logtest 61.9825294664358 6 1.77877781001231e-11
    [Fact]
    public void Fit_VeteranSixCovariates_MatchesCoxph()
    {
        CoxCovariate[] covariates =
        [
            CoxCovariate.From("trt", VeteranTrt), CoxCovariate.From("karno", VeteranKarno), CoxCovariate.From("age", VeteranAge),
            CoxCovariate.From("smallcell", VeteranCelltype.Select(c => c == 2 ? 1.0 : 0)), CoxCovariate.From("adeno", VeteranCelltype.Select(c => c == 3 ? 1.0 : 0)),
            CoxCovariate.From("large", VeteranCelltype.Select(c => c == 4 ? 1.0 : 0)),
        ];
        double[] coef = [0.30304809512457609, -0.03268548273945358, -0.00890316513118986, 0.85634037587266920, 1.17880702934704185, 0.40233219675043480];
        double[] se = [0.20565590078664947, 0.00540884963362951, 0.00922428318900878, 0.27132236351063271, 0.29644047774069365, 0.28254365090052147];

        CoxModel model = CoxModel.Fit(Days(VeteranTime), Events(VeteranStatus, 1), covariates);

        for (int j = 0; j < 6; j++)
        {
            Assert.Equal(coef[j], model.Coefficients[j].Coefficient, 1e-6);
            Assert.Equal(se[j], model.Coefficients[j].StandardError, 1e-6);
        }

        Assert.Equal(-505.449054918058, model.NullLogLikelihood, 1e-6);
        Assert.Equal(-474.457790184840, model.LogLikelihood, 1e-6);
        Assert.Equal(61.9825294664358, model.LikelihoodRatio, 1e-6);
        Assert.Equal(1.77877781001231e-11, model.LikelihoodRatioPValue, 1e-15);
    }

    [Fact]
    public void Fit_ConstantCovariate_ThrowsSaysSingular()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            CoxModel.Fit(Days(LungTime), Events(LungStatus, 2), [CoxCovariate.From("one", LungTime.Select(_ => 1.0))]));

        Assert.Contains("singular", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoEvents_Throws() =>
        Assert.Throws<ArgumentException>(() => CoxModel.Fit(Days([1, 2, 3]), [false, false, false], [CoxCovariate.From("x", [1.0, 2, 3])]));

    [Fact]
    public void ToTable_MatchesTheCoefficients()
    {
        CoxModel model = CoxModel.Fit(Days(LungTime), Events(LungStatus, 2), [CoxCovariate.From("age", LungAge), CoxCovariate.From("sex", LungSex)]);
        ResultTable table = model.ToTable();

        Assert.Equal(["covariate", "coef", "hazard_ratio", "std_error", "z", "p_value", "lower", "upper"], table.Columns);
        Assert.Equal("sex", table[1, "covariate"]);
        Assert.Equal(model.Coefficients[1].HazardRatio, (double)table[1, "hazard_ratio"]!);
    }

    private static void AssertCoefficient(CoxCoefficient c, string name, double coef, double se, double lower, double upper, double p)
    {
        Assert.Equal(name, c.Name);
        Assert.Equal(coef, c.Coefficient, 1e-6);
        Assert.Equal(se, c.StandardError, 1e-6);
        Assert.Equal(Math.Exp(coef), c.HazardRatio, 1e-6);
        Assert.Equal(lower, c.HazardRatioInterval().Lower, 1e-6);
        Assert.Equal(upper, c.HazardRatioInterval().Upper, 1e-6);
        Assert.Equal(p, c.PValue, 1e-6);
    }
}
