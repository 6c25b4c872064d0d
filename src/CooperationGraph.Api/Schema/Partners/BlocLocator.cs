using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// Finds the bloc of an entity: a region's own <c>bloc</c>; for anything else, the bloc of the region it is located in
/// (through a park or zone, which is itself located in a region), else that of the organisation it is part of. Each
/// region carries its bloc, as it carries its place under a province or SAR, so the located region answers.
/// </summary>
internal sealed class BlocLocator(GraphLoaders loaders)
{
    private const int MaxSteps = 4;

    private static readonly RelationshipSelection s_locatedIn = new(["LOCATED_IN"], Direction.Outgoing);

    private static readonly RelationshipSelection s_partOf = new(["PART_OF"], Direction.Outgoing);

    public Task<string?> BlocOfAsync(GraphNode entity) => BlocOfAsync(entity, MaxSteps);

    private async Task<string?> BlocOfAsync(GraphNode entity, int steps)
    {
        if (entity.Label == "Region")
        {
            return entity.Properties.GetValueOrDefault("bloc") as string;
        }

        if (steps == 0)
        {
            return null;
        }

        foreach (var selection in new[] { s_locatedIn, s_partOf })
        {
            var links = await loaders.RelationshipsAsync(entity.Id, selection).ConfigureAwait(false);
            var places = await Task.WhenAll(links.Select(link => loaders.NodeAsync(link.ToId))).ConfigureAwait(false);
            foreach (var place in places.OfType<GraphNode>())
            {
                if (await BlocOfAsync(place, steps - 1).ConfigureAwait(false) is { } bloc)
                {
                    return bloc;
                }
            }
        }

        return null;
    }
}
