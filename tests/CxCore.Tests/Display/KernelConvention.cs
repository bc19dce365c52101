using System.Collections;
using System.Reflection;

namespace CxCore.Tests.Display;

/// <summary>
/// Displays a value the way the .NET Interactive kernel (Microsoft.DotNet.Interactive.Formatting 1.0.0-beta.26120.1,
/// the formatter of the dotnet-interactive tool 1.0.712001) does for a type with a convention-based formatter source,
/// without the kernel: find an attribute whose class is named <c>TypeFormatterSourceAttribute</c> on the value's type
/// (<c>GetCustomAttributes(true)</c>), read its public <c>FormatterSourceType</c> and <c>PreferredMimeTypes</c>, create
/// the source with its public parameterless constructor, call its public <c>CreateTypeFormatters()</c>, and for each
/// formatter read its public <c>MimeType</c> and call its public <c>Format(object, TextWriter)</c> (found by name, so it
/// must not be overloaded). Every step uses the same reflection calls as the kernel (Formatter.cs,
/// TryRegisterFromConventionBasedFormatterSources), so a type this helper cannot display, the kernel cannot either.
/// </summary>
internal static class KernelConvention
{
    /// <summary>The outputs the kernel sends for <paramref name="value"/>: one per preferred MIME type, in order.</summary>
    public static IReadOnlyList<(string MimeType, string Output)> Display(object value)
    {
        Type type = value.GetType();
        object[] attributes = type.GetCustomAttributes(true).Where(a => a.GetType().Name == "TypeFormatterSourceAttribute").ToArray();
        Assert.True(attributes.Length == 1, $"{type} carries no TypeFormatterSourceAttribute: a notebook would show it as the kernel's default object tree.");
        object attribute = attributes[0];
        var sourceType = (Type)Property(attribute, "FormatterSourceType")!;
        var preferred = (string[])Property(attribute, "PreferredMimeTypes")!;
        object source = Activator.CreateInstance(sourceType)!;
        MethodInfo create = source.GetType().GetMethod("CreateTypeFormatters")!;
        Assert.NotNull(create);
        var formatters = new Dictionary<string, (object Formatter, MethodInfo Format)>();
        foreach (object formatter in (IEnumerable)create.Invoke(source, null)!)
        {
            string mime = (string)Property(formatter, "MimeType")!;
            MethodInfo format = formatter.GetType().GetMethod("Format")!; // throws AmbiguousMatchException when overloaded, as in the kernel
            Assert.Equal([typeof(object), typeof(TextWriter)], format.GetParameters().Select(p => p.ParameterType));
            Assert.Equal(typeof(bool), format.ReturnType);
            formatters[mime] = (formatter, format);
        }

        var outputs = new List<(string, string)>();
        foreach (string mime in preferred)
        {
            Assert.True(formatters.ContainsKey(mime), $"{type}: no formatter for its preferred MIME type {mime}.");
            using var writer = new StringWriter();
            bool written = (bool)formatters[mime].Format.Invoke(formatters[mime].Formatter, [value, writer])!;
            Assert.True(written, $"{type}: the {mime} formatter wrote nothing.");
            outputs.Add((mime, writer.ToString()));
        }

        return outputs;
    }

    /// <summary>The output in one MIME type (which must be among the preferred ones).</summary>
    public static string Output(object value, string mimeType) =>
        Display(value).Single(o => o.MimeType == mimeType).Output;

    private static object? Property(object target, string name)
    {
        PropertyInfo? property = target.GetType().GetProperty(name);
        Assert.True(property?.GetGetMethod() is not null, $"{target.GetType()} has no public property {name}.");
        return property!.GetValue(target);
    }
}
