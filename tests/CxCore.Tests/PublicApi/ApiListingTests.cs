using System.Reflection;
using System.Reflection.Emit;

namespace CxCore.Tests.PublicApi;

/// <summary>Shows that the approval machinery notices API changes, on assemblies emitted for the purpose.</summary>
public sealed class ApiListingTests
{
    [Fact]
    public void Verify_PublicMethodAddedWithoutUpdatingListing_FailsWithDiffAndInstructions()
    {
        string approved = PublicApiGenerator.Generate([EmitWidget(withExtraMethod: false)]);
        string actual = PublicApiGenerator.Generate([EmitWidget(withExtraMethod: true)]);
        string path = Path.Combine(Path.GetTempPath(), $"cxcore-api-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, approved);
        try
        {
            var error = Assert.Throws<ApiChangedException>(() => ApiListing.Verify(actual, path));

            Assert.Contains("\n+     public void Grow(int amount)\n", error.Message, StringComparison.Ordinal);
            Assert.Contains("1 line(s) added, 0 removed", error.Message, StringComparison.Ordinal);
            Assert.Contains(ApiListing.AcceptVariable + "=1", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Verify_SameSurface_Passes()
    {
        string approved = PublicApiGenerator.Generate([EmitWidget(withExtraMethod: true)]);
        string path = Path.Combine(Path.GetTempPath(), $"cxcore-api-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, approved.Replace("\n", "\r\n", StringComparison.Ordinal));
        try
        {
            ApiListing.Verify(PublicApiGenerator.Generate([EmitWidget(withExtraMethod: true)]), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Compare_MemberRemoved_ReportsRemovedLine()
    {
        string before = PublicApiGenerator.Generate([EmitWidget(withExtraMethod: true)]);
        string after = PublicApiGenerator.Generate([EmitWidget(withExtraMethod: false)]);

        ApiComparison comparison = ApiListing.Compare(before, after);

        Assert.False(comparison.IsMatch);
        Assert.Empty(comparison.Added);
        Assert.Equal(["    public void Grow(int amount)"], comparison.Removed);
    }

    [Fact]
    public void Generate_EmittedType_ListsTypeAndMembersInOrder()
    {
        string listing = PublicApiGenerator.Generate([EmitWidget(withExtraMethod: true)]);

        Assert.Equal(
            "public sealed class Fixture.Widget\n" +
            "    public ctor()\n" +
            "    public int Size()\n" +
            "    public void Grow(int amount)\n\n",
            listing);
    }

    [Fact]
    public void Generate_InternalType_IsNotListed()
    {
        Assert.Equal(string.Empty, PublicApiGenerator.Generate([typeof(ApiListing)]));
    }

    /// <summary>Emits <c>public sealed class Fixture.Widget { public int Size(); [public void Grow(int amount);] }</c>.</summary>
    private static Type EmitWidget(bool withExtraMethod)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName($"Fixture{Guid.NewGuid():N}"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("Fixture");
        var type = module.DefineType("Fixture.Widget", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        type.DefineDefaultConstructor(MethodAttributes.Public);

        var size = type.DefineMethod("Size", MethodAttributes.Public, typeof(int), Type.EmptyTypes);
        var il = size.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);

        if (withExtraMethod)
        {
            var grow = type.DefineMethod("Grow", MethodAttributes.Public, typeof(void), [typeof(int)]);
            grow.DefineParameter(1, ParameterAttributes.None, "amount");
            grow.GetILGenerator().Emit(OpCodes.Ret);
        }

        return type.CreateType();
    }
}
