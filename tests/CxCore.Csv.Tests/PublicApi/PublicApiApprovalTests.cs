using CxCore.Tests.Conventions;
using CxCore.Tests.PublicApi;
using CxCore.Tests.Support;

namespace CxCore.Csv.Tests.PublicApi;

/// <summary>
/// The public surface of CxCore.Csv against tests/CxCore.Csv.Tests/PublicApi/CxCore.Csv.api.txt (regenerate with
/// CXCORE_ACCEPT_API=1), and the API conventions CxCore.Tests checks for the core package.
/// </summary>
public sealed class PublicApiApprovalTests
{
    private static readonly Type[] CsvTypes = ApiConventions.PublicTypes(typeof(ImportReport).Assembly);

    [Fact]
    public void PublicApi_OfCxCoreCsv_MatchesApprovedListing()
    {
        string actual = PublicApiGenerator.Generate(typeof(ImportReport).Assembly);

        ApiListing.Verify(actual, RepositoryRoot.File("tests/CxCore.Csv.Tests/PublicApi/CxCore.Csv.api.txt"), ApiListing.AcceptRequested);
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstract() => Assert.Empty(ApiConventions.UnsealedClasses(CsvTypes));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConventions.MutableStructs(CsvTypes));

    [Fact]
    public void PublicMembers_NeverExposeDateTime() => Assert.Empty(ApiConventions.WallClockTypes(CsvTypes));

    [Fact]
    public void CxCoreCsv_HasPublicTypesToCheck() => Assert.Contains(typeof(QualtricsReader), CsvTypes);
}
