using System.Text.RegularExpressions;

namespace CooperationGraph.Neo4j.Cypher;

/// <summary>
/// The only text ever interpolated into a statement: labels and relationship types, checked against the graph model
/// (or the identifier grammar) first and then backtick-quoted, so no name can close the quote.
/// </summary>
internal static partial class CypherNames
{
    /// <summary>Whether a label, type or property key is a plain identifier (letters, digits, '_', a letter first).</summary>
    public static bool IsIdentifier(string? name) => name is not null && Identifier().IsMatch(name);

    /// <summary>The backtick-quoted form of a checked identifier.</summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public static string Quote(string name)
    {
        if (!IsIdentifier(name))
        {
            throw new ArgumentException($"'{name}' is not a plain identifier and is never interpolated into Cypher.", nameof(name));
        }

        return "`" + name + "`";
    }

    /// <summary>A label chain such as <c>:`Entity`:`Organisation`</c>.</summary>
    public static string LabelChain(IEnumerable<string> labels) => string.Concat(labels.Select(label => ":" + Quote(label)));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
