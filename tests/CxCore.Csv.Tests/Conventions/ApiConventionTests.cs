using CxCore.Tests.Conventions;

namespace CxCore.Csv.Tests.Conventions;

/// <summary>
/// The API conventions CxCore.Tests checks for the core package (the public surface itself is tracked by the
/// PublicApiAnalyzers' PublicAPI.*.txt files beside the project).
/// </summary>
public sealed class ApiConventionTests
{
    private static readonly Type[] CsvTypes = ApiConventions.PublicTypes(typeof(CxCore.Csv.SurveyReader).Assembly);

    [Fact]
    public void PublicClasses_AreSealedOrAbstract() => Assert.Empty(ApiConventions.UnsealedClasses(CsvTypes));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConventions.MutableStructs(CsvTypes));

    [Fact]
    public void PublicMembers_NeverExposeDateTime() => Assert.Empty(ApiConventions.WallClockTypes(CsvTypes));

    [Fact]
    public void CxCoreCsv_HasPublicTypesToCheck() => Assert.Contains(typeof(QualtricsReader), CsvTypes);
}
