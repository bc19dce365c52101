using System.Reflection;

namespace CxCore.Tests.Conventions;

/// <summary>Reflection checks of the API rules in CONVENTIONS.md; each returns the violations it finds.</summary>
internal static class ApiConventions
{
    private const BindingFlags AllDeclared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] ForbiddenTimeTypes = [typeof(DateTime), typeof(DateTimeOffset)];

    /// <summary>Public classes that are neither sealed nor abstract (static classes are both).</summary>
    public static IEnumerable<string> UnsealedClasses(IEnumerable<Type> types) =>
        types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => $"{t.FullName} is a public class that is neither sealed nor abstract");

    /// <summary>Public structs not declared <c>readonly</c>.</summary>
    public static IEnumerable<string> MutableStructs(IEnumerable<Type> types) =>
        types.Where(t => t.IsValueType && !t.IsEnum && !t.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            .Select(t => $"{t.FullName} is a public struct that is not readonly");

    /// <summary>
    /// Public types that implement <see cref="IEquatable{T}"/> of themselves but do not declare both <c>operator ==</c>
    /// and <c>operator !=</c> taking two of them, so that <c>a == b</c> would silently compare references (classes) or
    /// not compile (structs).
    /// </summary>
    public static IEnumerable<string> EquatableWithoutOperators(IEnumerable<Type> types)
    {
        foreach (Type type in types.Where(t => typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t)))
        {
            foreach (string name in new[] { "op_Equality", "op_Inequality" })
            {
                MethodInfo? op = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [type, type]);
                if (op is null || op.ReturnType != typeof(bool))
                {
                    yield return $"{type.FullName} implements IEquatable<{type.Name}> but declares no public static bool {(name == "op_Equality" ? "operator ==" : "operator !=")}({type.Name}, {type.Name})";
                }
            }
        }
    }

    /// <summary>Public or protected members whose signature mentions <see cref="DateTime"/> or <see cref="DateTimeOffset"/>.</summary>
    public static IEnumerable<string> WallClockTypes(IEnumerable<Type> types)
    {
        foreach (Type type in types)
        {
            if (type.BaseType is { } baseType && Mentions(baseType) || type.GetInterfaces().Any(Mentions))
            {
                yield return $"{type.FullName} derives from a type that mentions DateTime";
            }

            foreach (MemberInfo member in type.GetMembers(AllDeclared).Where(IsVisible))
            {
                if (SignatureTypes(member).Any(Mentions))
                {
                    yield return $"{type.FullName}.{member.Name} exposes System.DateTime or System.DateTimeOffset; use NodaTime";
                }
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        // Property and event accessors are checked through their property or event.
        MethodInfo { IsSpecialName: true } m when !m.Name.StartsWith("op_", StringComparison.Ordinal) => false,
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false,
    };

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        PropertyInfo p => p.GetIndexParameters().Select(i => i.ParameterType).Append(p.PropertyType),
        FieldInfo f => [f.FieldType],
        EventInfo e => [e.EventHandlerType!],
        _ => [],
    };

    private static bool Mentions(Type type)
    {
        if (ForbiddenTimeTypes.Contains(type))
        {
            return true;
        }

        if (type.HasElementType)
        {
            return Mentions(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericArguments().Any(Mentions);
    }

    /// <summary>The types of <paramref name="assembly"/> that are visible outside it.</summary>
    public static Type[] PublicTypes(Assembly assembly) => assembly.GetExportedTypes();

    /// <summary>Renders a type name for messages.</summary>
    public static string Describe(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        string name = type.IsNested ? $"{Describe(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return type.IsGenericType && tick >= 0
            ? $"{name[..tick]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : name;
    }
}
