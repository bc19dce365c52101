using CxCore.Tests.Conventions;

namespace CxCore.Data.Tests.Conventions;

/// <summary>
/// The API conventions CxCore.Tests checks for the core package, for this package's public types (the public surface itself is tracked by the
/// PublicApiAnalyzers' PublicAPI.*.txt files beside the project).
/// </summary>
public sealed class ApiConventionTests
{
    private static readonly Type[] DataTypes = ApiConventions.PublicTypes(typeof(RatingCountQuery).Assembly);

    [Fact]
    public void EquatableTypes_HaveEqualityOperators()
    {
        string[] violations = ApiConventions.EquatableWithoutOperators(DataTypes).ToArray();

        Assert.True(violations.Length == 0, "Value-like types without == and !=:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstract() => Assert.Empty(ApiConventions.UnsealedClasses(DataTypes));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConventions.MutableStructs(DataTypes));

    [Fact]
    public void PublicMembers_NeverExposeDateTime() => Assert.Empty(ApiConventions.WallClockTypes(DataTypes));

    [Fact]
    public void CxCoreData_HasPublicTypesToCheck() => Assert.Contains(typeof(PathCountQuery), DataTypes);
}
