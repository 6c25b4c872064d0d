using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Storage.Writing;

/// <summary>Checks records before they are written, so a bad record fails with a structured error, not a crash.</summary>
internal static class RecordValidator
{
    public static void CheckNodes(IEnumerable<GraphNode> nodes)
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

    public static void CheckRelationships(IEnumerable<GraphRelationship> relationships, Func<string, bool> nodeExists)
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

            if (string.IsNullOrWhiteSpace(relationship.Type) || relationship.Properties is null)
            {
                throw Invalid($"Relationship '{relationship.Id}' needs a type and a property map.");
            }

            CheckSources(relationship.Id, relationship.Sources);
            foreach (var end in new[] { relationship.FromId, relationship.ToId })
            {
                if (end is null || !nodeExists(end))
                {
                    throw new GraphStoreException(
                        GraphStoreErrorCode.DanglingRelationship, $"Relationship '{relationship.Id}' ends at node '{end}', which does not exist.");
                }
            }
        }
    }

    private static void CheckSources(string ownerId, IReadOnlyList<Provenance>? sources)
    {
        if (sources is null || sources.Count == 0 || sources.Any(source => source is null || string.IsNullOrWhiteSpace(source.DocumentId)))
        {
            throw Invalid($"'{ownerId}' needs at least one source, each naming a document.");
        }
    }

    private static GraphStoreException Invalid(string message) => new(GraphStoreErrorCode.InvalidRecord, message);
}
