using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// Finds the bloc of an entity: a region's own <c>bloc</c>; for anything else, the bloc of the region it is located in
/// (through a park or zone, which is itself located in a region), else that of the organisation it is part of. Each
/// region carries its bloc, as it carries its place under a province or SAR, so the located region answers.
/// </summary>
/// <remarks>
/// The links of every entity asked about are read together, one step at a time (one round for the links, one for
/// the places they lead to), then each bloc is decided in memory; blocs found stay in the store's
/// <see cref="BlocCache"/> until its next write.
/// </remarks>
internal sealed class BlocLocator(GraphLoaders loaders)
{
    private const int MaxSteps = 4;

    private static readonly RelationshipSelection s_locatedIn = new(["LOCATED_IN"], Direction.Outgoing);

    private static readonly RelationshipSelection s_partOf = new(["PART_OF"], Direction.Outgoing);

    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);

    // Per entity, the places it leads to in the order they are tried: its LOCATED_IN targets, then its PART_OF targets.
    private readonly Dictionary<string, IReadOnlyList<string>> _places = new(StringComparer.Ordinal);

    /// <summary>The bloc of each entity, in the order given; null where none is found.</summary>
    public async Task<IReadOnlyList<string?>> BlocsOfAsync(IReadOnlyList<GraphNode> entities)
    {
        var cache = BlocCache.For(loaders.Store);
        var blocs = new Dictionary<string, string?>(StringComparer.Ordinal);
        var generation = cache.TryGet(entities.Select(entity => entity.Id), blocs);
        var missing = entities.Where(entity => !blocs.ContainsKey(entity.Id)).DistinctBy(entity => entity.Id).ToList();
        if (missing.Count > 0)
        {
            await ReadChainsAsync(missing).ConfigureAwait(false);
            var decided = new Dictionary<(string, int), string?>();
            var found = missing.Select(entity => KeyValuePair.Create(entity.Id, Decide(entity, MaxSteps, decided))).ToList();
            foreach (var (id, bloc) in found)
            {
                blocs[id] = bloc;
            }

            cache.Store(generation, found);
        }

        return [.. entities.Select(entity => blocs[entity.Id])];
    }

    private async Task ReadChainsAsync(IReadOnlyList<GraphNode> entities)
    {
        foreach (var entity in entities)
        {
            _nodes[entity.Id] = entity;
        }

        // An entity is first met with the most steps it will ever have left, so reading its links then is enough.
        var frontier = entities.Where(entity => entity.Label != "Region").Select(entity => entity.Id).ToList();
        for (var stepsLeft = MaxSteps; stepsLeft > 0 && frontier.Count > 0; stepsLeft--)
        {
            var located = Task.WhenAll(frontier.Select(id => loaders.RelationshipsAsync(id, s_locatedIn)));
            var partOf = Task.WhenAll(frontier.Select(id => loaders.RelationshipsAsync(id, s_partOf)));
            var (locatedLinks, partOfLinks) = (await located.ConfigureAwait(false), await partOf.ConfigureAwait(false));
            var unseen = new List<string>();
            for (var i = 0; i < frontier.Count; i++)
            {
                var places = locatedLinks[i].Concat(partOfLinks[i]).Select(link => link.ToId).ToList();
                _places[frontier[i]] = places;
                unseen.AddRange(places.Where(id => !_nodes.ContainsKey(id)));
            }

            unseen = [.. unseen.Distinct(StringComparer.Ordinal)];
            var fetched = await Task.WhenAll(unseen.Select(loaders.NodeAsync)).ConfigureAwait(false);
            frontier = [];
            foreach (var place in fetched.OfType<GraphNode>())
            {
                _nodes[place.Id] = place;
                if (place.Label != "Region")
                {
                    frontier.Add(place.Id);
                }
            }
        }
    }

    private string? Decide(GraphNode entity, int stepsLeft, Dictionary<(string, int), string?> decided)
    {
        if (entity.Label == "Region")
        {
            return entity.Properties.GetValueOrDefault("bloc") as string;
        }

        if (stepsLeft == 0)
        {
            return null;
        }

        if (decided.TryGetValue((entity.Id, stepsLeft), out var known))
        {
            return known;
        }

        string? bloc = null;
        foreach (var placeId in _places.GetValueOrDefault(entity.Id, []))
        {
            if (_nodes.TryGetValue(placeId, out var place) && Decide(place, stepsLeft - 1, decided) is { } placeBloc)
            {
                bloc = placeBloc;
                break;
            }
        }

        decided[(entity.Id, stepsLeft)] = bloc;
        return bloc;
    }
}
