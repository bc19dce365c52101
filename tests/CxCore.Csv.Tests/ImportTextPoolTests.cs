using FsCheck.Xunit;

namespace CxCore.Csv.Tests;

public sealed class ImportTextPoolTests
{
    [Fact]
    public void Get_SameText_SameString()
    {
        var pool = new ImportTextPool();

        string first = pool.Get("Support".AsSpan());
        string second = pool.Get("Support".ToCharArray());

        Assert.Equal("Support", first);
        Assert.Same(first, second);
        Assert.NotSame(first, pool.Get("support".AsSpan()));
        Assert.Same(string.Empty, pool.Get([]));
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void Get_MoreDistinctTextsThanTheLimit_StillEqualButNoLongerPooled()
    {
        var pool = new ImportTextPool();
        string[] texts = Enumerable.Range(0, ImportTextPool.Limit + 10).Select(i => "group " + i).ToArray();

        string[] first = texts.Select(t => pool.Get(t)).ToArray();
        string[] second = texts.Select(t => pool.Get(t)).ToArray();

        Assert.Equal(texts, first);
        Assert.Equal(texts, second);
        Assert.Equal(ImportTextPool.Limit, pool.Count);
        Assert.All(Enumerable.Range(0, ImportTextPool.Limit), i => Assert.Same(first[i], second[i]));
        Assert.All(Enumerable.Range(ImportTextPool.Limit, 10), i => Assert.NotSame(first[i], second[i]));
    }

    [Property]
    public bool Get_AnyText_EqualsTheText(string[] texts)
    {
        var pool = new ImportTextPool();
        return texts.Where(t => t is not null).All(t => pool.Get(t) == t && pool.Get(t) == t);
    }
}
