using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Collects entity and relationship ids for a <see cref="GapEvidence"/>, each once, then sorts them; the sources
/// are the relationships' (in id order), then those of entities added with their sources.
/// </summary>
internal sealed class EvidenceBuilder
{
    private readonly SortedSet<string> _entities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, GraphRelationship> _relationships = new(StringComparer.Ordinal);
    private readonly List<Provenance> _entitySources = [];

    public EvidenceBuilder Entity(string id)
    {
        _entities.Add(id);
        return this;
    }

    public EvidenceBuilder Entities(IEnumerable<string> ids)
    {
        _entities.UnionWith(ids);
        return this;
    }

    /// <summary>An entity together with the sentences that name it: the evidence for a finding about what is absent.</summary>
    public EvidenceBuilder EntityWithSources(GraphNode node)
    {
        _entities.Add(node.Id);
        _entitySources.AddRange(node.Sources.Where(source => source.Quote is not null));
        return this;
    }

    public EvidenceBuilder Relationship(GraphRelationship relationship)
    {
        _relationships.TryAdd(relationship.Id, relationship);
        return this;
    }

    public EvidenceBuilder Relationships(IEnumerable<GraphRelationship> relationships)
    {
        foreach (var relationship in relationships)
        {
            Relationship(relationship);
        }

        return this;
    }

    public GapEvidence Build()
    {
        var sources = _relationships.Values.SelectMany(relationship => relationship.Sources).Concat(_entitySources).Distinct().ToList();
        return new GapEvidence([.. _entities], [.. _relationships.Values], sources);
    }
}
