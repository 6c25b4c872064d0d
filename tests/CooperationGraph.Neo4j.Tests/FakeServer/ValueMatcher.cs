using System.Collections;
using System.Globalization;
using System.Text;

namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>Structural equality of decoded values (lists in order, maps by key), with <see cref="Wildcard"/> matching anything.</summary>
public static class ValueMatcher
{
    public static bool Matches(object? expected, object? actual) => expected switch
    {
        Wildcard => true,
        null => actual is null,
        IDictionary<string, object?> map => actual is IDictionary<string, object?> other && MapsMatch(map, other),
        IReadOnlyDictionary<string, object?> map => actual is IReadOnlyDictionary<string, object?> other
            && MapsMatch(map.ToDictionary(), other.ToDictionary()),
        string text => actual is string other && text == other,
        byte[] bytes => actual is byte[] other && bytes.AsSpan().SequenceEqual(other),
        IEnumerable list => actual is IEnumerable other and not string && ListsMatch(list, other),
        Neo4jNode node => actual is Neo4jNode other && node.Id == other.Id && node.ElementId == other.ElementId
            && Matches(node.Labels, other.Labels) && Matches(node.Properties, other.Properties),
        Neo4jRelationship rel => actual is Neo4jRelationship other && rel.Id == other.Id && rel.StartNodeId == other.StartNodeId
            && rel.EndNodeId == other.EndNodeId && rel.Type == other.Type && rel.ElementId == other.ElementId
            && rel.StartNodeElementId == other.StartNodeElementId && rel.EndNodeElementId == other.EndNodeElementId
            && Matches(rel.Properties, other.Properties),
        Neo4jUnboundRelationship rel => actual is Neo4jUnboundRelationship other && rel.Id == other.Id && rel.Type == other.Type
            && rel.ElementId == other.ElementId && Matches(rel.Properties, other.Properties),
        Neo4jPath path => actual is Neo4jPath other && Matches(path.Nodes, other.Nodes)
            && Matches(path.Relationships, other.Relationships) && Matches(path.Indices, other.Indices),
        _ => Equals(expected, actual),
    };

    public static string Render(object? value) => value switch
    {
        null => "null",
        Wildcard => "*",
        string text => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + (double.IsFinite(d) && d == Math.Floor(d) ? ".0" : ""),
        long l => l.ToString(CultureInfo.InvariantCulture),
        byte[] bytes => "#" + Convert.ToHexString(bytes),
        IDictionary<string, object?> map => "{" + string.Join(", ", map.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Render(p.Key) + ": " + Render(p.Value))) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Render)) + "]",
        _ => value.ToString() ?? "?",
    };

    private static bool MapsMatch(IDictionary<string, object?> expected, IDictionary<string, object?> actual) =>
        expected.Count == actual.Count
        && expected.All(pair => actual.TryGetValue(pair.Key, out var value) && Matches(pair.Value, value));

    private static bool ListsMatch(IEnumerable expected, IEnumerable actual)
    {
        var left = expected.Cast<object?>().ToList();
        var right = actual.Cast<object?>().ToList();
        return left.Count == right.Count && left.Zip(right).All(pair => Matches(pair.First, pair.Second));
    }

    internal static string RenderMessage(string name, IReadOnlyList<object?> fields)
    {
        var builder = new StringBuilder(name);
        foreach (var field in fields)
        {
            builder.Append(' ').Append(Render(field));
        }

        return builder.ToString();
    }
}
