using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Writing;

/// <summary>The contract's record checks (<see cref="RecordChecks"/>), plus the ends of relationships against this store's graph.</summary>
internal static class RecordValidator
{
    public static void CheckNodes(IEnumerable<GraphNode> nodes) => RecordChecks.CheckNodes(nodes);

    public static void CheckRelationships(IReadOnlyCollection<GraphRelationship> relationships, Func<string, bool> nodeExists)
    {
        RecordChecks.CheckRelationships(relationships);
        foreach (var relationship in relationships)
        {
            foreach (var end in (ReadOnlySpan<string>)[relationship.FromId, relationship.ToId])
            {
                if (!nodeExists(end))
                {
                    throw RecordChecks.Dangling(relationship.Id, end);
                }
            }
        }
    }
}
