using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Documents;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// The fields some labels add to the common ones, each declared once here: the planner reserves its name, the label's
/// type prints it and binds its resolver, for the label and every descendant. Adding a field to a label is adding a line.
/// </summary>
internal static class LabelFields
{
    private const int MaxRegionParts = 100;

    public static IReadOnlyList<LabelField> All { get; } =
    [
        new("Region", new("parent", "Region", "The region this one is part of (上级行政区), by `PART_OF`.", async context =>
            (await RegionsAsync(context, Direction.Outgoing).ConfigureAwait(false)).FirstOrDefault())),
        new("Region", new("children", "[Region!]!", "The regions that are part of this one (下级行政区), by `PART_OF`.", async context =>
            await RegionsAsync(context, Direction.Incoming).ConfigureAwait(false))),
        .. DocumentFields.All.Select(field => new LabelField("Document", field)),
    ];

    private static async Task<IReadOnlyList<GraphNode>> RegionsAsync(ResolveFieldContext context, Direction direction)
    {
        var node = EntityFields.Node(context);
        var loaders = GraphLoaders.From(context);
        var partOf = await loaders.RelationshipsAsync(node.Id, new RelationshipSelection(["PART_OF"], direction, MaxRegionParts)).ConfigureAwait(false);
        var others = await Task.WhenAll(partOf.Select(relationship =>
            loaders.NodeAsync(direction == Direction.Outgoing ? relationship.ToId : relationship.FromId))).ConfigureAwait(false);
        return others.OfType<GraphNode>().Where(other => other.Label == "Region").ToArray();
    }
}
