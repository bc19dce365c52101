using CxCore.Ratings;
using CxCore.Tests.Support;

namespace CxCore.Tests.PublicApi;

public sealed class PublicApiApprovalTests
{
    [Fact]
    public void PublicApi_OfCxCore_MatchesApprovedListing()
    {
        string actual = PublicApiGenerator.Generate(typeof(RatingScale).Assembly);

        ApiListing.Verify(actual, RepositoryRoot.File("tests/CxCore.Tests/PublicApi/CxCore.api.txt"), ApiListing.AcceptRequested);
    }
}
