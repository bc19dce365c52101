using CxCore.Ratings;

namespace CxCore.Tests.Conventions;

public sealed class ApiConventionTests
{
    private static readonly Type[] CxCoreTypes = ApiConventions.PublicTypes(typeof(RatingScale).Assembly);

    [Fact]
    public void PublicClasses_AreSealedOrAbstract() => Assert.Empty(ApiConventions.UnsealedClasses(CxCoreTypes));

    [Fact]
    public void PublicStructs_AreReadOnly() => Assert.Empty(ApiConventions.MutableStructs(CxCoreTypes));

    [Fact]
    public void PublicMembers_NeverExposeDateTime() => Assert.Empty(ApiConventions.WallClockTypes(CxCoreTypes));

    [Fact]
    public void CxCore_HasPublicTypesToCheck() => Assert.Contains(typeof(RatingScale), CxCoreTypes);

    // The checks must be able to fail: each finds the violation planted in a fixture below.
    [Fact]
    public void UnsealedClasses_FixtureWithOpenClass_IsReported() =>
        Assert.Single(ApiConventions.UnsealedClasses([typeof(Fixtures.OpenClass), typeof(Fixtures.SealedClass), typeof(Fixtures.StaticClass)]));

    [Fact]
    public void MutableStructs_FixtureWithMutableStruct_IsReported() =>
        Assert.Single(ApiConventions.MutableStructs([typeof(Fixtures.MutableStruct), typeof(Fixtures.ReadOnlyStruct), typeof(Fixtures.Kind)]));

    [Fact]
    public void WallClockTypes_FixtureExposingDateTime_ReportsEveryMember()
    {
        string[] found = ApiConventions.WallClockTypes([typeof(Fixtures.ExposesDateTime)]).ToArray();

        Assert.Equal(4, found.Length);
        Assert.Contains(found, f => f.Contains(".When ", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains(".Shift ", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains(".Stamps ", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains(".Maybe ", StringComparison.Ordinal));
    }
}

#pragma warning disable CA1034, CA1051, CA1815, CA1822, CA1024 // fixtures are deliberately badly shaped
public static class Fixtures
{
    public class OpenClass;

    public sealed class SealedClass;

    public static class StaticClass;

    public struct MutableStruct
    {
        public int Value;
    }

    public readonly struct ReadOnlyStruct;

    public enum Kind
    {
        One,
    }

    public sealed class ExposesDateTime
    {
        public DateTime When => default;

        public IReadOnlyList<DateTimeOffset> Stamps => [];

        public DateTime? Maybe => null;

        public int Count => 0;

        public void Shift(DateTime to) => _ = to;

        private static void Hidden(DateTime value) => _ = value;
    }
}
#pragma warning restore CA1034, CA1051, CA1815, CA1822, CA1024
