using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Support;

/// <summary>
/// Builds small cooperation graphs for the gap finders: regions with kind and bloc, institutions, hubs and
/// sectors, and relationships each quoting a sentence of its own so evidence can be traced.
/// </summary>
public sealed class GapGraph
{
    private const string Letter = "doc:test-letter";
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphRelationship> _relationships = [];

    public GapGraph City(string id, string name, string bloc, string adminCode, string? partOf = null, string[]? aliases = null) =>
        Region(id, name, "prefecture-city", bloc, adminCode, partOf, aliases);

    public GapGraph Region(string id, string name, string kind, string bloc, string? adminCode = null, string? partOf = null, string[]? aliases = null)
    {
        var properties = new Dictionary<string, object> { ["kind"] = kind, ["bloc"] = bloc };
        if (adminCode is not null)
        {
            properties["adminCode"] = adminCode;
        }

        _nodes.Add(Node(id, ["Entity", "Region"], name, aliases ?? [], properties));
        return partOf is null ? this : Rel("PART_OF", id, partOf);
    }

    public GapGraph Institution(string id, string name, string label = "University", string[]? aliases = null, string? locatedIn = null)
    {
        _nodes.Add(Node(id, ["Entity", "Organisation", label], name, aliases ?? [], []));
        return locatedIn is null ? this : Rel("LOCATED_IN", id, locatedIn);
    }

    public GapGraph Park(string id, string name, string? locatedIn = null)
    {
        _nodes.Add(Node(id, ["Entity", "Organisation", "ParkOrZone"], name, [], []));
        return locatedIn is null ? this : Rel("LOCATED_IN", id, locatedIn);
    }

    public GapGraph Hub(string id, string name, string label = "Lab", string? locatedIn = null)
    {
        string[] labels = label switch
        {
            "Lab" or "Platform" or "InnovationCentre" => ["Entity", "ResearchFacility", label],
            "Fund" or "FinancialProduct" => ["Entity", "FinancingInstrument", label],
            _ => ["Entity", label],
        };
        _nodes.Add(Node(id, labels, name, [], []));
        return locatedIn is null ? this : Rel("LOCATED_IN", id, locatedIn);
    }

    public GapGraph Sector(string id, string name)
    {
        _nodes.Add(Node(id, ["Entity", "Sector"], name, [], new Dictionary<string, object> { ["code"] = id }));
        return this;
    }

    public GapGraph Rel(
        string type, string from, string to, RelationshipStatus status = RelationshipStatus.Implemented, string? id = null, string? quote = null)
    {
        var relationshipId = id ?? $"rel:{from}-{type.ToLowerInvariant()}-{to}";
        _relationships.Add(new GraphRelationship(
            relationshipId, type, from, to, null, null, null, status, new Dictionary<string, object>(),
            [new Provenance(Letter, "一", quote ?? "quote of " + relationshipId)]));
        return this;
    }

    public GraphSnapshot Build() => new(_nodes, _relationships, new Dictionary<string, string>());

    /// <summary>The standard frame: Guangxi with Nanning and Wuzhou, the Bay Area with Guangdong, Shenzhen and Hong Kong.</summary>
    public static GapGraph WithRegions() => new GapGraph()
        .Region("region:china", "中国", "country", "Other")
        .Region("region:guangxi", "广西壮族自治区", "autonomous-region", "Guangxi", "450000", "region:china", ["广西", "桂"])
        .Region("region:guangdong", "广东省", "province", "GreaterBayArea", "440000", "region:china")
        .City("region:nanning", "南宁市", "Guangxi", "450100", "region:guangxi")
        .City("region:wuzhou", "梧州市", "Guangxi", "450400", "region:guangxi")
        .City("region:shenzhen", "深圳市", "GreaterBayArea", "440300", "region:guangdong", ["深圳"])
        .Region("region:hong-kong", "香港特别行政区", "sar", "GreaterBayArea", "810000", "region:china", ["香港"])
        .City("region:kunming", "昆明市", "Other", "530100", "region:china");

    private static GraphNode Node(string id, string[] labels, string name, string[] aliases, Dictionary<string, object> properties) =>
        new(id, labels[^1], labels, name, id, aliases, null, properties, [new Provenance(Letter, "一", "quote of " + id)]);
}
