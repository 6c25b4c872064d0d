using CooperationGraph.Api.Storage;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.Seeding;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>
/// The seed data as the seed loader reads it, without the store or the API: what the integration tests compute their
/// expectations from.
/// </summary>
internal static class SeedFacts
{
    private static readonly Lazy<(GraphModel Model, GraphSnapshot Snapshot)> s_seed = new(() =>
    {
        var model = GraphModelLoader.Load(ContentPaths.Resolve("graph-schema/model.yaml", Directory.GetCurrentDirectory()));
        return (model, SeedLoader.Load(ContentPaths.Resolve("seed-data", Directory.GetCurrentDirectory()), model));
    });

    private static readonly Lazy<CooperationModel> s_cooperation = new(() => new CooperationModel(Snapshot, CooperationVocabulary.FromModel(Model)));

    public static GraphSnapshot Snapshot => s_seed.Value.Snapshot;

    public static GraphModel Model => s_seed.Value.Model;

    public static IReadOnlyList<GraphNode> Nodes => Snapshot.Nodes;

    public static IReadOnlyList<GraphRelationship> Relationships => Snapshot.Relationships;

    public static GraphNode Node(string id) => Nodes.Single(node => node.Id == id);

    /// <summary>Ids in the order the API sorts by default (ordinal).</summary>
    public static string[] SortedIds(IEnumerable<GraphNode> nodes) => nodes.Select(node => node.Id).Order(StringComparer.Ordinal).ToArray();

    public static IEnumerable<GraphNode> Labelled(string label) => Nodes.Where(node => node.Labels.Contains(label));

    /// <summary>The cooperation model of the seed data: the one placement and tie rule the API must answer with.</summary>
    public static CooperationModel Cooperation => s_cooperation.Value;

    /// <summary>The entities the cooperation model places in a bloc (graph-model spelling: <c>GreaterBayArea</c>).</summary>
    public static IEnumerable<GraphNode> OfBloc(string bloc) => Cooperation.IdsInBloc(bloc).Select(Node);

    /// <summary>The ids of the entities the cooperation model places in a region or its sub-regions.</summary>
    public static HashSet<string> InRegion(string regionId) => [.. Cooperation.IdsInRegion(regionId)];

    /// <summary>The start ids of relationships of a type to a node.</summary>
    public static HashSet<string> From(string type, string toId) =>
        Relationships.Where(relationship => relationship.Type == type && relationship.ToId == toId).Select(relationship => relationship.FromId).ToHashSet();

    /// <summary>Every relationship of a node, either way.</summary>
    public static IEnumerable<GraphRelationship> RelationshipsOf(string id) =>
        Relationships.Where(relationship => relationship.FromId == id || relationship.ToId == id);
}
