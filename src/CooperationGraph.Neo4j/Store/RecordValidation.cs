using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Checks the shape of records before any statement runs, so a bad record is a structured error, not a crash.</summary>
internal static class RecordValidation
{
    public static void CheckNodes(IReadOnlyList<GraphNode> nodes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node is null)
            {
                throw Invalid("A node is null.");
            }

            if (string.IsNullOrWhiteSpace(node.Id) || !seen.Add(node.Id))
            {
                throw Invalid(string.IsNullOrWhiteSpace(node.Id) ? "A node has an empty id." : $"Node '{node.Id}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(node.Label) || node.Labels is null || !node.Labels.Contains(node.Label))
            {
                throw Invalid($"Node '{node.Id}' must carry its label '{node.Label}' among its labels.");
            }

            if (string.IsNullOrEmpty(node.Name) || node.Aliases is null || node.Properties is null)
            {
                throw Invalid($"Node '{node.Id}' needs a name, an alias list and a property map.");
            }

            CheckSources(node.Id, node.Sources);
        }
    }

    public static void CheckRelationships(IReadOnlyList<GraphRelationship> relationships)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            if (relationship is null)
            {
                throw Invalid("A relationship is null.");
            }

            if (string.IsNullOrWhiteSpace(relationship.Id) || !seen.Add(relationship.Id))
            {
                throw Invalid(string.IsNullOrWhiteSpace(relationship.Id) ? "A relationship has an empty id." : $"Relationship '{relationship.Id}' appears twice.");
            }

            if (string.IsNullOrWhiteSpace(relationship.Type) || relationship.Properties is null || relationship.FromId is null || relationship.ToId is null)
            {
                throw Invalid($"Relationship '{relationship.Id}' needs a type, both ends and a property map.");
            }

            CheckSources(relationship.Id, relationship.Sources);
        }
    }

    public static GraphStoreException Dangling(string relationshipId, string endId) =>
        new(GraphStoreErrorCode.DanglingRelationship, $"Relationship '{relationshipId}' ends at node '{endId}', which does not exist.");

    private static void CheckSources(string ownerId, IReadOnlyList<Provenance>? sources)
    {
        if (sources is null || sources.Count == 0 || sources.Any(source => source is null || string.IsNullOrWhiteSpace(source.DocumentId)))
        {
            throw Invalid($"'{ownerId}' needs at least one source, each naming a document.");
        }
    }

    private static GraphStoreException Invalid(string message) => new(GraphStoreErrorCode.InvalidRecord, message);
}
