namespace CxCore.Tests;

public sealed class LifecycleModelTests
{
    [Fact]
    public void Default_HasTheEightCustomerLifecycleStagesInOrder()
    {
        LifecycleModel model = LifecycleModel.Default;

        Assert.Equal(
            ["Awareness", "Consideration", "Purchase", "Onboarding", "Usage", "Support", "Renewal", "Advocacy"],
            model.Stages.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(0, 8), model.Stages.Select(s => s.Ordinal));
        Assert.All(model.Stages, s => Assert.Same(model, s.Model));
        Assert.False(string.IsNullOrWhiteSpace(model.Name));
    }

    [Fact]
    public void Create_Names_BuildsStagesAndKeepsNames()
    {
        var model = LifecycleModel.Create("Sales", "Lead", "Deal", "Won");

        Assert.Equal("Sales", model.Name);
        Assert.Equal(["Lead", "Deal", "Won"], model.Stages.Select(s => s.Name));
        Assert.Equal(2, model.Stages[2].Ordinal);
        Assert.Equal("Sales: Lead → Deal → Won", model.ToString());
    }

    [Fact]
    public void Create_CopiesTheNameArray()
    {
        string[] names = ["A", "B"];
        var model = LifecycleModel.Create("M", names);
        names[0] = "Z";

        Assert.Equal("A", model.Stages[0].Name);
    }

    [Fact]
    public void Create_NullName_Throws() => Assert.Throws<ArgumentNullException>("name", () => LifecycleModel.Create(null!, "A"));

    [Fact]
    public void Create_BlankName_Throws() => Assert.Throws<ArgumentException>("name", () => LifecycleModel.Create(" ", "A"));

    [Fact]
    public void Create_NullStageArray_Throws() => Assert.Throws<ArgumentNullException>("stageNames", () => LifecycleModel.Create("M", null!));

    [Fact]
    public void Create_NoStages_Throws()
    {
        var error = Assert.Throws<ArgumentException>("stageNames", () => LifecycleModel.Create("M"));

        Assert.Contains("at least one stage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullStageName_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>("stageNames", () => LifecycleModel.Create("M", "A", null!));

        Assert.Contains("Stage 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_BlankStageName_Throws(string blank)
    {
        var error = Assert.Throws<ArgumentException>("stageNames", () => LifecycleModel.Create("M", "A", blank));

        Assert.Contains("Stage 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateStageIgnoringCase_Throws()
    {
        var error = Assert.Throws<ArgumentException>("stageNames", () => LifecycleModel.Create("M", "Lead", "Deal", "LEAD"));

        Assert.Contains("'LEAD' twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetStage_KnownNameIgnoringCase_ReturnsStage()
    {
        LifecycleStage stage = LifecycleModel.Default.GetStage("support");

        Assert.Equal("Support", stage.Name);
        Assert.Equal(5, stage.Ordinal);
    }

    [Fact]
    public void GetStage_UnknownName_ThrowsNamingModelAndStages()
    {
        var model = LifecycleModel.Create("Sales", "Lead", "Deal");

        var error = Assert.Throws<KeyNotFoundException>(() => model.GetStage("Won"));

        Assert.Contains("'Sales'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Won'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Lead, Deal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetStage_Null_Throws() => Assert.Throws<ArgumentNullException>("name", () => LifecycleModel.Default.GetStage(null!));

    [Fact]
    public void TryGetStage_FindsKnownAndNotUnknown()
    {
        Assert.True(LifecycleModel.Default.TryGetStage("RENEWAL", out LifecycleStage? found));
        Assert.Equal(6, found!.Ordinal);
        Assert.False(LifecycleModel.Default.TryGetStage("Nope", out LifecycleStage? missing));
        Assert.Null(missing);
    }

    [Fact]
    public void TryGetStage_Null_Throws() => Assert.Throws<ArgumentNullException>("name", () => LifecycleModel.Default.TryGetStage(null!, out _));

    [Fact]
    public void Equals_SameNamesIgnoringCase_AreEqual()
    {
        var a = LifecycleModel.Create("Sales", "Lead", "Deal");
        var b = LifecycleModel.Create("SALES", "lead", "deal");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
    }

    [Theory]
    [InlineData("Other", "Lead", "Deal")]
    [InlineData("Sales", "Deal", "Lead")]
    [InlineData("Sales", "Lead", "Deal", "Won")]
    [InlineData("Sales", "Lead")]
    public void Equals_DifferentNameOrStages_AreNotEqual(string name, params string[] stages)
    {
        var a = LifecycleModel.Create("Sales", "Lead", "Deal");
        var b = LifecycleModel.Create(name, stages);

        Assert.NotEqual(a, b);
        Assert.True(a != b);
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        Assert.False(LifecycleModel.Default.Equals(null));
        Assert.False(LifecycleModel.Default == null);
        Assert.True((LifecycleModel?)null == null);
    }
}
