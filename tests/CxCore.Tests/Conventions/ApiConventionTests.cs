using CxCore.Csv;
using CxCore.Ratings;

namespace CxCore.Tests.Conventions;

public sealed class ApiConventionTests
{
    private static readonly Type[] CxCoreTypes = ApiConventions.PublicTypes(typeof(RatingScale).Assembly);
    private static readonly Type[] CsvTypes = ApiConventions.PublicTypes(typeof(CxCore.Csv.SurveyReader).Assembly);

    [Fact]
    public void EquatableTypes_HaveEqualityOperators()
    {
        string[] violations = ApiConventions.EquatableWithoutOperators(CxCoreTypes.Concat(CsvTypes)).ToArray();

        Assert.True(violations.Length == 0, "Value-like types without == and !=:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Csv_HasPublicTypesToCheck() => Assert.Contains(typeof(CxCore.Csv.SurveyReader), CsvTypes);

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
    public void EquatableWithoutOperators_FixturesMissingOperators_AreReportedByName()
    {
        string[] found = ApiConventions.EquatableWithoutOperators(
            [typeof(Fixtures.EquatableWithOperators), typeof(Fixtures.EquatableWithoutOperators), typeof(Fixtures.EquatableStructWithOtherOperators), typeof(Fixtures.SealedClass)]).ToArray();

        Assert.Equal(4, found.Length);
        Assert.Equal(2, found.Count(f => f.Contains("Fixtures+EquatableWithoutOperators implements", StringComparison.Ordinal)));
        Assert.Contains(found, f => f.Contains(nameof(Fixtures.EquatableStructWithOtherOperators), StringComparison.Ordinal) && f.Contains("operator ==", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains(nameof(Fixtures.EquatableStructWithOtherOperators), StringComparison.Ordinal) && f.Contains("operator !=", StringComparison.Ordinal));
    }

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

#pragma warning disable CA1034, CA1051, CA1815, CA1822, CA1024, CA2231, CS0660, CS0661 // fixtures are deliberately badly shaped
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

    public sealed class EquatableWithOperators : IEquatable<EquatableWithOperators>
    {
        public static bool operator ==(EquatableWithOperators? left, EquatableWithOperators? right) => Equals(left, right);

        public static bool operator !=(EquatableWithOperators? left, EquatableWithOperators? right) => !Equals(left, right);

        public bool Equals(EquatableWithOperators? other) => other is not null;

        public override bool Equals(object? obj) => obj is EquatableWithOperators;

        public override int GetHashCode() => 0;
    }

    public sealed class EquatableWithoutOperators : IEquatable<EquatableWithoutOperators>
    {
        public bool Equals(EquatableWithoutOperators? other) => other is not null;

        public override bool Equals(object? obj) => obj is EquatableWithoutOperators;

        public override int GetHashCode() => 0;
    }

    public readonly struct EquatableStructWithOtherOperators : IEquatable<EquatableStructWithOtherOperators>
    {
        // Operators that take another type do not make a == b work.
        public static bool operator ==(EquatableStructWithOtherOperators left, int right) => right == 0 && left.Equals(default);

        public static bool operator !=(EquatableStructWithOtherOperators left, int right) => !(left == right);

        public bool Equals(EquatableStructWithOtherOperators other) => true;

        public override bool Equals(object? obj) => obj is EquatableStructWithOtherOperators;

        public override int GetHashCode() => 0;
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
#pragma warning restore CA1034, CA1051, CA1815, CA1822, CA1024, CA2231, CS0660, CS0661
