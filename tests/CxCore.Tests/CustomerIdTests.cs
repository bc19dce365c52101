namespace CxCore.Tests;

public sealed partial class CustomerIdTests
{
    [Fact]
    public void From_Text_KeepsValueAsGiven()
    {
        var id = CustomerId.From(" C-1 ");

        Assert.Equal(" C-1 ", id.Value);
        Assert.Equal(" C-1 ", id.ToString());
        Assert.False(id.IsEmpty);
    }

    [Fact]
    public void From_Null_ThrowsArgumentNullException() =>
        Assert.Throws<ArgumentNullException>("value", () => CustomerId.From(null!));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void From_Blank_ThrowsArgumentException(string value) =>
        Assert.Throws<ArgumentException>("value", () => CustomerId.From(value));

    [Fact]
    public void Default_IsEmptyWithEmptyValue()
    {
        CustomerId id = default;

        Assert.True(id.IsEmpty);
        Assert.Equal(string.Empty, id.Value);
        Assert.Equal(string.Empty, id.ToString());
    }

    [Fact]
    public void Equals_IsOrdinalAndCaseSensitive()
    {
        Assert.Equal(CustomerId.From("abc"), CustomerId.From("abc"));
        Assert.True(CustomerId.From("abc") == CustomerId.From("abc"));
        Assert.NotEqual(CustomerId.From("abc"), CustomerId.From("ABC"));
        Assert.True(CustomerId.From("abc") != CustomerId.From("ABC"));
        Assert.False(CustomerId.From("abc").Equals((object)"abc"));
        Assert.True(CustomerId.From("abc").Equals((object)CustomerId.From("abc")));
        Assert.Equal(CustomerId.From("abc").GetHashCode(), CustomerId.From("abc").GetHashCode());
    }

    [Fact]
    public void Default_DiffersFromEveryRealId() => Assert.NotEqual(default, CustomerId.From("x"));

    [Fact]
    public void CompareTo_IsOrdinal_DefaultFirst()
    {
        // Ordinal: 'B' (66) < 'a' (97), unlike a culture-aware comparison.
        CustomerId[] ids = [CustomerId.From("a"), default, CustomerId.From("B"), CustomerId.From("aa")];

        Array.Sort(ids);

        Assert.Equal(["", "B", "a", "aa"], ids.Select(i => i.Value));
        Assert.True(CustomerId.From("B") < CustomerId.From("a"));
        Assert.True(CustomerId.From("a") > CustomerId.From("B"));
        Assert.True(CustomerId.From("a") <= CustomerId.From("a"));
        Assert.True(CustomerId.From("a") >= CustomerId.From("a"));
        Assert.False(CustomerId.From("a") < CustomerId.From("a"));
    }
}
