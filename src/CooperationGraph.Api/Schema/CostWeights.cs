using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// What the cooperation schema's fields cost, by schema coordinate, applied when the schema is built (printed as
/// <c>@cost</c> and <c>@listSize</c> in <c>graph-schema/schema.graphql</c>). The unit is one object of the answer:
/// a field costs its weight once, each object it returns costs 1, each list counts the items it asks for.
/// Computations over the whole graph (analytics, counts, traversals) weigh about what they take measured against a
/// look-up; weights kept apart from the SDL so the SDL files can change without touching them.
/// </summary>
internal static class CostWeights
{
    /// <summary>Fields that compute over much of the graph, and lists whose size no argument states.</summary>
    private static readonly (string Coordinate, int? Weight, ListSize? Size)[] s_fields =
    [
        // Analytics: computed on a projection of the whole graph (cached per graph version, but the first ask pays).
        ("Query.centrality", 2_000, null),
        ("Query.communities", 2_000, null),
        ("Query.brokers", 2_000, null),
        ("Query.recommendPartners", 1_000, null),
        ("Query.cooperationMatrix", 500, null),
        ("Query.sectorCoverage", 500, new ListSize(AssumedSize: 50)),
        ("Query.collaborationGaps", 1_000, null),
        ("Query.plansWithoutFollowUp", 500, null),
        ("CooperationMatrix.cells", null, new ListSize(AssumedSize: 200)),
        ("MatrixCell.links", null, new ListSize(AssumedSize: 5)),
        ("CollaborationGaps.sectors", null, new ListSize(AssumedSize: 50)),
        ("CollaborationGaps.institutions", null, new ListSize(AssumedSize: 100)),
        ("CollaborationGaps.plans", null, new ListSize(AssumedSize: 100)),
        ("CollaborationGaps.emptyCells", null, new ListSize(AssumedSize: 200)),

        // Traversals and aggregates: a walk or a scan per call.
        ("Query.partners", 200, null),
        ("Query.neighborhood", 100, new ListSize(SlicingArguments: [ExplorationSdl.NodeLimit.Name], SizedFields: ["nodes", "edges"])),
        ("Query.paths", 200, null),
        ("Query.entityCounts", 100, new ListSize(AssumedSize: 40)),
        ("Query.relationshipCounts", 100, new ListSize(AssumedSize: 40)),
        ("Query.relationships", 100, null),
        ("Query.relationshipAggregate", 100, new ListSize(AssumedSize: 200)),
        ("Query.entityAggregate", 100, new ListSize(AssumedSize: 200)),
        ("Query.search", 20, null),
        ("Partnership.via", null, new ListSize(AssumedSize: 4)),
        ("Path.nodes", null, new ListSize(AssumedSize: ExplorationSdl.MaxHops.Max + 1)),
        ("Path.edges", null, new ListSize(AssumedSize: ExplorationSdl.MaxHops.Max)),

        // Provenance: an entity or relationship is stated in one to a few places.
        ("Entity.sources", null, new ListSize(AssumedSize: 3)),
        ("Relation.sources", null, new ListSize(AssumedSize: 3)),
        ("GapEvidence.sources", null, new ListSize(AssumedSize: 3)),

        // The full text of a letter: tens of kilobytes.
        ("Document.text", 20, null),
    ];

    public static void Apply(GraphQLSchema schema)
    {
        foreach (var type in schema.TypeMap.Values.OfType<GraphQLFieldsType>().Where(static type => !type.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            foreach (var field in type.Fields.Values)
            {
                if (ListSizeByShape(field) is { } size)
                {
                    field.ListSize = size;
                }
            }
        }

        foreach (var (coordinate, weight, size) in s_fields)
        {
            CostAnnotations.Annotate(schema, coordinate, weight, size);
        }
    }

    // Every connection is sized by first/last, every relationship list of an entity by first (its default when absent).
    private static ListSize? ListSizeByShape(GraphQLField field)
    {
        var returned = TypePredicates.GetNamedType(field.Type)?.Name;
        if (returned is not null && ConnectionSdl.DefaultPageSize(returned) is { } pageSize && field.GetArgument("first") is not null && field.GetArgument("last") is not null)
        {
            return new ListSize(pageSize, ["first", "last"], ["edges", "nodes"]);
        }

        return returned == "Relation" && TypePredicates.GetNullableType(field.Type) is GraphQLList && field.GetArgument("first") is not null
            ? new ListSize(AssumedSize: EntityFields.RelationsFirst.Default, SlicingArguments: ["first"])
            : null;
    }
}
