using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Relationships;

/// <summary>Every relationship of the graph as a root connection, and counts grouped by up to two dimensions.</summary>
internal static class RelationshipsSdl
{
    /// <summary>The paging of the root <c>relationships</c> connection: as many per page as an entity's, up to 1000.</summary>
    public static Paging Paging { get; } = new("relationship", ConnectionSdl.Relations.DefaultFirst, 1000);

    public static DefaultedArgument<string> SumUnit { get; } = DefaultedArgument.Text(
        "sumUnit",
        "The currency (ISO 4217) or, for quantities that are not money, the unit summed; amounts stated in another are left out of the statistics.",
        AggregateQuery.DefaultSumUnit);

    public static string Text => $$"""
        "What relationships are grouped by in `relationshipAggregate`; keys are enum values, years or ids, and `UNKNOWN` gathers those without one."
        enum RelationshipDimension {
          "The relationship type (`FUNDS`)."
          TYPE
          "The status (`PLANNED`, `IMPLEMENTED`, `ONGOING`)."
          STATUS
          "The start year of the date (`2020`); `UNKNOWN` when undated."
          YEAR
          "What the amount covers (`ONE_OFF`, `PER_YEAR`, `CUMULATIVE`): tells a yearly amount from a one-off one; `UNKNOWN` when no amount or no period is recorded."
          AMOUNT_PERIOD
          "The concrete label of the start entity: the kind of actor (`University`)."
          LABEL
          "The bloc of the start entity (`GUANGXI`, `GREATER_BAY_AREA`, `OTHER`); `UNKNOWN` when unplaced."
          BLOC
          "The city the start entity lies in, keyed by region id (its name in `names`); `UNKNOWN` when none."
          CITY
          "Every region the start entity lies in (its city, its province or SAR, and the regions above), keyed by region id (its name in `names`); one in several counts in each; `UNKNOWN` when none."
          REGION
          "The sector of the start entity (`IN_SECTOR`), keyed by sector id (its name in `names`); one in two sectors counts in both; `UNKNOWN` when none."
          SECTOR
          "The start entity, keyed by id: the payer of a `FUNDS` link, the builder of a `CO_BUILDS` one."
          START
          "The end entity, keyed by id: the recipient or fund of a `FUNDS` link, the lab of a `CO_BUILDS` one."
          END
        }

        "What entities are grouped by in `entityAggregate`; `UNKNOWN` gathers those without one."
        enum EntityDimension {
          "The concrete label (`University`)."
          LABEL
          "The bloc (`GUANGXI`, `GREATER_BAY_AREA`, `OTHER`); `UNKNOWN` when unplaced."
          BLOC
          "The city the entity lies in (a city itself left out, as with REGION), keyed by region id (its name in `names`); `UNKNOWN` when none."
          CITY
          "Every region the entity lies in (its city, its province or SAR, and the regions above; a region itself left out), keyed by region id (its name in `names`); one in several counts in each; `UNKNOWN` when none."
          REGION
          "The sector (`IN_SECTOR`), keyed by sector id (its name in `names`); one in two sectors counts in both; `UNKNOWN` when none."
          SECTOR
        }

        "One group of relationships for a dashboard chart, with the statistics of their amounts."
        type RelationshipBucket {
          "One key per dimension, in the order of `by`: an enum value, a year, an id or `UNKNOWN`."
          keys: [String!]!
          "Beside each key, the name of the entity an id key stands for (a city, a region, a sector, an end); null for the other keys."
          names: [String]!
          "How many relationships fall in the group (possible second reports of an amount included: each is a stated fact)."
          count: Int!
          "How many of them state an amount in `sumUnit` that is summed (possible second reports left out)."
          amountCount: Int!
          "The sum of those amounts in base units (yuan for money), each as stated (a yearly amount once: see the `AMOUNT_PERIOD` dimension); null when none."
          amountSum: Float
          "The smallest of those amounts; null when none."
          amountMin: Float
          "The largest of those amounts; null when none."
          amountMax: Float
          "Their mean, `amountSum / amountCount`; null when none."
          amountAvg: Float
          "The amounts left out of the statistics because they may report money another relationship reports already (same type, payer, recipient and year, another reporting body); null when none."
          possibleDuplicateAmountSum: Float
        }

        "One group of entities for a dashboard chart."
        type EntityBucket {
          "One key per dimension, in the order of `by`: a label, an enum value, an id or `UNKNOWN`."
          keys: [String!]!
          "Beside each key, the name of the entity an id key stands for (a city, a region, a sector); null for the other keys."
          names: [String]!
          "How many entities fall in the group."
          count: Int!
        }

        extend type Query {
          "Every relationship of the graph, filtered, sorted and paged; each read from its start (direction OUT, `other` = `end`)."
          relationships(
            "The predicate: type, status, date and amount ranges, either end, the letter that states it."
            where: RelationWhere
            "Sort keys, most significant first; by relationship id when absent."
            orderBy: [RelationOrder!]
        {{FieldDeclaration.ArgumentLines([.. Paging.Arguments])}}
          ): RelationConnection!
          "Relationships counted, and their amounts summed, grouped by one or two dimensions (type × status, year × bloc, city × sector) in one request."
          relationshipAggregate(
            "One or two distinct dimensions; each group has one key per dimension."
            by: [RelationshipDimension!]!
            "Keep only the relationships matching: the same predicate as `relationships`."
            where: RelationWhere
        {{FieldDeclaration.ArgumentLines(SumUnit)}}
          ): [RelationshipBucket!]!
          "Entities counted, grouped by one or two dimensions (label × bloc, city × sector) in one request."
          entityAggregate(
            "One or two distinct dimensions; each group has one key per dimension."
            by: [EntityDimension!]!
            "Keep only the entities matching: the same predicate as `entities`."
            where: EntityWhere
          ): [EntityBucket!]!
        }
        """;
}
