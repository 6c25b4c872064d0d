using CooperationGraph.Api.Schema.Declarations;

namespace CooperationGraph.Api.Schema;

/// <summary>
/// The fixed core of the cooperation schema, which outside tools rely on; <see cref="LabelSdl"/> generates the
/// per-label types around it from the graph model.
/// </summary>
internal static class CoreSdl
{
    /// <summary>The core types, with the root query type holding the fields given.</summary>
    public static string Write(IEnumerable<FieldDeclaration> queryFields) => $$"""
        "Anything addressable by a global id."
        interface Node {
          "The stable id, `prefix:slug` (`org:gx-dost`)."
          id: ID!
        }

        "A text in English and Chinese."
        type LocalizedText {
          "The English text."
          en: String
          "The Chinese text."
          zh: String
        }

        "Which way a relationship runs from the entity it is read from."
        enum Direction {
          "The entity is the start of the relationship."
          OUT
          "The entity is the end of the relationship."
          IN
        }

        "Whether a letter reports a relationship as done, under way, or announced as a next step."
        enum RelationshipStatus {
          "Announced as a next step (下一步): a plan that may or may not have follow-up."
          PLANNED
          "Reported as done (已实施)."
          IMPLEMENTED
          "Reported as under way (推进中)."
          ONGOING
        }

        "How much of a date a letter states."
        enum DatePrecision {
          "Only the year (`2020年`)."
          YEAR
          "Year and month (`2021年5月`)."
          MONTH
          "A calendar day (`2021年6月18日`)."
          DAY
        }

        "A date as a letter states it (日期)."
        type StatedDate {
          "The text exactly as written, such as `2021年5月`."
          text: String!
          "The normalised start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` by precision."
          value: String!
          "Whether the value names a year, a month or a day."
          precision: DatePrecision!
          "For a period (`“十三五”期间`), its normalised inclusive end."
          end: String
        }

        "What a stated amount covers (金额口径), as the letter's wording gives it."
        enum AmountPeriod {
          "Paid once (一次性): in the stated year, if one is stated."
          ONE_OFF
          "Paid each year (每年): the amount of one year, not a total."
          PER_YEAR
          "Accumulated up to the stated date (截至…累计)."
          CUMULATIVE
        }

        "A quantity as a letter states it (金额或数量)."
        type StatedAmount {
          "The text exactly as written, such as `224.5亿元`."
          text: String!
          "The value in base units (yuan for money: `4000万元` is 40000000)."
          value: Float!
          "ISO 4217 currency code for money (`CNY`)."
          currency: String
          "The unit of a non-money quantity (`enterprise`, `ratio`)."
          unit: String
        }

        "Where a node or relationship is stated (出处)."
        type Source {
          "The source document."
          document: Document!
          "The verbatim quote, an exact substring of the document's text; empty for reference works, which are cited, not quoted."
          quote: String!
          "The section of the letter's outline, such as `一/（二）/三是`, or `preamble`, `heading`, `closing`."
          section: String
        }

        "A relationship (关系), read from one of its ends: an entity's `relations` read it from that entity, every other list from its start (direction OUT, `other` = `end`)."
        type Relation {
          "The relationship's stable id (`rel:…`)."
          id: ID!
          "The relationship type from the graph model (`CO_BUILDS`)."
          type: String!
          "Whether the entity it is read from is its start (OUT) or its end (IN)."
          direction: Direction!
          "The entity at the other end."
          other: Entity!
          "The start entity."
          start: Entity!
          "The end entity."
          end: Entity!
          "The id of the start entity."
          from: ID!
          "The id of the end entity."
          to: ID!
          "The start entity's role in English (`co-builder`), if the letter states one (角色)."
          role: String
          "When, as stated (时间)."
          date: StatedDate
          "How much, as stated (金额)."
          amount: StatedAmount
          "What the amount covers: once, each year or accumulated; null when the relationship states no amount or its period is not recorded."
          amountPeriod: AmountPeriod
          "The body whose account in the letter states the amount: two bodies may report the same money; null when not recorded."
          amountReportedBy: Entity
          "Done, under way or planned (状态)."
          status: RelationshipStatus!
          "Where the relationship is stated."
          sources: [Source!]!
        }

        "Where planners and dashboards start: look-up by id, search, and filtered pages of entities."
        type Query {
        {{FieldDeclaration.Sdl(queryFields).TrimEnd('\n')}}
        }
        """;
}
