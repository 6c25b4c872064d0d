using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// The entities of a bloc that are not located directly in one of its regions, found as <see cref="BlocLocator"/>
/// finds blocs: a bureau part of a city government located in the city, an event held in a zone located in a region.
/// Walks back from the bloc's regions along incoming <c>LOCATED_IN</c> and <c>PART_OF</c> links, as many steps as the
/// locator walks forward, then keeps the entities the locator places in the bloc, so that filtering by bloc and the
/// bloc of a partnership never disagree.
/// </summary>
internal sealed class BlocMembers(GraphLoaders loaders)
{
    private const int MaxSteps = 4;

    private static readonly RelationshipSelection s_intoPlaces =
        new(["LOCATED_IN", "PART_OF"], Direction.Incoming, RelationshipSelection.MaxLimitPerNode);

    /// <summary>The ids of the bloc's indirect members; refused past <paramref name="limit"/> candidates.</summary>
    public async Task<string[]> IndirectAsync(string bloc, IReadOnlyCollection<string> regionIds, int limit)
    {
        var reached = new HashSet<string>(regionIds, StringComparer.Ordinal);
        var direct = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<GraphNode>();
        IReadOnlyList<string> frontier = [.. regionIds];
        for (var step = 0; step < MaxSteps && frontier.Count > 0; step++)
        {
            var links = await Task.WhenAll(frontier.Select(id => loaders.RelationshipsAsync(id, s_intoPlaces))).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var link in links.SelectMany(list => list))
            {
                if (step == 0 && link.Type == "LOCATED_IN")
                {
                    direct.Add(link.FromId);
                }

                if (reached.Add(link.FromId))
                {
                    next.Add(link.FromId);
                }
            }

            // Regions are placed by their own bloc, which the filter tests directly; only other entities lead on.
            var entities = (await Task.WhenAll(next.Select(loaders.NodeAsync)).ConfigureAwait(false))
                .OfType<GraphNode>()
                .Where(node => node.Label != "Region")
                .ToList();
            candidates.AddRange(entities.Where(node => !direct.Contains(node.Id)));
            if (candidates.Count > limit)
            {
                throw UserInputError.Create(
                    $"The bloc '{bloc}' is reached through more than {limit} parks, zones and parent bodies, too many to test inside a predicate.");
            }

            frontier = [.. entities.Select(node => node.Id)];
        }

        var blocs = await new BlocLocator(loaders).BlocsOfAsync(candidates).ConfigureAwait(false);
        return [.. candidates.Where((_, i) => blocs[i] == bloc).Select(node => node.Id)];
    }
}
