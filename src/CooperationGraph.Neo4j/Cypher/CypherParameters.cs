using System.Globalization;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>Collects the parameters of one statement; every value reaches the server as <c>$pN</c>, never as text.</summary>
internal sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private int _variables;

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Adds a value and returns its placeholder (<c>$p0</c>, <c>$p1</c> …).</summary>
    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values.Add(name, value);
        return "$" + name;
    }

    /// <summary>A fresh variable name for a subquery, so nested patterns never capture an outer variable.</summary>
    public string Variable(string prefix) => prefix + "_" + (_variables++).ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a value under a fixed name, for statements written with named parameters.</summary>
    public string Add(string name, object? value)
    {
        _values.Add(name, value);
        return "$" + name;
    }
}
