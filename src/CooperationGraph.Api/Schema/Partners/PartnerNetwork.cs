using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// Walks cooperation relationships breadth first from one entity, one batched store call per hop, and keeps for each
/// entity reached the first shortest path found. Frontier entities are expanded in id order and their relationships
/// in id order, so the path reported for a partner is the same on every run and in every store.
/// </summary>
internal sealed class PartnerNetwork(GraphLoaders loaders)
{
    public const int MaxDepth = 4;

    public const int MaxPartners = 1000;

    private static readonly RelationshipSelection s_cooperation =
        new(CooperationRelationshipTypes.All, Direction.Both, RelationshipSelection.MaxLimitPerNode);

    /// <summary>Every entity within <paramref name="depth"/> hops, nearest first, then by id, with one shortest path each.</summary>
    public async Task<IReadOnlyList<(string PartnerId, IReadOnlyList<GraphRelationship> Via)>> WalkAsync(string originId, int depth)
    {
        var reached = new Dictionary<string, IReadOnlyList<GraphRelationship>>(StringComparer.Ordinal) { [originId] = [] };
        var found = new List<(string, IReadOnlyList<GraphRelationship>)>();
        IReadOnlyList<string> frontier = [originId];
        for (var hop = 1; hop <= depth && frontier.Count > 0; hop++)
        {
            var relationships = await Task.WhenAll(frontier.Select(id => loaders.RelationshipsAsync(id, s_cooperation))).ConfigureAwait(false);
            var next = new List<string>();
            for (var i = 0; i < frontier.Count; i++)
            {
                var from = frontier[i];
                foreach (var relationship in relationships[i].OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
                {
                    var other = relationship.FromId == from ? relationship.ToId : relationship.FromId;
                    if (!reached.ContainsKey(other))
                    {
                        reached[other] = [.. reached[from], relationship];
                        next.Add(other);
                    }
                }
            }

            next.Sort(StringComparer.Ordinal);
            found.AddRange(next.Select(id => (id, reached[id])));
            frontier = next;
        }

        return found;
    }
}
