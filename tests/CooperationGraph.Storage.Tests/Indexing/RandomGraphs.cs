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

        for (var relationship = 0; relationship < relationshipCount; relationship++)
        {
            index.UpsertRelationship(IndexRecords.Relationship(
                "rel:" + relationship.ToString("D3", CultureInfo.InvariantCulture), Types[random.Next(Types.Length)],
                NodeId(random.Next(nodeCount)), NodeId(random.Next(nodeCount))));
        }

        return index;
    }

    public static string NodeId(int node) => "n:" + node.ToString(CultureInfo.InvariantCulture);
}
