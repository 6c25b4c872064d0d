using CooperationGraph.Api.Storage;
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

    public static GraphSnapshot Snapshot => s_seed.Value.Snapshot;

    public static GraphModel Model => s_seed.Value.Model;

    public static IReadOnlyList<GraphNode> Nodes => Snapshot.Nodes;

    public static IReadOnlyList<GraphRelationship> Relationships => Snapshot.Relationships;

    public static GraphNode Node(string id) => Nodes.Single(node => node.Id == id);

    /// <summary>Ids in the order the API sorts by default (ordinal).</summary>
    public static string[] SortedIds(IEnumerable<GraphNode> nodes) => nodes.Select(node => node.Id).Order(StringComparer.Ordinal).ToArray();

    public static IEnumerable<GraphNode> Labelled(string label) => Nodes.Where(node => node.Labels.Contains(label));

    /// <summary>
    /// The regions of a bloc, every entity with a <c>LOCATED_IN</c> relationship to one of them, and every entity placed
    /// in the bloc through what it is located in or part of (<see cref="PlacedBloc"/>).
    /// </summary>
    public static IEnumerable<GraphNode> OfBloc(string bloc)
    {
        var regions = Labelled("Region").Where(region => (string?)region.Properties.GetValueOrDefault("bloc") == bloc).Select(region => region.Id).ToHashSet();
        var located = Relationships.Where(relationship => relationship.Type == "LOCATED_IN" && regions.Contains(relationship.ToId))
            .Select(relationship => relationship.FromId).ToHashSet();
        return Nodes.Where(node => regions.Contains(node.Id) || located.Contains(node.Id) || PlacedBloc(node.Id) == bloc);
    }

    /// <summary>
    /// The bloc an entity is placed in, read off the seed facts: a region's own; else the first found through its
    /// <c>LOCATED_IN</c> targets, then its <c>PART_OF</c> targets (each in relationship-id order), at most four steps.
    /// </summary>
    public static string? PlacedBloc(string id, int stepsLeft = 4)
    {
        var node = Node(id);
        if (node.Label == "Region")
        {
            return node.Properties.GetValueOrDefault("bloc") as string;
        }

        if (stepsLeft == 0)
        {
            return null;
        }

        return new[] { "LOCATED_IN", "PART_OF" }
            .SelectMany(type => Relationships.Where(relationship => relationship.FromId == id && relationship.Type == type).OrderBy(relationship => relationship.Id, StringComparer.Ordinal))
            .Select(relationship => PlacedBloc(relationship.ToId, stepsLeft - 1))
            .FirstOrDefault(bloc => bloc is not null);
    }

    /// <summary>The start ids of relationships of a type to a node.</summary>
    public static HashSet<string> From(string type, string toId) =>
        Relationships.Where(relationship => relationship.Type == type && relationship.ToId == toId).Select(relationship => relationship.FromId).ToHashSet();

    /// <summary>Every relationship of a node, either way.</summary>
    public static IEnumerable<GraphRelationship> RelationshipsOf(string id) =>
        Relationships.Where(relationship => relationship.FromId == id || relationship.ToId == id);
}
