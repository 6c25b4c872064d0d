using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Places every entity in regions. A region lies in itself and in what it is PART_OF. Any other entity lies
/// where its LOCATED_IN relationships lead, followed through parks, zones and parent organisations (LOCATED_IN
/// and PART_OF, transitively: 南宁市科技局 PART_OF 南宁市政府 LOCATED_IN 南宁市). Planned relationships place
/// nothing. An institution (see <see cref="CooperationVocabulary.IsInstitution"/>) that no relationship places
/// is placed by its name, as the seed data's modelling rules read a name (广西大学 lies in 广西): the longest
/// region name or alias of two or more characters that its name or an alias begins with. Parks and facilities
/// are never placed by name, because their names often name a partner or a theme (香港青年科技产业园 is in
/// Guangxi).
/// </summary>
internal static class PlacementResolver
{
    public static Dictionary<string, Placement> Resolve(
        IReadOnlyDictionary<string, GraphNode> nodes,
        IReadOnlyDictionary<string, List<GraphRelationship>> outgoing)
    {
        var regionNames = RegionNames(nodes.Values);
        var placements = new Dictionary<string, Placement>(StringComparer.Ordinal);
        foreach (var node in nodes.Values)
        {
            var placement = CooperationVocabulary.IsRegion(node)
                ? FromRegions([node.Id], [], nodes, outgoing, null)
                : Stated(node, nodes, outgoing);
            if (placement.RegionIds.Count == 0 && CooperationVocabulary.IsInstitution(node) && ByName(node, regionNames) is { } named)
            {
                placement = FromRegions([named], [], nodes, outgoing, named);
            }

            placements[node.Id] = placement;
        }

        return placements;
    }

    private static Placement Stated(
        GraphNode node,
        IReadOnlyDictionary<string, GraphNode> nodes,
        IReadOnlyDictionary<string, List<GraphRelationship>> outgoing)
    {
        var regions = new List<string>();
        var used = new List<GraphRelationship>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { node.Id };
        var queue = new Queue<string>([node.Id]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var relationship in outgoing.GetValueOrDefault(current) ?? [])
            {
                if (relationship.Type is not ("LOCATED_IN" or "PART_OF") || relationship.Status == RelationshipStatus.Planned
                    || !nodes.TryGetValue(relationship.ToId, out var target) || !visited.Add(target.Id))
                {
                    continue;
                }

                used.Add(relationship);
                if (CooperationVocabulary.IsRegion(target))
                {
                    regions.Add(target.Id);
                }
                else
                {
                    queue.Enqueue(target.Id);
                }
            }
        }

        return regions.Count == 0 ? Placement.Nowhere : FromRegions(regions, used, nodes, outgoing, null);
    }

    /// <summary>The placement in the given regions and every region they are PART_OF.</summary>
    private static Placement FromRegions(
        IEnumerable<string> regionIds,
        List<GraphRelationship> used,
        IReadOnlyDictionary<string, GraphNode> nodes,
        IReadOnlyDictionary<string, List<GraphRelationship>> outgoing,
        string? named)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(regionIds);
        var blocs = new HashSet<Bloc>();
        var cities = new HashSet<string>(StringComparer.Ordinal);
        var direct = regionIds.ToHashSet(StringComparer.Ordinal);
        while (queue.TryDequeue(out var id))
        {
            if (!all.Add(id) || !nodes.TryGetValue(id, out var region))
            {
                continue;
            }

            if (direct.Contains(id))
            {
                blocs.Add(CooperationVocabulary.BlocOf(region));
            }

            if (CooperationVocabulary.IsCity(region))
            {
                cities.Add(id);
                blocs.Add(CooperationVocabulary.BlocOf(region));
            }

            foreach (var up in outgoing.GetValueOrDefault(id) ?? [])
            {
                if (up.Type == "PART_OF" && up.Status != RelationshipStatus.Planned)
                {
                    queue.Enqueue(up.ToId);
                }
            }
        }

        return new Placement(cities, blocs, all, used, named);
    }

    private static List<(string Name, string RegionId)> RegionNames(IEnumerable<GraphNode> nodes) =>
        nodes.Where(CooperationVocabulary.IsRegion)
            .SelectMany(region => region.Aliases.Prepend(region.Name).Select(name => (Name: name, RegionId: region.Id)))
            .Where(entry => entry.Name.Length >= 2)
            .OrderByDescending(entry => entry.Name.Length)
            .ThenBy(entry => entry.RegionId, StringComparer.Ordinal)
            .ToList();

    private static string? ByName(GraphNode node, List<(string Name, string RegionId)> regionNames)
    {
        var written = node.Aliases.Prepend(node.Name).ToList();
        foreach (var (name, regionId) in regionNames)
        {
            if (written.Any(form => form.StartsWith(name, StringComparison.Ordinal)))
            {
                return regionId;
            }
        }

        return null;
    }
}
