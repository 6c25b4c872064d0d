using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Domain.Cooperation;

/// <summary>
/// Places every entity of a graph, once. A region lies in itself and every region it is <c>PART_OF</c>. Any other entity
/// lies in the nearest region reached over placement relationships done or under way, breadth first: its own
/// <c>LOCATED_IN</c> and <c>PART_OF</c> (role <see cref="RelationshipRole.Placement"/>), and the host that houses it
/// (<see cref="RelationshipRole.Hosting"/>, followed backwards) — 梧州市科技局 PART_OF 梧州市人民政府 LOCATED_IN 梧州市,
/// a lab hosted by 澳门科技大学 lies in Macao. Among regions equally near, the most specific wins (a district over a
/// city over a province). Nothing is placed by its name: a place the letters do not state is a fact of the seed data.
/// </summary>
internal sealed class PlacementIndex
{
    private readonly Dictionary<string, Placement> _placements = new(StringComparer.Ordinal);

    // The regions, city, province and bloc of each region reached, once: every entity placed in it shares them.
    private readonly Dictionary<string, Placement> _regions = new(StringComparer.Ordinal);

    // One walk's collections, reused by the next (the index is built on one thread): at a million relationships, a set
    // and lists per entity were most of what the build allocated, and collecting them most of its time.
    private readonly PlacementWalk _walk = new();

    public PlacementIndex(GraphIndex graph)
    {
        foreach (var node in graph.Nodes.Values)
        {
            _placements[node.Id] = CooperationVocabulary.IsRegion(node) ? OfRegion(graph, node, []) : Walk(graph, node);
        }
    }

    public Placement Of(string id) => _placements.GetValueOrDefault(id) ?? Placement.Nowhere;

    public IEnumerable<KeyValuePair<string, Placement>> All => _placements;

    private Placement Walk(GraphIndex graph, GraphNode entity)
    {
        var walk = _walk.Start(entity.Id);
        while (walk.Frontier.Count > 0)
        {
            foreach (var id in walk.Frontier)
            {
                walk.Reach(graph, id, graph.PlacedIn(id));
                walk.Reach(graph, id, graph.HostedBy(id));
            }

            if (walk.Regions.Count > 0)
            {
                var region = walk.Regions.OrderBy(Specificity).First();
                var path = new List<GraphRelationship>();
                for (var id = region.Id; id != entity.Id;)
                {
                    var (relationship, previous) = walk.Reached[id];
                    path.Add(relationship!);
                    id = previous!;
                }

                path.Reverse();
                return OfRegion(graph, region, path);
            }

            walk.Advance();
        }

        return Placement.Nowhere;
    }

    private Placement OfRegion(GraphIndex graph, GraphNode region, IReadOnlyList<GraphRelationship> path)
    {
        if (!_regions.TryGetValue(region.Id, out var lineage))
        {
            _regions[region.Id] = lineage = Lineage(graph, region);
        }

        return path.Count == 0 ? lineage : lineage with { Path = path };
    }

    private static Placement Lineage(GraphIndex graph, GraphNode region)
    {
        // Breadth first over every region it is part of: 深圳市 is part of both 广东省 and 粤港澳大湾区.
        var lineage = new List<GraphNode> { region };
        var seen = new HashSet<string>(StringComparer.Ordinal) { region.Id };
        for (var i = 0; i < lineage.Count; i++)
        {
            foreach (var parent in graph.ParentRegions(lineage[i].Id).Where(parent => seen.Add(parent.Id)))
            {
                lineage.Add(parent);
            }
        }

        var city = lineage.FirstOrDefault(node => Kind(node) is "prefecture-city" or "sar");
        var province = lineage.FirstOrDefault(node => Kind(node) is "province" or "autonomous-region" or "municipality" or "sar");
        return new Placement(region, city, province, region.Properties.GetValueOrDefault("bloc") as string, [], seen);
    }

    private static string? Kind(GraphNode region) => region.Properties.GetValueOrDefault("kind") as string;

    private static int Specificity(GraphNode region) => Kind(region) switch
    {
        "district" or "county" => 0,
        "prefecture-city" => 1,
        "province" or "autonomous-region" or "municipality" or "sar" => 2,
        _ => 3,
    };
}
