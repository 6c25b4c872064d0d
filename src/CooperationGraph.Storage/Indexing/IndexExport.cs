using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// The export of the in-memory graph: its committed records themselves, in id order, not a copy read back from SQLite.
/// Records are immutable and a write replaces them rather than changing them, so the references taken under the read
/// lock stay the graph of their version however the index changes after; an export costs arrays of references, where
/// a read from SQLite built a second copy of every record (at 1M relationships, 8.7 s and 536 MB more).
/// </summary>
internal static class IndexExport
{
    /// <summary>The records, read while the caller holds the read lock, in the index's own order.</summary>
    public static Taken Take(GraphIndex index)
    {
        var nodes = new GraphNode[index.NodeCount];
        var relationships = new Ranked[index.RelationshipCount];
        var at = 0;
        foreach (var node in index.Nodes)
        {
            nodes[at++] = node.Record;
        }

        at = 0;
        foreach (var relationship in index.Relationships)
        {
            relationships[at++] = new Ranked(relationship.Rank, relationship.Record);
        }

        return new Taken(nodes, relationships, new Dictionary<string, string>(index.DocumentTexts, StringComparer.Ordinal));
    }

    /// <summary>Orders what <see cref="Take"/> read by id, as the export from SQLite was ordered; runs outside the lock.</summary>
    public static GraphSnapshot Snapshot(Taken taken)
    {
        // The index usually enumerates in id order already (an image or a seed adds in that order): sort only when not.
        var nodes = taken.Nodes;
        if (!IsSorted(nodes, CompareNodes))
        {
            Array.Sort(nodes, CompareNodes);
        }

        var relationships = taken.Relationships;
        if (!IsSorted(relationships, CompareRelationships))
        {
            Array.Sort(relationships, CompareRelationships);
        }

        return new GraphSnapshot(nodes, Array.ConvertAll(relationships, static ranked => ranked.Record), taken.Texts);
    }

    private static int CompareNodes(GraphNode left, GraphNode right) => string.CompareOrdinal(left.Id, right.Id);

    // The ranks as they were under the lock, in the index's own order.
    private static int CompareRelationships(Ranked left, Ranked right) =>
        RelationshipOrder.Compare(left.Rank, left.Record.Id, right.Rank, right.Record.Id);

    private static bool IsSorted<T>(T[] items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (comparison(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A relationship's record with its rank in id order, as the index held them.</summary>
    internal readonly record struct Ranked(int Rank, GraphRelationship Record);

    /// <summary>The records of one version, not yet ordered.</summary>
    internal sealed record Taken(GraphNode[] Nodes, Ranked[] Relationships, Dictionary<string, string> Texts);
}
