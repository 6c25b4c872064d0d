using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Schema.Documents;

/// <summary>The facts each document states: the entities and relationships whose sources cite it, each list by id.</summary>
internal sealed class DocumentFacts
{
    private readonly Dictionary<string, List<GraphNode>> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GraphRelationship>> _relationships = new(StringComparer.Ordinal);

    public DocumentFacts(GraphSnapshot snapshot, long version)
    {
        Version = version;
        foreach (var node in snapshot.Nodes.OrderBy(node => node.Id, StringComparer.Ordinal))
        {
            foreach (var document in Cited(node.Sources).Where(document => document != node.Id))
            {
                Add(_entities, document, node);
            }
        }

        foreach (var relationship in snapshot.Relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
        {
            foreach (var document in Cited(relationship.Sources))
            {
                Add(_relationships, document, relationship);
            }
        }
    }

    /// <summary>The graph version the facts were read at.</summary>
    public long Version { get; }

    public IReadOnlyList<GraphNode> EntitiesOf(string documentId) => _entities.TryGetValue(documentId, out var nodes) ? nodes : [];

    public IReadOnlyList<GraphRelationship> RelationshipsOf(string documentId) =>
        _relationships.TryGetValue(documentId, out var relationships) ? relationships : [];

    private static IEnumerable<string> Cited(IReadOnlyList<Provenance> sources) =>
        sources.Select(source => source.DocumentId).Distinct(StringComparer.Ordinal);

    private static void Add<T>(Dictionary<string, List<T>> index, string document, T fact)
    {
        if (!index.TryGetValue(document, out var facts))
        {
            facts = [];
            index[document] = facts;
        }

        facts.Add(fact);
    }
}
