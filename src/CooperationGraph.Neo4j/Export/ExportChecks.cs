using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Export;

/// <summary>What both export formats require of a graph beyond what each record's encoding checks.</summary>
internal static class ExportChecks
{
    /// <summary>Document texts travel on their document nodes, so each must have one.</summary>
    public static void DocumentTextsHaveNodes(GraphSnapshot snapshot)
    {
        var ids = snapshot.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in snapshot.DocumentTexts.Keys.Where(id => !ids.Contains(id)))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"The document text of '{id}' cannot be exported: no node has that id.");
        }
    }
}
