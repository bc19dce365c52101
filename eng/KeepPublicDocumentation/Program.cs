// Removes from an XML documentation file every <member> that is not visible outside the assembly, so that packages
// ship the docs of their public surface only (run after each compile of a package, see src/Directory.Build.targets).
// Visibility comes from the built assembly's metadata; documentation IDs are formed as the C# compiler forms them
// (ECMA-334 annex D). A documented member that it would drop without finding a non-visible member of that name (an ID
// formed differently from the compiler's) fails the build instead of losing public docs silently.
//
//   KeepPublicDocumentation <assembly.dll> <assembly.xml>
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KeepPublicDocumentation <assembly.dll> <assembly.xml>");
    return 2;
}

return new KeepPublicDocumentation(args[0], args[1]).Execute() ? 0 : 1;

internal sealed class KeepPublicDocumentation(string assemblyPath, string documentationPath)
{
    private string AssemblyPath { get; } = assemblyPath;

    private string DocumentationPath { get; } = documentationPath;

    public bool Execute()
    {
        var visible = new HashSet<string>(StringComparer.Ordinal);
        // For the check below: per type doc ID, the simple names of its members that are not visible.
        var hiddenNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var visibleTypes = new HashSet<string>(StringComparer.Ordinal);

        using (var stream = File.OpenRead(AssemblyPath))
        using (var pe = new PEReader(stream))
        {
            MetadataReader md = pe.GetMetadataReader();
            var provider = new DocIdTypeProvider(md);
            foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
            {
                TypeDefinition type = md.GetTypeDefinition(handle);
                string typeId = provider.TypeName(handle, withArity: true);
                bool typeVisible = IsVisible(md, type, out bool extensible);
                var hidden = new HashSet<string>(StringComparer.Ordinal);
                hiddenNames[typeId] = hidden;
                if (typeVisible)
                {
                    visible.Add("T:" + typeId);
                    visibleTypes.Add(typeId);
                }

                foreach (MethodDefinitionHandle mh in type.GetMethods())
                {
                    MethodDefinition method = md.GetMethodDefinition(mh);
                    string name = md.GetString(method.Name);
                    string id = "M:" + typeId + "." + MemberName(name);
                    int generic = method.GetGenericParameters().Count;
                    if (generic > 0)
                    {
                        id += "``" + generic;
                    }

                    MethodSignature<string> sig = method.DecodeSignature(provider, null);
                    if (sig.ParameterTypes.Length > 0)
                    {
                        id += "(" + string.Join(",", sig.ParameterTypes) + ")";
                    }

                    if (name is "op_Implicit" or "op_Explicit")
                    {
                        id += "~" + sig.ReturnType;
                    }

                    Classify(id, name, typeVisible && Visible(method.Attributes & MethodAttributes.MemberAccessMask, extensible), visible, hidden);
                }

                foreach (PropertyDefinitionHandle ph in type.GetProperties())
                {
                    PropertyDefinition property = md.GetPropertyDefinition(ph);
                    PropertyAccessors accessors = property.GetAccessors();
                    bool anyVisible = new[] { accessors.Getter, accessors.Setter }.Where(a => !a.IsNil)
                        .Any(a => Visible(md.GetMethodDefinition(a).Attributes & MethodAttributes.MemberAccessMask, extensible));
                    string name = md.GetString(property.Name);
                    MethodSignature<string> sig = property.DecodeSignature(provider, null);
                    string id = "P:" + typeId + "." + MemberName(name) + (sig.ParameterTypes.Length > 0 ? "(" + string.Join(",", sig.ParameterTypes) + ")" : "");
                    Classify(id, name, typeVisible && anyVisible, visible, hidden);
                }

                foreach (FieldDefinitionHandle fh in type.GetFields())
                {
                    FieldDefinition field = md.GetFieldDefinition(fh);
                    string name = md.GetString(field.Name);
                    Classify("F:" + typeId + "." + MemberName(name), name, typeVisible && Visible((MethodAttributes)(int)(field.Attributes & FieldAttributes.FieldAccessMask), extensible), visible, hidden);
                }

                foreach (EventDefinitionHandle eh in type.GetEvents())
                {
                    EventDefinition @event = md.GetEventDefinition(eh);
                    string name = md.GetString(@event.Name);
                    EventAccessors accessors = @event.GetAccessors();
                    bool eventVisible = !accessors.Adder.IsNil && Visible(md.GetMethodDefinition(accessors.Adder).Attributes & MethodAttributes.MemberAccessMask, extensible);
                    Classify("E:" + typeId + "." + MemberName(name), name, typeVisible && eventVisible, visible, hidden);
                }
            }
        }

        XDocument doc = XDocument.Load(DocumentationPath, LoadOptions.PreserveWhitespace);
        XElement? members = doc.Root?.Element("members");
        if (members is null)
        {
            return true;
        }

        int before = 0, kept = 0;
        var unexplained = new List<string>();
        foreach (XElement member in members.Elements("member").ToList())
        {
            before++;
            string id = (string?)member.Attribute("name") ?? "";
            if (visible.Contains(id))
            {
                kept++;
                continue;
            }

            // A member is dropped only when it is explained: its type is not visible, or the type has a hidden
            // member of that name. Anything else means an ID formed differently from the compiler's: keep it and fail.
            if (!Explained(id, visibleTypes, hiddenNames))
            {
                unexplained.Add(id);
                kept++;
                continue;
            }

            // Remove the member together with the whitespace before it.
            if (member.PreviousNode is XText text && string.IsNullOrWhiteSpace(text.Value))
            {
                text.Remove();
            }

            member.Remove();
        }

        if (unexplained.Count > 0)
        {
            Console.Error.WriteLine($"error: KeepPublicDocumentation: {unexplained.Count} documented member(s) of visible types match no member in the metadata of {AssemblyPath}: {string.Join(", ", unexplained.Take(10))}");
            return false;
        }

        if (kept != before)
        {
            doc.Save(DocumentationPath, SaveOptions.DisableFormatting);
        }

        Console.WriteLine($"KeepPublicDocumentation: {Path.GetFileName(DocumentationPath)} keeps {kept} of {before} members.");
        return true;
    }

    private static void Classify(string id, string name, bool isVisible, HashSet<string> visible, HashSet<string> hidden)
    {
        if (isVisible)
        {
            visible.Add(id);
        }
        else
        {
            hidden.Add(MemberName(name));
        }
    }

    private static bool Explained(string id, HashSet<string> visibleTypes, Dictionary<string, HashSet<string>> hiddenNames)
    {
        if (id.Length < 2 || id[1] != ':')
        {
            return false;
        }

        string body = id.Substring(2);
        if (id[0] == 'T')
        {
            return !visibleTypes.Contains(body);
        }

        string path = body.Split('(')[0];
        int dot = path.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        string typeId = path.Substring(0, dot);
        string member = path.Substring(dot + 1);
        int generic = member.IndexOf("``", StringComparison.Ordinal);
        if (generic >= 0)
        {
            member = member.Substring(0, generic);
        }

        return !visibleTypes.Contains(typeId) || (hiddenNames.TryGetValue(typeId, out var hidden) && hidden.Contains(member));
    }

    private static string MemberName(string name) => name.Replace('.', '#').Replace('<', '{').Replace('>', '}').Replace(',', '@');

    private static bool Visible(MethodAttributes access, bool extensible) =>
        access == MethodAttributes.Public || (extensible && (access == MethodAttributes.Family || access == MethodAttributes.FamORAssem));

    private static bool IsVisible(MetadataReader md, TypeDefinition type, out bool extensible)
    {
        TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
        bool visible;
        if (type.GetDeclaringType().IsNil)
        {
            visible = visibility == TypeAttributes.Public;
        }
        else
        {
            bool outerVisible = IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType()), out bool outerExtensible);
            visible = outerVisible && (visibility == TypeAttributes.NestedPublic
                || (outerExtensible && (visibility == TypeAttributes.NestedFamily || visibility == TypeAttributes.NestedFamORAssem)));
        }

        extensible = visible && (type.Attributes & TypeAttributes.Sealed) == 0;
        return visible;
    }

    /// <summary>Type names as documentation IDs write them.</summary>
    private sealed class DocIdTypeProvider(MetadataReader md) : ISignatureTypeProvider<string, object?>
    {
        public string TypeName(TypeDefinitionHandle handle, bool withArity)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            string name = Name(md.GetString(type.Name), withArity);
            if (!type.GetDeclaringType().IsNil)
            {
                return TypeName(type.GetDeclaringType(), withArity) + "." + name;
            }

            string ns = md.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static string Name(string name, bool withArity)
        {
            int tick = name.IndexOf('`');
            return withArity || tick < 0 ? name : name.Substring(0, tick);
        }

        public string GetArrayType(string elementType, ArrayShape shape) =>
            elementType + "[" + string.Join(",", Enumerable.Range(0, shape.Rank).Select(i => (i < shape.LowerBounds.Length ? shape.LowerBounds[i].ToString() : "0") + ":" + (i < shape.Sizes.Length ? shape.Sizes[i].ToString() : ""))) + "]";

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetFunctionPointerType(MethodSignature<string> signature) => "=FUNC:" + signature.ReturnType + "(" + string.Join(",", signature.ParameterTypes) + ")";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            // genericType keeps its arity marks (Outer`1.Inner`2); hand the arguments out to each part in turn.
            var parts = genericType.Split('.');
            int next = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                int tick = parts[i].IndexOf('`');
                if (tick >= 0 && int.TryParse(parts[i].Substring(tick + 1), out int arity))
                {
                    parts[i] = parts[i].Substring(0, tick) + "{" + string.Join(",", typeArguments.Skip(next).Take(arity)) + "}";
                    next += arity;
                }
            }

            return string.Join(".", parts);
        }

        public string GetGenericMethodParameter(object? genericContext, int index) => "``" + index;

        public string GetGenericTypeParameter(object? genericContext, int index) => "`" + index;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetPinnedType(string elementType) => elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            _ => "System.Void",
        };

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeName(handle, withArity: true);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind) + "." + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
