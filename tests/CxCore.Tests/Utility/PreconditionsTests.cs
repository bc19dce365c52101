using System.Globalization;
using CxCore.Service;
using CxCore.Utility;

namespace CxCore.Tests.Utility;

public sealed class PreconditionsTests
{
    [Fact]
    public void CheckArgument_ConditionHolds_NeverFormatsTheMessage()
    {
        var probe = new FormatProbe();

        Preconditions.CheckArgument(true, "x", $"never {probe}");
        Preconditions.CheckArgumentRange(true, "x", 1, $"never {probe}");

        Assert.Equal(0, probe.Calls);
    }

    [Fact]
    public void CheckArgument_ConditionFails_ThrowsWithTheFormattedMessageAndParameter()
    {
        var probe = new FormatProbe();

        ArgumentException e = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, "name", $"bad {probe} value {1.5}"));

        Assert.Equal("name", e.ParamName);
        Assert.StartsWith("bad probe value 1.5", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public void CheckArgumentRange_ConditionFails_CarriesTheActualValue_FormattedInvariantly()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(
                () => Preconditions.CheckArgumentRange(false, "weight", -0.5, $"The weight {-0.5} is negative."));

            Assert.Equal("weight", e.ParamName);
            Assert.Equal(-0.5, e.ActualValue);
            Assert.StartsWith("The weight -0.5 is negative.", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void CheckDefined_UndefinedValue_NamesTheValueAndEveryAllowedOne()
    {
        Preconditions.CheckDefined(TimeBasis.Business, "basis");

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined((TimeBasis)7, "basis"));

        Assert.Equal("basis", e.ParamName);
        Assert.StartsWith("7 is not a defined TimeBasis; use Calendar or Business.", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(
            "9 is not a defined CalendarPeriod; use Day, IsoWeek, Month or Quarter.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckDefined((CxCore.Analysis.CalendarPeriod)9, "period")).Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    public void CheckConfidenceLevel_OutsideTheOpenUnitInterval_Throws(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>("confidence", () => Preconditions.CheckConfidenceLevel(level, "confidence"));

    [Fact]
    public void CheckNullOrNotBlank_AcceptsNullAndText_RejectsBlank()
    {
        Preconditions.CheckNullOrNotBlank(null, "topic");
        Preconditions.CheckNullOrNotBlank("billing", "topic");

        Assert.Throws<ArgumentException>("topic", () => Preconditions.CheckNullOrNotBlank(" \t", "topic"));
        Assert.Throws<ArgumentException>("topic", () => Preconditions.CheckNullOrNotBlank(string.Empty, "topic"));
    }

    private sealed class FormatProbe
    {
        public int Calls { get; private set; }

        public override string ToString()
        {
            Calls++;
            return "probe";
        }
    }
}
