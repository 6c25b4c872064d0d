namespace CooperationGraph.GraphQL.Tests.Utilities;

/// <summary>SDL documents exercising every part of the type system, shared by the comparisons with graphql-js.</summary>
internal static class SampleSchemas
{
    public const string KitchenSink = """"
        "The schema of a cooperation registry."
        schema {
          query: Root
          mutation: Changes
        }

        "Marks a field as costly."
        directive @cost(weight: Int = 1, "Why it costs." reason: String) repeatable on FIELD_DEFINITION | OBJECT

        directive @tag(name: String!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY

        """
        A date and time.
        Written in ISO 8601.
        """
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        scalar Json

        interface Node {
          id: ID!
        }

        interface Party implements Node {
          id: ID!
          "The registered name."
          name(locale: String = "zh-CN"): String!
        }

        type Organisation implements Party & Node @cost(weight: 2) {
          id: ID!
          name(locale: String = "zh-CN"): String!
          region: Region @deprecated
          partners(first: Int = 10, after: String, kind: PartnerKind = COMPANY): [Party!]! @cost @cost(weight: 3)
          founded: DateTime
          legacyCode: String @deprecated(reason: "Use `id`.")
        }

        type Person implements Node & Party {
          id: ID!
          name(locale: String = "zh-CN"): String!
          score(scale: Float = 1.5, oldScale: Float @deprecated(reason: "No scaling any more")): Float
        }

        union SearchResult = Organisation | Person

        "Where a party sits."
        enum Region {
          "Guangxi Zhuang Autonomous Region"
          GUANGXI
          GUANGDONG
          HONG_KONG @deprecated(reason: "Reported as GREATER_BAY")
          MACAO @deprecated
        }

        enum PartnerKind { COMPANY UNIVERSITY INSTITUTE }

        input Filter {
          regions: [Region!] = [GUANGXI, GUANGDONG]
          text: String = "科技"
          nested: FilterDetail
          limit: Int! = 20
          legacy: Boolean @deprecated(reason: "Ignored.")
        }

        input FilterDetail {
          since: DateTime
          tags: [[String]] = [["a"], ["b", null]]
          extra: Json
        }

        input PartyRef @oneOf {
          id: ID
          name: String
        }

        type Root {
          node(id: ID!): Node
          search(filter: Filter = {text: "x"}, ref: PartyRef): [SearchResult]
          regions: [Region!]!
          count: Int
        }

        type Changes {
          "Adds an organisation."
          addOrganisation(
            "The name."
            name: String!

            region: Region = GUANGXI
          ): Organisation
        }

        extend type Root {
          version: String!
        }

        extend enum PartnerKind { GOVERNMENT }

        type Project {
          code: String!
          partners: [Organisation]
        }

        extend union SearchResult = Project
        """";

    public const string Minimal = """
        type Query {
          hello: String
        }
        """;

    public const string WithSubscription = """
        type Query { a: Int }
        type Mutation { b(x: Int!): Int }
        type Subscription { tick: Int! }
        """;
}
