using System.Globalization;
using CooperationGraph.Storage.Indexing;

namespace CooperationGraph.Storage.Tests.Indexing;

/// <summary>Small random multigraphs (parallel edges, self-loops, two types) for checking traversals against brute force.</summary>
internal static class RandomGraphs
{
    public static readonly string[] Types = ["A", "B"];

    public static GraphIndex Build(Random random, int nodeCount, int relationshipCount)
    {
        var index = new GraphIndex();
        for (var node = 0; node < nodeCount; node++)
        {
            index.UpsertNode(IndexRecords.Node(NodeId(node), "节点" + node.ToString(CultureInfo.InvariantCulture)));
        }

        // Half the relationships come in a bulk load (ranked in id order), the rest one by one afterwards with ids
        // falling between them (unranked), so traversals see both kinds of ordering at once.
        var ids = Enumerable.Range(0, relationshipCount).Select(number => "rel:" + number.ToString("D3", CultureInfo.InvariantCulture)).ToArray();
        random.Shuffle(ids);
        for (var relationship = 0; relationship < relationshipCount; relationship++)
        {
            var bulk = relationship < relationshipCount / 2;
            index.UpsertRelationship(
                IndexRecords.Relationship(ids[relationship], Types[random.Next(Types.Length)], NodeId(random.Next(nodeCount)), NodeId(random.Next(nodeCount))),
                deferSorting: bulk);
            if (relationship == (relationshipCount / 2) - 1)
            {
                index.SortAdjacency();
            }
        }

        return index;
    }

    public static string NodeId(int node) => "n:" + node.ToString(CultureInfo.InvariantCulture);
}
