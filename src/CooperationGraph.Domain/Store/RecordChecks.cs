using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// The shape every store requires of the records it is asked to write, checked before anything is written so that a
/// bad record is a structured <see cref="GraphStoreException"/>, not a crash half-way: the same rules, and the same
/// messages, whichever store is behind the contract.
/// </summary>
public static class RecordChecks
{
    /// <summary>Ids present and unique, the label among the labels, a name, alias list, property map and sources.</summary>
    /// <exception cref="GraphStoreException">With <see cref="GraphStoreErrorCode.InvalidRecord"/>.</exception>
    public static void CheckNodes(IEnumerable<GraphNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
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

    /// <summary>
    /// Ids present and unique, a type, both ends, a property map and sources. Whether the ends exist is the store's
    /// to check, against its graph: <see cref="Dangling"/> is the error it raises.
    /// </summary>
    /// <exception cref="GraphStoreException">With <see cref="GraphStoreErrorCode.InvalidRecord"/>.</exception>
    public static void CheckRelationships(IEnumerable<GraphRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
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

    /// <summary>The error for a relationship whose end <paramref name="endId"/> is not a node of the graph.</summary>
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
