using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// The traversal and dashboard fields: neighbourhoods to draw, paths between entities, grouped counts. Their counts
/// and units are declared here once; the SDL prints them and <see cref="ExplorationResolvers"/> reads them.
/// </summary>
internal static class ExplorationSdl
{
    // The store's own defaults: an absent argument asks what any caller of the store gets.
    private static readonly NeighbourhoodQuery s_neighbourhood = new(CenterId: string.Empty);

    private static readonly PathQuery s_paths = new(FromId: string.Empty, ToId: string.Empty);

    public static IntArgument Hops { get; } = new("hops", "Hops from the centre", 1, NeighbourhoodQuery.MaxDepth, s_neighbourhood.Depth);

    public static IntArgument NodeLimit { get; } =
        new("limit", "At most this many entities, centre included, nearest first", 1, NeighbourhoodQuery.MaxNodeLimit, s_neighbourhood.NodeLimit);

    public static IntArgument MaxHops { get; } = new("maxHops", "The longest path, in hops", 1, PathQuery.MaxMaxHops, s_paths.MaxHops);

    public static IntArgument PathsFirst { get; } = new("first", "At most this many paths", 1, PathQuery.MaxLimit, s_paths.Limit);

    public static DefaultedArgument<string> SumUnit { get; } = DefaultedArgument.Text(
        "sumUnit",
        "The currency (ISO 4217) or, for quantities that are not money, the unit summed; amounts stated in another are left out of `amountSum`.",
        AggregateQuery.DefaultSumUnit);

    /// <summary>
    /// Why <c>relationshipCounts</c> is deprecated: <c>relationshipAggregate</c> groups by every one of its groupings (and
    /// two at once), and keys a status by its enum value where <c>relationshipCounts</c> keeps the model's spelling.
    /// </summary>
    public const string RelationshipCountsReplacement =
        "Use `relationshipAggregate(by: [DIMENSION], where: {type_in: [...], start: {...}})`: the same groups (TYPE, STATUS, YEAR, LABEL, REGION, BLOC, SECTOR), two at once, keys spelt as enum values (`IMPLEMENTED`, not `Implemented`).";

    public static string Text => Core + "\n" + QueryExtension + "\n" + Relationships.RelationshipsSdl.Text;

    private const string Core = """
        "A part of the graph ready for drawing: every edge joins two of its nodes."
        type GraphView {
          "The entities, nearest to the centre first."
          nodes: [Entity!]!
          "The relationships between them, ordered by id."
          edges: [Relation!]!
          "Whether the node limit cut the neighbourhood short."
          truncated: Boolean!
        }

        "A walk from one entity to another (路径)."
        type Path {
          "The number of hops."
          length: Int!
          "The entities in walking order, start first."
          nodes: [Entity!]!
          "The relationships walked, each joining the entities either side of it, either way."
          edges: [Relation!]!
        }

        "One group of a count for a dashboard chart."
        type CountBucket {
          "The group: a label, a property value, a relationship type, a year, a region id, a sector id, a bloc (its enum value: `GREATER_BAY_AREA`) or a status as the graph model spells it (`Implemented`, where `relationshipAggregate` keys `IMPLEMENTED`); `UNKNOWN` gathers relationships with no year, or entities and relationships with no bloc."
          key: String!
          "How many fall in the group."
          count: Int!
          "The sum of the amounts stated in the query's `sumUnit` (`CNY` unless it says otherwise), in base units (yuan for money), each as stated (a yearly amount once) and possible second reports of the same money left out; null when none in the group states one."
          amountSum: Float
          "Relationships only: the amounts left out of `amountSum` because they may report money another relationship of the group reports already (same payer, recipient and year, another reporting body); null when none."
          possibleDuplicateAmountSum: Float
        }

        "How entities are grouped when counted."
        enum EntityGrouping {
          "By concrete label."
          LABEL
          "By the value of `property` (a list property counts once per element)."
          PROPERTY
          "By the start year of the date property named by `property`."
          YEAR
          "By the region each is located in (`LOCATED_IN`), keyed by region id; one located in two regions counts in both."
          REGION
          "By bloc (`Guangxi`, `GreaterBayArea`, `Other`): a region's own, else that of a region it is located in."
          BLOC
          "By sector (`IN_SECTOR`), keyed by sector id; one in two sectors counts in both."
          SECTOR
        }

        "How relationships are grouped when counted."
        enum RelationshipGrouping {
          "By relationship type."
          TYPE
          "By status, keyed as the graph model spells it (`Implemented`, `Ongoing`, `Planned`); `relationshipAggregate(by: [STATUS])` keys the enum values."
          STATUS
          "By the start year of the relationship's date."
          YEAR
          "By the concrete label of the start entity: the kind of actor."
          LABEL
          "By the region the start entity is located in, keyed by region id."
          REGION
          "By the bloc of the start entity."
          BLOC
          "By the sector of the start entity, keyed by sector id."
          SECTOR
        }

        "A committed write to the graph."
        type GraphChangeEvent {
          "The graph version the write produced."
          version: Int!
          "APPLIED for a change set, REPLACED when the whole graph was replaced (seeding): then the id lists are empty."
          kind: String!
          "When the write committed (ISO 8601)."
          committedAt: String!
          "Entities created or replaced."
          upsertedNodeIds: [ID!]!
          "Relationships created or replaced."
          upsertedRelationshipIds: [ID!]!
          "Entities deleted."
          deletedNodeIds: [ID!]!
          "Relationships deleted, including those removed with their entities."
          deletedRelationshipIds: [ID!]!
        }

        "Live notifications for dashboards."
        type Subscription {
          "Every write committed after subscribing, in commit order."
          graphChanged: GraphChangeEvent!
        }
        """;

    private static string QueryExtension => $$"""
        extend type Query {
          "The entities within a number of hops of one, and the relationships between them, ready for drawing."
          neighborhood(
            "The centre entity."
            id: ID!
        {{FieldDeclaration.ArgumentLines(Hops)}}
            "Relationship types to follow; all when absent."
            types: [RelationshipType!]
        {{FieldDeclaration.ArgumentLines(NodeLimit)}}
          ): GraphView!
          "Simple paths between two entities (no entity twice), shortest first, following relationships either way."
          paths(
            "The start entity."
            from: ID!
            "The end entity."
            to: ID!
        {{FieldDeclaration.ArgumentLines(MaxHops)}}
            "Relationship types a path may use; all when absent."
            types: [RelationshipType!]
        {{FieldDeclaration.ArgumentLines(PathsFirst)}}
          ): [Path!]!
          "Entities counted by label, property value, year, region, bloc or sector, with sums of an amount property (in base units: yuan for money) over the amounts stated in `sumUnit`."
          entityCounts(
            "The grouping."
            by: EntityGrouping!
            "The property grouped by (PROPERTY, YEAR)."
            property: EntityProperty
            "Keep only entities carrying this label."
            label: EntityLabel
            "Keep only entities matching."
            where: EntityWhere
            "Sum this amount property (`annualAmount`) in each group."
            sumOf: AmountProperty
        {{FieldDeclaration.ArgumentLines(SumUnit)}}
          ): [CountBucket!]!
          "Relationships counted by type, status, year, or the label, region, bloc or sector of their start entity, with the sums of their stated amounts (in base units: yuan for money) in `sumUnit`."
          relationshipCounts(
            "The grouping."
            by: RelationshipGrouping!
            "Keep only these relationship types."
            types: [RelationshipType!]
            "Keep only relationships whose start entity carries this label."
            label: EntityLabel
            "Keep only relationships whose start entity matches."
            where: EntityWhere
        {{FieldDeclaration.ArgumentLines(SumUnit)}}
          ): [CountBucket!]! @deprecated(reason: "{{RelationshipCountsReplacement}}")
        }
        """;
}
