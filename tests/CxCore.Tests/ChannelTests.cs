namespace CxCore.Tests;

public sealed partial class ChannelTests
{
    [Fact]
    public void From_Name_KeepsNameAsGiven_ComparesIgnoringCase()
    {
        var channel = Channel.From("PHONE");

        Assert.Equal("PHONE", channel.Name);
        Assert.Equal("PHONE", channel.ToString());
        Assert.Equal(Channel.Phone, channel);
        Assert.True(channel == Channel.Phone);
        Assert.Equal(Channel.Phone.GetHashCode(), channel.GetHashCode());
        Assert.True(Channel.Phone != Channel.Email);
        Assert.True(Channel.Phone.Equals((object)Channel.From("phone")));
        Assert.False(Channel.Phone.Equals((object)"Phone"));
    }

    [Fact]
    public void From_Null_ThrowsArgumentNullException() => Assert.Throws<ArgumentNullException>("name", () => Channel.From(null!));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void From_Blank_ThrowsArgumentException(string name) => Assert.Throws<ArgumentException>("name", () => Channel.From(name));

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.True(default(Channel).IsEmpty);
        Assert.Equal(string.Empty, default(Channel).Name);
        Assert.False(Channel.Chat.IsEmpty);
        Assert.NotEqual(default, Channel.Chat);
    }

    [Fact]
    public void WellKnown_ListsElevenDistinctChannelsInOrder()
    {
        Assert.Equal(
            ["Phone", "Email", "Chat", "Chatbot", "SocialMedia", "Website", "MobileApp", "InStore", "FieldService", "Mail", "SelfService"],
            Channel.WellKnown.Select(c => c.Name));
        Assert.Equal(Channel.WellKnown.Count, Channel.WellKnown.Distinct().Count());
        Assert.Equal(Channel.SelfService, Channel.WellKnown[^1]);
        Assert.Contains(Channel.Mail, Channel.WellKnown);
        Assert.Contains(Channel.FieldService, Channel.WellKnown);
        Assert.Contains(Channel.InStore, Channel.WellKnown);
        Assert.Contains(Channel.MobileApp, Channel.WellKnown);
        Assert.Contains(Channel.Website, Channel.WellKnown);
        Assert.Contains(Channel.SocialMedia, Channel.WellKnown);
        Assert.Contains(Channel.Chatbot, Channel.WellKnown);
    }

    [Fact]
    public void WellKnown_CannotBeModified() =>
        Assert.Throws<NotSupportedException>(() => ((IList<Channel>)Channel.WellKnown)[0] = Channel.Mail);
}
