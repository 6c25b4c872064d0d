using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Json;

/// <summary>
/// Compares two graphs by their canonical JSON (<see cref="GraphSnapshotJson"/>): what the seed loader
/// produced against what a store exported, or one store against another.
/// </summary>
public static class GraphSnapshotComparer
{
    /// <summary>Whether the two snapshots state exactly the same nodes, relationships and texts.</summary>
    /// <param name="expected">One snapshot.</param>
    /// <param name="actual">The other.</param>
    /// <returns>True when their canonical JSON is equal.</returns>
    public static bool AreEquivalent(GraphSnapshot expected, GraphSnapshot actual) =>
        GraphSnapshotJson.ToCanonicalJson(expected) == GraphSnapshotJson.ToCanonicalJson(actual);

    /// <summary>
    /// The differences between two snapshots, one line each, naming the id and both canonical forms; empty
    /// when they are equivalent.
    /// </summary>
    /// <param name="expected">The reference snapshot.</param>
    /// <param name="actual">The snapshot checked against it.</param>
    /// <param name="limit">The most differences to list; more are summarised in a last line.</param>
    /// <returns>Human-readable differences, ordered by kind and then id.</returns>
    public static IReadOnlyList<string> Differences(GraphSnapshot expected, GraphSnapshot actual, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var differences = new List<string>();
        Compare("node", Index(expected.Nodes, node => node.Id, GraphSnapshotJson.ToCanonicalJson), Index(actual.Nodes, node => node.Id, GraphSnapshotJson.ToCanonicalJson), differences);
        Compare("relationship", Index(expected.Relationships, relationship => relationship.Id, GraphSnapshotJson.ToCanonicalJson), Index(actual.Relationships, relationship => relationship.Id, GraphSnapshotJson.ToCanonicalJson), differences);
        Compare("document text", Index(expected.DocumentTexts, pair => pair.Key, pair => pair.Value), Index(actual.DocumentTexts, pair => pair.Key, pair => pair.Value), differences);
        return differences.Count <= limit ? differences : [.. differences.Take(limit), $"… and {differences.Count - limit} more differences"];
    }

    private static SortedDictionary<string, string> Index<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string> canonical)
    {
        var index = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            // A repeated id is itself a difference worth showing, so keep both forms.
            index[key] = index.TryGetValue(key, out var earlier) ? earlier + " + " + canonical(item) : canonical(item);
        }

        return index;
    }

    private static void Compare(string kind, SortedDictionary<string, string> expected, SortedDictionary<string, string> actual, List<string> differences)
    {
        foreach (var (id, form) in expected)
        {
            if (!actual.TryGetValue(id, out var other))
            {
                differences.Add($"{kind} '{id}' is missing");
            }
            else if (form != other)
            {
                differences.Add($"{kind} '{id}' differs: expected {form} but was {other}");
            }
        }

        differences.AddRange(actual.Keys.Where(id => !expected.ContainsKey(id)).Select(id => $"{kind} '{id}' is unexpected"));
    }
}
