namespace CxCore.Tests;

public sealed partial class DepartmentTests
{
    [Fact]
    public void From_Name_KeepsNameAsGiven_ComparesIgnoringCase()
    {
        var department = Department.From("billing");

        Assert.Equal("billing", department.Name);
        Assert.Equal("billing", department.ToString());
        Assert.Equal(Department.Billing, department);
        Assert.True(department == Department.Billing);
        Assert.Equal(Department.Billing.GetHashCode(), department.GetHashCode());
        Assert.True(Department.Sales != Department.Marketing);
        Assert.True(Department.Sales.Equals((object)Department.From("SALES")));
        Assert.False(Department.Sales.Equals((object)"Sales"));
    }

    [Fact]
    public void From_Null_ThrowsArgumentNullException() => Assert.Throws<ArgumentNullException>("name", () => Department.From(null!));

    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void From_Blank_ThrowsArgumentException(string name) => Assert.Throws<ArgumentException>("name", () => Department.From(name));

    [Fact]
    public void Default_IsEmpty()
    {
        Assert.True(default(Department).IsEmpty);
        Assert.Equal(string.Empty, default(Department).Name);
        Assert.False(Department.Quality.IsEmpty);
    }

    [Fact]
    public void WellKnown_ListsSevenDepartmentsInOrder()
    {
        Assert.Equal(
            ["Marketing", "Sales", "Product", "CustomerService", "Billing", "FieldOperations", "Quality"],
            Department.WellKnown.Select(d => d.Name));
        Assert.Equal(
            [Department.Marketing, Department.Sales, Department.Product, Department.CustomerService, Department.Billing,
             Department.FieldOperations, Department.Quality],
            Department.WellKnown);
    }
}
