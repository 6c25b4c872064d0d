namespace CooperationGraph.Api.Schema;

/// <summary>
/// The inputs that filter and sort lists: <c>EntityWhere</c> (translated by <see cref="WhereTranslator"/>),
/// <c>RelationWhere</c> (applied by <see cref="RelationFilter"/>) and their sort keys.
/// </summary>
internal static class FilterSdl
{
    public const string Text = """
        "A test on one declared property (a property of the graph model, such as `bloc` or `annualAmount`)."
        input PropertyCondition {
          "The property: a misspelt one is a validation error that suggests the right one."
          name: EntityProperty!
          "Equals: text, number, `true`/`false`, a date (`2021-06-18`) or an enum value as the model spells it."
          eq: String
          "Equals one of these."
          in: [String!]
          "Contains this text, ignoring ASCII case (text and text-list properties)."
          contains: String
          "Greater than (numbers, amounts in base units, dates by their start)."
          gt: String
          "Greater than or equal."
          gte: String
          "Less than."
          lt: String
          "Less than or equal."
          lte: String
        }

        "A test on the entity's relationships of some types in one direction (the scope) and on what lies at their other end: `related: {type: CO_BUILDS, direction: IN, otherEnd: {bloc: GUANGXI}}` keeps what a Guangxi body co-builds. A relationship matches when every test given (`relationship`, `other`, `otherEnd`) holds; `quantifier` says how many in scope must match."
        input RelatedCondition {
          "The relationship type; any type when absent."
          type: RelationshipType
          "The relationship type is one of these."
          type_in: [RelationshipType!]
          "OUT (default): the entity is the start; IN: the end."
          direction: Direction
          "SOME (default): at least one relationship in scope matches; NONE: none does; ALL: every one does — vacuously true for an entity without any relationship in scope."
          quantifier: Quantifier = SOME
          "A test on the relationship itself (its status)."
          relationship: RelationshipCondition
          "The entity at the other end passes this predicate: its id, label, bloc, region or city, sector, properties, and its own relationships, combined with and/or/not."
          otherEnd: EntityWhere
          "The entity at the other end; any entity when absent."
          other: ID @deprecated(reason: "Use `otherEnd: {id: …}`.")
        }

        "How many of an entity's relationships in a `RelatedCondition`'s scope must match it."
        enum Quantifier {
          "At least one."
          SOME
          "Not one."
          NONE
          "Every one; true when the entity has none in scope."
          ALL
        }

        "A test on a relationship of a `RelatedCondition`; all tests given must hold."
        input RelationshipCondition {
          "The status equals (状态)."
          status: RelationshipStatus
          "The status is one of."
          status_in: [RelationshipStatus!]
        }

        "A predicate on entities; all conditions given must hold."
        input EntityWhere {
          "Every one of these holds."
          and: [EntityWhere!]
          "At least one of these holds."
          or: [EntityWhere!]
          "This does not hold."
          not: EntityWhere
          "The id equals."
          id: ID
          "The id is one of."
          id_in: [ID!]
          "The Chinese name equals."
          name: String
          "The Chinese name is one of."
          name_in: [String!]
          "The Chinese name contains."
          name_contains: String
          "The English name contains, ignoring ASCII case."
          nameEn_contains: String
          "Carries this label, concrete or abstract (`University`, `Organisation`): the kind of entity."
          label: EntityLabel
          "Carries one of these labels."
          label_in: [EntityLabel!]
          "Is a region of this bloc, or is located in one (a `LOCATED_IN` relationship to a region of the bloc), or is placed in the bloc through the park, zone or body it is located in or part of, as a partnership's `bloc` is found."
          bloc: Bloc
          "Is of one of these blocs."
          bloc_in: [Bloc!]
          "Lies in this region — a city, a province or the region itself — as the cooperation model places entities (a `LOCATED_IN` relationship to it or to a region inside it, or through the park, zone or body it is part of)."
          region: ID
          "Works in or concerns this sector (an `IN_SECTOR` relationship to it)."
          sector: ID
          "Has relationships of a type whose other end passes a predicate (see `RelatedCondition`)."
          related: RelatedCondition
          "Property tests."
          properties: [PropertyCondition!]
        }

        "A predicate on relationships, read from an entity (its `relations`) or from their start (the root `relationships`); all conditions given must hold."
        input RelationWhere {
          "Every one of these holds."
          and: [RelationWhere!]
          "At least one of these holds."
          or: [RelationWhere!]
          "This does not hold."
          not: RelationWhere
          "The relationship type equals (`CO_BUILDS`)."
          type: RelationshipType
          "The relationship type is one of."
          type_in: [RelationshipType!]
          "OUT: the entity is the start; IN: the end."
          direction: Direction
          "The status equals (状态)."
          status: RelationshipStatus
          "The status is one of."
          status_in: [RelationshipStatus!]
          "The entity at the other end is this one."
          other: ID
          "The entity at the other end is one of these."
          other_in: [ID!]
          "The start entity's role contains this text, ignoring ASCII case (`co-builder`)."
          role_contains: String
          "The date starts on or after this day (`2021`, `2021-05`, `2021-05-20`)."
          date_gte: String
          "The date starts on or before this day."
          date_lte: String
          "The amount is at least this, in base units (yuan for money)."
          amount_gte: Float
          "The amount is at most this, in base units."
          amount_lte: Float
          "The amount is stated in this currency (ISO 4217, `CNY`) or, for a quantity that is not money, this unit."
          amountUnit: String
          "The amount covers this period (once, each year, accumulated)."
          amountPeriod: AmountPeriod
          "The relationship is stated in this document (the letter's id, `doc:…`)."
          source: ID
          "The start entity matches (root `relationships` and `relationshipAggregate` only)."
          start: EntityWhere
          "The end entity matches (root `relationships` and `relationshipAggregate` only)."
          end: EntityWhere
          "The start or the end entity matches (root `relationships` and `relationshipAggregate` only)."
          either: EntityWhere
        }

        "What relationships can be sorted by."
        enum RelationSortField {
          "The relationship id."
          ID
          "The relationship type."
          TYPE
          "The start of the stated date; undated ones last."
          DATE
          "The stated amount; those without one last."
          AMOUNT
        }

        "One sort key for relationships; ties are broken by relationship id."
        input RelationOrder {
          "The key."
          field: RelationSortField!
          "The direction; ascending by default."
          direction: SortDirection = ASC
        }

        "Ascending or descending."
        enum SortDirection {
          "Smallest first."
          ASC
          "Largest first."
          DESC
        }

        "One sort key; ties are always broken by id, so paging is stable."
        input EntityOrder {
          "`id`, `name`, `nameEn` or a property name (dates sort by start, amounts by value); entities lacking it sort last."
          field: EntitySortField!
          "The direction; ascending by default."
          direction: SortDirection = ASC
        }
        """;
}
