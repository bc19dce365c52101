using CxCore.Tests.Support;

namespace CxCore.Tests;

public sealed partial class ChannelTests
{
    [Theory]
    [InlineData("Phone")]
    [InlineData("Kiosk")]
    [InlineData(" Kiosk ")]
    public void Parse_Name_IsTheChannelOfThatExactText(string text) => NameParsing.Good(text, Channel.From);

    [Fact]
    public void Parse_IgnoresCaseLikeEquality()
    {
        Channel phone = Channel.Parse("phone");

        Assert.Equal(Channel.Phone, phone);
        Assert.Equal("phone", phone.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Parse_EmptyOrWhiteSpace_ThrowsFormatExceptionShowingIt(string text) => NameParsing.Blank<Channel>(text);

    [Fact]
    public void Parse_Null_Throws() => NameParsing.Null<Channel>();

    [FsCheck.Xunit.Property(Arbitrary = [typeof(NameText.Arbitraries)])]
    public bool TryParse_AnyText_AgreesWithTheRuleAndNeverThrows(NameText text) => NameParsing.TryParseAgreesWithTheRule<Channel>(text.Value);
}
