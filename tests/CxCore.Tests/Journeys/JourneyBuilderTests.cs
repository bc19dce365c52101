using CxCore.Journeys;
using CxCore.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CxCore.Tests.Journeys.JourneyFixtures;

namespace CxCore.Tests.Journeys;

[Properties(Arbitrary = [typeof(JourneyBuilderTests.Arbitraries)])]
public sealed partial class JourneyBuilderTests
{
    /// <summary>A number of raw events from 0 to 60.</summary>
    public readonly record struct EventCount(int Value);

    /// <summary>The generators of this class's properties.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<EventCount> Counts() => Gen.Choose(0, 60).Select(c => new EventCount(c)).ToArbitrary();
    }

    private static readonly JourneyBuilder Builder = new();

    [Fact]
    public void Build_UnorderedTouchpoints_SortsPerCustomerAndSplitsAtGap()
    {
        // Ann: days 0, 10, 45 -> the 35-day silence exceeds the 30-day gap: journeys {0, 10} and {45}. Bob: one journey.
        var result = Builder.Build([Point("a3", 45), Point("b1", 2, Bob), Point("a1", 0), Point("a2", 10)], []);

        Assert.Empty(result.Issues);
        Assert.Equal(3, result.Journeys.Count);
        Assert.Equal(["a1", "a2"], result.Journeys[0].Touchpoints.Select(t => t.Id));
        Assert.Equal(["a3"], result.Journeys[1].Touchpoints.Select(t => t.Id));
        Assert.Equal(Bob, result.Journeys[2].Customer);
    }

    [Fact]
    public void Build_GapExactlyInactivityGap_DoesNotSplit()
    {
        // 30 days apart is not more than the 30-day gap.
        var result = Builder.Build([Point("a1", 0), Point("a2", 30)], []);

        Assert.Single(result.Journeys);
    }

    [Fact]
    public void Build_SameInstant_OrdersById()
    {
        var result = Builder.Build([Point("b", 1), Point("a", 1)], []);

        Assert.Equal(["a", "b"], result.Journeys[0].Touchpoints.Select(t => t.Id));
    }

    [Fact]
    public void Build_ShortGapOption_SplitsSessions()
    {
        var builder = new JourneyBuilder(new JourneyBuilderOptions { InactivityGap = Duration.FromHours(1) });

        // 0 h, 0.5 h, 2 h: one split (1.5 h > 1 h).
        var result = builder.Build([Point("a1", 0), Point("a2", 0.5 / 24), Point("a3", 2.0 / 24)], []);

        Assert.Equal(2, result.Journeys.Count);
        Assert.Equal(Duration.FromHours(1), builder.InactivityGap);
    }

    [Fact]
    public void Build_ExactDuplicate_KeepsOneAndReportsTheOther()
    {
        var result = Builder.Build([Point("a1", 0), Point("a1", 0), Point("a2", 1)], []);

        Assert.Equal(["a1", "a2"], result.Journeys[0].Touchpoints.Select(t => t.Id));
        JourneyBuildIssue issue = Assert.Single(result.Issues);
        Assert.Equal(JourneyBuildIssueKind.DuplicateTouchpoint, issue.Kind);
        Assert.Equal("a1", issue.ItemId);
        Assert.Equal(Ann, issue.Customer);
        Assert.NotNull(issue.Touchpoint);
        Assert.Null(issue.Feedback);
    }

    [Fact]
    public void Build_ConflictingDuplicate_KeepsEarliestAndReportsTheLater()
    {
        Touchpoint later = Point("a1", 2, outcome: TouchpointOutcome.Failed);
        Touchpoint earlier = Point("a1", 1, outcome: TouchpointOutcome.Succeeded);

        var result = Builder.Build([later, earlier], []);

        Assert.Same(earlier, Assert.Single(result.Journeys[0].Touchpoints));
        JourneyBuildIssue issue = Assert.Single(result.Issues);
        Assert.Equal(JourneyBuildIssueKind.ConflictingDuplicateTouchpoint, issue.Kind);
        Assert.Same(later, issue.Touchpoint);
        Assert.Contains("different content", issue.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThreeCopies_ReportsExactAndConflictingSeparately()
    {
        var result = Builder.Build([Point("a1", 3), Point("a1", 1), Point("a1", 1)], []);

        Assert.Equal(T0 + Duration.FromDays(1), Assert.Single(result.Journeys[0].Touchpoints).At);
        Assert.Equal(
            [JourneyBuildIssueKind.DuplicateTouchpoint, JourneyBuildIssueKind.ConflictingDuplicateTouchpoint],
            result.Issues.Select(i => i.Kind));
    }

    [Fact]
    public void Build_TransactionalFeedback_JoinsItsTouchpointsJourneyEvenWhenLate()
    {
        // The survey answer comes 50 days after the touchpoint (and after a new journey started): it still rates a1.
        var result = Builder.Build([Point("a1", 0), Point("a2", 40)], [Answer("f1", 50, "a1")]);

        Assert.Empty(result.Issues);
        Assert.Equal("f1", Assert.Single(result.Journeys[0].Feedback).Id);
        Assert.Empty(result.Journeys[1].Feedback);
    }

    [Fact]
    public void Build_RelationshipFeedback_JoinsTheJourneyWhoseWindowContainsIt()
    {
        // Journeys {0, 5} and {60}; windows [0, 35] and [60, 90]. f1 at day 20 -> first, f2 at day 70 -> second.
        var result = Builder.Build([Point("a1", 0), Point("a2", 5), Point("a3", 60)], [Answer("f1", 20), Answer("f2", 70)]);

        Assert.Empty(result.Issues);
        Assert.Equal("f1", Assert.Single(result.Journeys[0].Feedback).Id);
        Assert.Equal("f2", Assert.Single(result.Journeys[1].Feedback).Id);
    }

    [Theory]
    [InlineData(-1.0)] // before the first touchpoint
    [InlineData(40.0)] // after the window [0, 30] and before the next journey at day 50
    public void Build_RelationshipFeedbackOutsideEveryWindow_IsReportedUnplaced(double day)
    {
        var result = Builder.Build([Point("a1", 0), Point("a2", 50)], [Answer("f1", day)]);

        Assert.All(result.Journeys, j => Assert.Empty(j.Feedback));
        JourneyBuildIssue issue = Assert.Single(result.Issues);
        Assert.Equal(JourneyBuildIssueKind.UnplacedFeedback, issue.Kind);
        Assert.Equal("f1", issue.ItemId);
        Assert.Equal("f1", issue.Feedback!.Id);
    }

    [Fact]
    public void Build_FeedbackOnMissingTouchpoint_IsAttachedByTimeAndReported()
    {
        var result = Builder.Build([Point("a1", 0)], [Answer("f1", 2, "ghost")]);

        Assert.Equal("f1", Assert.Single(result.Journeys[0].Feedback).Id);
        JourneyBuildIssue issue = Assert.Single(result.Issues);
        Assert.Equal(JourneyBuildIssueKind.FeedbackOnMissingTouchpoint, issue.Kind);
        Assert.Contains("ghost", issue.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FeedbackOnMissingTouchpointOutsideWindows_IsReportedUnplaced()
    {
        var result = Builder.Build([Point("a1", 0)], [Answer("f1", 31, "ghost")]);

        Assert.Empty(result.Journeys[0].Feedback);
        Assert.Equal(JourneyBuildIssueKind.UnplacedFeedback, Assert.Single(result.Issues).Kind);
    }

    [Fact]
    public void Build_FeedbackOnAnotherCustomersTouchpoint_IsTreatedAsMissing()
    {
        var result = Builder.Build([Point("a1", 0), Point("b1", 0, Bob)], [Answer("f1", 1, "b1", Ann)]);

        Journey ann = result.Journeys.Single(j => j.Customer == Ann);
        Assert.Equal("f1", Assert.Single(ann.Feedback).Id);
        JourneyBuildIssue issue = Assert.Single(result.Issues);
        Assert.Equal(JourneyBuildIssueKind.FeedbackOnMissingTouchpoint, issue.Kind);
        Assert.Contains("belongs to customer 'bob'", issue.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FeedbackOfCustomerWithoutTouchpoints_IsReported()
    {
        var result = Builder.Build([Point("a1", 0)], [Answer("f1", 0, customer: Bob)]);

        Assert.Single(result.Journeys);
        JourneyBuildIssue issue = Assert.Single(result.Issues);
        Assert.Equal(JourneyBuildIssueKind.FeedbackWithoutTouchpoints, issue.Kind);
        Assert.Equal(Bob, issue.Customer);
        Assert.Contains("f1", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CollapseRepeats_DropsConsecutiveRepeatsButKeepsRatedOnes()
    {
        var builder = new JourneyBuilder(new JourneyBuilderOptions { CollapseRepeats = true });
        Touchpoint[] points =
        [
            Point("a1", 0), Point("a2", 0.1), Point("a3", 0.2), // a2 repeats a1; a3 repeats too but is rated
            Point("a4", 0.3, channel: Channel.Email), Point("a5", 0.4), // different channel breaks the run
        ];

        var result = builder.Build(points, [Answer("f1", 1, "a3")]);

        Assert.True(builder.CollapseRepeats);
        Assert.Equal(["a1", "a3", "a4", "a5"], result.Journeys[0].Touchpoints.Select(t => t.Id));
        Assert.Equal(1, result.CollapsedTouchpoints);
    }

    [Fact]
    public void Build_WithoutCollapse_KeepsRepeats()
    {
        var result = Builder.Build([Point("a1", 0), Point("a2", 0.1)], []);

        Assert.Equal(2, result.Journeys[0].Touchpoints.Count);
        Assert.Equal(0, result.CollapsedTouchpoints);
    }

    [Fact]
    public void Build_EmptyInput_GivesNoJourneysAndNoIssues()
    {
        var result = Builder.Build([], []);

        Assert.Empty(result.Journeys);
        Assert.Empty(result.Issues);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Ctor_GapNotPositive_Throws(long seconds)
    {
        var options = new JourneyBuilderOptions { InactivityGap = Duration.FromSeconds(seconds) };

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new JourneyBuilder(options));
        Assert.Equal("InactivityGap", e.ParamName);
    }

    [Fact]
    public void Ctor_NullOptions_Throws() => Assert.Throws<ArgumentNullException>(() => new JourneyBuilder(null!));

    [Fact]
    public void Build_NullSequencesOrItems_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Builder.Build(null!, []));
        Assert.Throws<ArgumentNullException>(() => Builder.Build([], null!));
        Assert.Throws<ArgumentNullException>(() => Builder.Build([null!], []));
        Assert.Throws<ArgumentNullException>(() => Builder.Build([Point("a1", 0)], [null!]));
    }

    [ScaledProperty(300)]
    public bool Build_ShuffledInput_GivesEqualResult(Seed seed, EventCount count)
    {
        // Random customers, instants, duplicates (exact and conflicting), linked, missing and relationship feedback.
        var random = new Random(seed.Value);
        var points = new List<Touchpoint>();
        var answers = new List<Feedback>();
        CustomerId[] customers = [Ann, Bob, CustomerId.From("cy")];
        for (int i = 0; i < count.Value; i++)
        {
            string id = $"t{random.Next(0, count.Value + 1)}";
            var customer = customers[random.Next(customers.Length)];
            points.Add(Point(id, random.Next(0, 200), customer, outcome: (TouchpointOutcome)random.Next(0, 4)));
            if (random.Next(4) == 0)
            {
                points.Add(points[^1]); // exact duplicate
            }

            if (random.Next(3) == 0)
            {
                string? target = random.Next(3) switch { 0 => null, 1 => id, _ => "missing" };
                answers.Add(Answer($"f{i}", random.Next(-10, 220), target, customers[random.Next(customers.Length)]));
            }
        }

        JourneyBuildResult expected = Builder.Build(points, answers);
        Touchpoint[] shuffledPoints = [.. points];
        Feedback[] shuffledAnswers = [.. answers];
        random.Shuffle(shuffledPoints);
        random.Shuffle(shuffledAnswers);
        JourneyBuildResult actual = Builder.Build(shuffledPoints, shuffledAnswers);

        return expected.Journeys.SequenceEqual(actual.Journeys)
            && expected.Issues.Select(i => i.ToString()).SequenceEqual(actual.Issues.Select(i => i.ToString()))
            && expected.Issues.Count + expected.Journeys.Sum(j => j.Touchpoints.Count) >= points.Select(p => p.Id).Distinct().Count();
    }
}
