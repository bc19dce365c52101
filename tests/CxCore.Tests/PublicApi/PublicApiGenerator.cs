using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace CxCore.Tests.PublicApi;

/// <summary>
/// Writes the public surface of an assembly (every type visible outside it and every public or protected member)
/// as sorted, C#-like text: one block per type, one line per member.
/// </summary>
internal static class PublicApiGenerator
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(char)] = "char",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary>The listing of every type of <paramref name="assembly"/> that is visible outside it.</summary>
    public static string Generate(Assembly assembly) => Generate(assembly.GetExportedTypes());

    /// <summary>The listing of <paramref name="types"/> (those visible outside their assembly).</summary>
    public static string Generate(IEnumerable<Type> types)
    {
        var builder = new StringBuilder();
        foreach (Type type in types.Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            builder.Append(TypeDeclaration(type)).Append('\n');
            foreach (string member in Members(type).Distinct().Order(StringComparer.Ordinal))
            {
                builder.Append("    ").Append(member).Append('\n');
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNestedPublic && IsVisible(type.DeclaringType!))
        || (type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!) && !type.DeclaringType!.IsSealed;

    private static string TypeDeclaration(Type type)
    {
        var text = new StringBuilder(type.IsNested && !type.IsNestedPublic ? "protected " : "public ");
        if (type.IsEnum)
        {
            text.Append("enum ").Append(Name(type)).Append(" : ").Append(Name(Enum.GetUnderlyingType(type)));
            return text.ToString();
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            MethodInfo invoke = type.GetMethod("Invoke")!;
            return text.Append("delegate ").Append(Returned(invoke)).Append(' ').Append(Name(type))
                .Append(Parameters(invoke)).ToString();
        }

        if (type.IsInterface)
        {
            text.Append("interface ");
        }
        else if (type.IsValueType)
        {
            text.Append(HasAttribute(type, "IsReadOnlyAttribute") ? "readonly " : string.Empty)
                .Append(HasAttribute(type, "IsByRefLikeAttribute") ? "ref " : string.Empty)
                .Append("struct ");
        }
        else
        {
            text.Append(type is { IsAbstract: true, IsSealed: true } ? "static "
                : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty).Append("class ");
        }

        text.Append(Name(type)).Append(Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : []));
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? text.ToString() : text.Append(" : ").Append(string.Join(", ", bases)).ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            yield break;
        }

        bool sealedType = type.IsSealed || type.IsValueType;
        foreach (MemberInfo member in type.GetMembers(Declared))
        {
            string? line = member switch
            {
                ConstructorInfo c when !c.IsStatic && Visible(c, sealedType) => Constructor(c),
                MethodInfo m when Visible(m, sealedType) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)) => Method(m),
                PropertyInfo p => Property(p, sealedType),
                FieldInfo f when Visible(f, sealedType) && !f.IsSpecialName => Field(f),
                EventInfo e when e.AddMethod is { } add && Visible(add, sealedType) => $"{Access(add)}{Static(add)}event {Name(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (line is not null && !member.Name.Contains('<', StringComparison.Ordinal))
            {
                yield return line;
            }
        }
    }

    private static bool Visible(MethodBase method, bool sealedType) =>
        method.IsPublic || (!sealedType && (method.IsFamily || method.IsFamilyOrAssembly));

    private static bool Visible(FieldInfo field, bool sealedType) =>
        field.IsPublic || (!sealedType && (field.IsFamily || field.IsFamilyOrAssembly));

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Static(MethodBase method) => method.IsStatic ? "static " : string.Empty;

    private static string Constructor(ConstructorInfo constructor) => $"{Access(constructor)}ctor{Parameters(constructor)}";

    private static string Method(MethodInfo method)
    {
        string modifiers = Access(method) + Static(method) + Overridability(method);
        string name = method.Name switch
        {
            "op_Implicit" => $"implicit operator {Returned(method)}",
            "op_Explicit" => $"explicit operator {Returned(method)}",
            _ when method.Name.StartsWith("op_", StringComparison.Ordinal) => $"{Returned(method)} operator {OperatorSymbol(method.Name)}",
            _ => $"{Returned(method)} {method.Name}",
        };
        Type[] generics = method.IsGenericMethodDefinition ? method.GetGenericArguments() : [];
        string genericList = generics.Length == 0 ? string.Empty : $"<{string.Join(", ", generics.Select(g => g.Name))}>";
        string readOnly = HasAttribute(method, "IsReadOnlyAttribute") ? "readonly " : string.Empty;
        return $"{modifiers}{readOnly}{name}{genericList}{Parameters(method)}{Constraints(generics)}";
    }

    private static string OperatorSymbol(string name) => name switch
    {
        "op_Equality" => "==", "op_Inequality" => "!=", "op_LessThan" => "<", "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=", "op_GreaterThanOrEqual" => ">=", "op_Addition" => "+", "op_Subtraction" => "-",
        "op_Multiply" => "*", "op_Division" => "/", "op_Modulus" => "%", "op_UnaryNegation" => "-", "op_UnaryPlus" => "+",
        "op_LogicalNot" => "!", "op_OnesComplement" => "~", "op_Increment" => "++", "op_Decrement" => "--",
        "op_True" => "true", "op_False" => "false", "op_BitwiseAnd" => "&", "op_BitwiseOr" => "|", "op_ExclusiveOr" => "^",
        "op_LeftShift" => "<<", "op_RightShift" => ">>", "op_UnsignedRightShift" => ">>>",
        _ => name[3..],
    };

    private static string Overridability(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return method.IsAbstract ? string.Empty : method.IsStatic ? string.Empty : "default ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static string? Property(PropertyInfo property, bool sealedType)
    {
        MethodInfo? getter = property.GetMethod is { } g && Visible(g, sealedType) ? g : null;
        MethodInfo? setter = property.SetMethod is { } s && Visible(s, sealedType) ? s : null;
        MethodInfo? any = getter ?? setter;
        if (any is null)
        {
            return null;
        }

        var accessors = new List<string>();
        if (getter is not null)
        {
            accessors.Add("get;");
        }

        if (setter is not null)
        {
            bool init = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            accessors.Add((setter.IsPublic || getter is null || !getter.IsPublic ? string.Empty : "protected ") + (init ? "init;" : "set;"));
        }

        ParameterInfo[] index = property.GetIndexParameters();
        string name = index.Length == 0 ? property.Name : $"this[{string.Join(", ", index.Select(Parameter))}]";
        string required = HasAttribute(property, "RequiredMemberAttribute") ? "required " : string.Empty;
        var nullability = new NullabilityInfoContext().Create(property);
        return $"{Access(any)}{Static(any)}{Overridability(any)}{required}{Name(property.PropertyType, nullability)} {name} {{ {string.Join(" ", accessors)} }}";
    }

    private static string Field(FieldInfo field)
    {
        string access = field.IsPublic ? "public " : "protected ";
        var nullability = new NullabilityInfoContext().Create(field);
        string type = Name(field.FieldType, nullability);
        if (field.IsLiteral)
        {
            return $"{access}const {type} {field.Name} = {Literal(field.GetRawConstantValue())}";
        }

        string modifiers = (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
        return $"{access}{modifiers}{type} {field.Name}";
    }

    private static string Returned(MethodInfo method) =>
        Name(method.ReturnType, new NullabilityInfoContext().Create(method.ReturnParameter));

    private static string Parameters(MethodBase method) => $"({string.Join(", ", method.GetParameters().Select(Parameter))})";

    private static string Parameter(ParameterInfo parameter)
    {
        var text = new StringBuilder();
        if (parameter.Position == 0 && parameter.Member.IsDefined(typeof(ExtensionAttribute), false))
        {
            text.Append("this ");
        }

        if (parameter.IsDefined(typeof(ParamArrayAttribute), false) || HasAttribute(parameter, "ParamCollectionAttribute"))
        {
            text.Append("params ");
        }

        if (HasAttribute(parameter, "ScopedRefAttribute"))
        {
            text.Append("scoped ");
        }

        Type type = parameter.ParameterType;
        if (type.IsByRef)
        {
            text.Append(parameter.IsOut ? "out " : parameter.IsIn || HasAttribute(parameter, "IsReadOnlyAttribute") ? "in " : "ref ");
        }

        text.Append(Name(type.IsByRef ? type.GetElementType()! : type, new NullabilityInfoContext().Create(parameter)));
        text.Append(' ').Append(parameter.Name);
        if (parameter.HasDefaultValue)
        {
            text.Append(" = ").Append(Literal(parameter.RawDefaultValue));
        }

        return text.ToString();
    }

    private static string Constraints(Type[] generics)
    {
        var clauses = new List<string>();
        foreach (Type generic in generics)
        {
            var parts = new List<string>();
            GenericParameterAttributes flags = generic.GenericParameterAttributes;
            if (flags.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            if (flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }

            parts.AddRange(generic.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(Name).Order(StringComparer.Ordinal));
            if (flags.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add($" where {generic.Name} : {string.Join(", ", parts)}");
            }
        }

        return string.Concat(clauses);
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        char c => $"'{c}'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool HasAttribute(ICustomAttributeProvider provider, string name) =>
        provider.GetCustomAttributes(false).Any(a => a.GetType().Name == name)
        || provider switch
        {
            MemberInfo m => m.CustomAttributes.Any(a => a.AttributeType.Name == name),
            ParameterInfo p => p.CustomAttributes.Any(a => a.AttributeType.Name == name),
            _ => false,
        };

    /// <summary>The C# name of <paramref name="type"/>, namespace-qualified, with nullable annotations where known.</summary>
    internal static string Name(Type type) => Name(type, null);

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        string suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            string rank = new(',', type.GetArrayRank() - 1);
            return $"{Name(type.GetElementType()!, nullability?.ElementType)}[{rank}]{suffix}";
        }

        if (type.IsPointer)
        {
            return Name(type.GetElementType()!) + "*";
        }

        if (Keywords.TryGetValue(type, out string? keyword))
        {
            return keyword + suffix;
        }

        string name = type.IsNested ? $"{Name(type.DeclaringType!.IsGenericTypeDefinition && type.IsConstructedGenericType ? type.DeclaringType : type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        if (!type.IsGenericType)
        {
            return name + suffix;
        }

        int tick = name.LastIndexOf('`');
        string bare = tick < 0 ? name : name[..tick];
        Type[] arguments = type.GetGenericArguments();
        NullabilityInfo[] argumentNullability = nullability?.GenericTypeArguments ?? [];
        IEnumerable<string> names = arguments.Select((a, i) => Name(a, i < argumentNullability.Length ? argumentNullability[i] : null));
        return $"{bare}<{string.Join(", ", names)}>{suffix}";
    }
}
