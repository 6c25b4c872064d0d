using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Storage.Tests;

/// <summary>A deterministic graph big enough that seeding it takes a while: a ring of nodes with chords.</summary>
internal static class LargeSnapshot
{
    public static GraphSnapshot Build(int nodeCount)
    {
        string[] labels = ["Entity", "Organisation", "Enterprise"];
        var nodes = new List<GraphNode>(nodeCount);
        for (var index = 0; index < nodeCount; index++)
        {
            var id = Id(index);
            nodes.Add(ContractGraph.MakeNode(id, labels, $"企业{index}", $"Enterprise {index}", [$"E{index}"], new() { ["rank"] = (long)index }));
        }

        var relationships = new List<GraphRelationship>(nodeCount * 2);
        for (var index = 0; index < nodeCount; index++)
        {
            relationships.Add(ContractGraph.MakeRelationship($"rel:ring-{index}", "COOPERATES_WITH", Id(index), Id((index + 1) % nodeCount)));
            relationships.Add(ContractGraph.MakeRelationship($"rel:chord-{index}", "SUPPORTS", Id(index), Id((index * 7 + 3) % nodeCount)));
        }

        return new GraphSnapshot(nodes, relationships, new Dictionary<string, string>());
    }

    private static string Id(int index) => "org:e" + index.ToString(CultureInfo.InvariantCulture);
}
