using CxCore.Tests.Support;
using FsCheck.Xunit;

namespace CxCore.Tests;

public sealed partial class CustomerIdTests
{
    [Theory]
    [InlineData("C-42")]
    [InlineData(" C-42 ")]
    [InlineData("x")]
    public void Parse_Name_IsTheIdOfThatExactText(string text) => NameParsing.Good(text, CustomerId.From);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void Parse_EmptyOrWhiteSpace_ThrowsFormatExceptionShowingIt(string text) => NameParsing.Blank<CustomerId>(text);

    [Fact]
    public void Parse_Null_Throws() => NameParsing.Null<CustomerId>();

    [Fact]
    public void Parse_ConvenienceOverloads_MatchTheInterface()
    {
        Assert.Equal(CustomerId.From("C-1"), CustomerId.Parse("C-1"));
        Assert.True(CustomerId.TryParse("C-1", out CustomerId id) && id == CustomerId.From("C-1"));
        Assert.False(CustomerId.TryParse("  ", out id));
        Assert.True(id.IsEmpty);
    }

    [Fact]
    public void Parse_LongWhiteSpace_ShowsAShortenedText()
    {
        var error = Assert.Throws<FormatException>(() => CustomerId.Parse(new string(' ', 1000)));

        Assert.Contains("(1000 characters)", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(NameText.Arbitraries)])]
    public bool TryParse_AnyText_AgreesWithTheRuleAndNeverThrows(NameText text) => NameParsing.TryParseAgreesWithTheRule<CustomerId>(text.Value);

    [Property]
    public bool Parse_OfToString_RoundTrips(string text) => CustomerId.Parse(CustomerId.From(text).ToString()) == CustomerId.From(text);
}
