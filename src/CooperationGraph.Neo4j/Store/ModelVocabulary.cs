using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Store;

/// <summary>
/// The labels and relationship types of the graph model: the only names the store splices into Cypher. A record whose
/// label or type the model does not declare is refused before any statement is built.
/// </summary>
internal sealed class ModelVocabulary
{
    private readonly HashSet<string> _labels;
    private readonly HashSet<string> _types;

    public ModelVocabulary(GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _labels = model.NodeLabels.Select(label => label.Name).Where(CypherNames.IsIdentifier).ToHashSet(StringComparer.Ordinal);
        _labels.Add("Entity");
        _types = model.RelationshipTypes.Select(type => type.Name).Where(CypherNames.IsIdentifier).ToHashSet(StringComparer.Ordinal);
        AllLabels = _labels.Order(StringComparer.Ordinal).ToList();
        AllTypes = _types.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every relationship type the store may write, sorted.</summary>
    public IReadOnlyList<string> AllTypes { get; }

    /// <summary>Every label the store may set, sorted.</summary>
    public IReadOnlyList<string> AllLabels { get; }

    public bool IsLabel(string? label) => label is not null && _labels.Contains(label);

    /// <summary>The Neo4j labels of a node: its own labels plus <c>Entity</c>, the identity label of every node.</summary>
    public IReadOnlyList<string> LabelsOf(GraphNode node)
    {
        foreach (var label in node.Labels)
        {
            if (!IsLabel(label))
            {
                throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, $"Node '{node.Id}' has the label '{label}', which the graph model does not declare.");
            }
        }

        return node.Labels.Prepend("Entity").Distinct(StringComparer.Ordinal).ToList();
    }

    public void CheckType(GraphRelationship relationship)
    {
        if (relationship.Type is null || !_types.Contains(relationship.Type))
        {
            throw new GraphStoreException(
                GraphStoreErrorCode.InvalidRecord, $"Relationship '{relationship.Id}' has the type '{relationship.Type}', which the graph model does not declare.");
        }
    }
}
