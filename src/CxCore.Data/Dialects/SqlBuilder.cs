using System.Collections.Generic;
using System.Text;

namespace CxCore.Data.Dialects;

/// <summary>Collects a statement's text and its arguments while a dialect writes it.</summary>
internal sealed class SqlBuilder
{
    private readonly List<SqlArgument> _arguments = [];

    internal SqlBuilder(DialectWriter dialect) => Dialect = dialect;

    internal DialectWriter Dialect { get; }

    internal StringBuilder Text { get; } = new();

    internal int ArgumentCount => _arguments.Count;

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    internal string Parameter(object value, ParameterType type)
    {
        int position = _arguments.Count + 1;
        (string placeholder, string? name) = Dialect.Placeholder(position, type);
        _arguments.Add(new SqlArgument(name, value));
        return placeholder;
    }

    internal SqlBuilder Append(string text)
    {
        Text.Append(text);
        return this;
    }

    internal SqlStatement ToStatement() => new(Dialect.Dialect, Text.ToString(), _arguments.ToArray());
}
