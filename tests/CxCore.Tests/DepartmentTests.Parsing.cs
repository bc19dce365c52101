using CxCore.Tests.Support;

namespace CxCore.Tests;

public sealed partial class DepartmentTests
{
    [Theory]
    [InlineData("Billing")]
    [InlineData("Legal")]
    [InlineData("Legal & Compliance")]
    public void Parse_Name_IsTheDepartmentOfThatExactText(string text) => NameParsing.Good(text, Department.From);

    [Fact]
    public void Parse_IgnoresCaseLikeEquality() => Assert.Equal(Department.Billing, Department.Parse("BILLING"));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    public void Parse_EmptyOrWhiteSpace_ThrowsFormatExceptionShowingIt(string text) => NameParsing.Blank<Department>(text);

    [Fact]
    public void Parse_Null_Throws() => NameParsing.Null<Department>();

    [FsCheck.Xunit.Property(Arbitrary = [typeof(NameText.Arbitraries)])]
    public bool TryParse_AnyText_AgreesWithTheRuleAndNeverThrows(NameText text) => NameParsing.TryParseAgreesWithTheRule<Department>(text.Value);
}
