using CooperationGraph.Api.Schema.Declarations;
using static CooperationGraph.Api.Schema.Analytics.AnalyticsArguments;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>The analytics part of the cooperation schema (<c>extend type Query</c>), its arguments from <see cref="AnalyticsArguments"/>.</summary>
internal static class AnalyticsSdl
{
    public static string Text => $$"""
        "How a projection weighs the relationships between two entities."
        enum EdgeWeighting {
          "The number of relationships (facts) between them."
          FACT_COUNT
          "The sum of their stated amounts (yuan for money); a pair stating none is left out."
          AMOUNT
          "Every connected pair weighs 1."
          UNWEIGHTED
        }

        "The part of the graph an algorithm runs on."
        input ProjectionInput {
          "Keep entities carrying any of these labels (abstract ones too: `Organisation`); every entity but documents when absent."
          labels: [EntityLabel!]
          "Keep relationships of these types; every type when absent."
          types: [RelationshipType!]
        {{FieldDeclaration.InputFieldLines(Directed, Weighting)}}
        }

        "A centrality measure (graphology and NetworkX conventions)."
        enum CentralityMeasure {
          "Summed edge weight, divided by n − 1."
          DEGREE
          "PageRank; scores sum to 1."
          PAGERANK
          "Brandes betweenness, normalised; sampled when `samples` is given."
          BETWEENNESS
          "Closeness over hop distances (Wasserman–Faust for disconnected graphs)."
          CLOSENESS
          "The sum of reciprocal hop distances."
          HARMONIC
          "Eigenvector centrality, unit Euclidean norm."
          EIGENVECTOR
        }

        "An entity's score under a measure."
        type EntityScore {
          "The entity's id."
          id: ID!
          "The entity."
          entity: Entity
          "The score; null where the measure is undefined (an isolated entity's constraint)."
          score: Float
        }

        "A community detection algorithm, seeded so results are reproducible."
        enum CommunityAlgorithm {
          "Louvain modularity optimisation."
          LOUVAIN
          "Leiden: Louvain with refinement, so every community is connected."
          LEIDEN
        }

        "One community of a partition."
        type Community {
          "Its number: communities are numbered in the order of their first entity."
          id: Int!
          "How many members it has."
          size: Int!
          "Its members' ids, ordered."
          memberIds: [ID!]!
          "Its members, with their names."
          members: [Entity!]!
        }

        "A partition of a projection into communities."
        type CommunityPartition {
          "The algorithm that found it."
          algorithm: CommunityAlgorithm!
          "Its modularity at the resolution asked for."
          modularity: Float!
          "How many communities there are."
          count: Int!
          "The largest communities first (ties by number)."
          communities(
        {{FieldDeclaration.ArgumentLines(RankedFirst)}}
          ): [Community!]!
        }

        "An entity's brokerage between the blocs (Guangxi, Greater Bay Area, Other) and its structural holes."
        type Broker {
          "The entity's id."
          id: ID!
          "The entity."
          entity: Entity
          "Its bloc, from the cooperation model's placement; null when unplaced."
          bloc: Bloc
          "Burt's constraint (low: many structural holes); null for an isolated entity."
          constraint: Float
          "Burt's effective size; null for an isolated entity."
          effectiveSize: Float
          "Brokered two-step paths within its own bloc."
          coordinator: Int!
          "Paths from outside into its bloc."
          gatekeeper: Int!
          "Paths from its bloc to outside."
          representative: Int!
          "Paths between members of one other bloc."
          itinerant: Int!
          "Paths between two other, different blocs."
          liaison: Int!
          "All brokered paths."
          total: Int!
        }

        "What a finding rests on."
        type GapEvidence {
          "The entities it names."
          entityIds: [ID!]!
          "The entities it names, with their names."
          entities: [Entity!]!
          "The relationships it rests on."
          relationshipIds: [ID!]!
          "The relationships it rests on, each read from its start (`other` is its end), with its status and sources."
          relationships: [Relation!]!
          "Their sources: document, section and verbatim quote."
          sources: [Source!]!
        }

        "How a link joins two cities."
        enum CityLinkKind {
          "One relationship between an actor in each city."
          DIRECT
          "A lab, agreement, fund, programme, event or park with a party, or itself, in each city."
          SHARED_HUB
        }

        "One piece of cooperation between two cities."
        type CityLink {
          "The relationship id (direct) or the hub's id."
          id: ID!
          "The shared artefact (for a link through one); null for a direct link."
          artefact: Entity
          "Direct or through a shared hub."
          kind: CityLinkKind!
          "The strongest status of its ties, a tie being as strong as its weakest relationship (planned < ongoing < implemented); only the statuses asked for count."
          status: RelationshipStatus!
          "Its parties placed in the row (the Guangxi side), with their names."
          rowParties: [Entity!]!
          "Its parties placed in the column (the Greater Bay Area side), with their names."
          columnParties: [Entity!]!
          "The relationships that make the link, placements left out, each with its status and the letter's verbatim sentence (`sources`). Read from the artefact when they touch it (`other` is the party), else from their start (`other` is their end)."
          relationships: [Relation!]!
          "The relationship types involved."
          relationshipTypes: [String!]! @deprecated(reason: "Use `relationships { type }`.")
          "The link in plain words."
          explanation: String!
          "Its evidence, placements included."
          evidence: GapEvidence!
        }

        "The cooperation between a Guangxi city and a Greater Bay Area city."
        type MatrixCell {
          "The Guangxi city's id."
          guangxiCityId: ID!
          "The row: a Guangxi city, or the province for bodies placed only there."
          row: Entity!
          "The column: a Greater Bay Area city, Hong Kong, Macao, or Guangdong for bodies placed only in the province."
          column: Entity!
          "The Greater Bay Area city's id."
          greaterBayAreaCityId: ID!
          "How many links, each counted once."
          count: Int!
          "The relationship types behind the links."
          kinds: [String!]!
          "The links."
          links: [CityLink!]!
          "The cell in plain words."
          explanation: String!
        }

        "Every Guangxi prefecture-level city against every Greater Bay Area city."
        type CooperationMatrix {
          "The rows, by administrative code."
          guangxiCityIds: [ID!]!
          "The rows, with their names."
          rows: [Entity!]!
          "The columns, with their names."
          columns: [Entity!]!
          "The columns, by administrative code."
          greaterBayAreaCityIds: [ID!]!
          "The cells, row by row."
          cells(
        {{FieldDeclaration.ArgumentLines(NonEmptyOnly)}}
          ): [MatrixCell!]!
        }

        "A sector where Guangxi actors are active but no cross-region artefact (lab, agreement, fund, programme, event, enclave) exists."
        type SectorGap {
          "The sector's id."
          sectorId: ID!
          "The sector's Chinese name."
          sectorName: String!
          "The sector."
          sector: Entity!
          "The Guangxi actors active in it, with their names."
          guangxiActors: [Entity!]!
          "The Guangxi actors active in it."
          guangxiActorIds: [ID!]!
          "What they are active through: themselves or hubs in the sector."
          activityIds: [ID!]!
          "What they are active through, with the names."
          activities: [Entity!]!
          "The gap in plain words."
          explanation: String!
          "Its evidence."
          evidence: GapEvidence!
        }

        "Which institution gap."
        enum InstitutionGapKind {
          "A Guangxi institution with no Greater Bay Area partner."
          NO_GREATER_BAY_AREA_PARTNER
          "A Greater Bay Area institution linked to exactly one Guangxi institution."
          SINGLE_GUANGXI_PARTNER
        }

        "An institution whose cross-region partnerships are missing or hang on one partner."
        type InstitutionGap {
          "Which gap."
          kind: InstitutionGapKind!
          "The institution's id."
          institutionId: ID!
          "The institution's Chinese name."
          institutionName: String!
          "The institution."
          institution: Entity!
          "Its partners on the other side, with their names."
          partners: [Entity!]!
          "Its partners on the other side: none, or the single one."
          partnerIds: [ID!]!
          "The gap in plain words."
          explanation: String!
          "Its evidence."
          evidence: GapEvidence!
        }

        "A plan a letter announces that no done or ongoing relationship realises."
        type PlanGap {
          "The planned relationship's id."
          relationshipId: ID!
          "The planned relationship, read from who plans (`other` is what is planned), with its sources."
          relationship: Relation!
          "Its type."
          type: String!
          "Who plans."
          fromId: ID!
          "What is planned."
          toId: ID!
          "Who plans, with the name."
          from: Entity
          "What is planned, with the name."
          to: Entity
          "The plan in plain words, with its quote."
          explanation: String!
          "Its evidence."
          evidence: GapEvidence!
        }

        "How finely the cooperation matrix places actors."
        enum MatrixLevel {
          "Cities (and SARs), with a province-level row and column for bodies placed only in a province."
          CITY
          "Provinces and SARs."
          PROVINCE
        }

        "Every collaboration gap of the graph."
        type CollaborationGaps {
          "Sectors without a cross-region lab, agreement or fund."
          sectors: [SectorGap!]!
          "Guangxi institutions without a Greater Bay Area partner, then Greater Bay Area institutions with one Guangxi partner."
          institutions: [InstitutionGap!]!
          "Plans without follow-up."
          plans: [PlanGap!]!
          "The city × city matrix's empty cells."
          emptyCells: [MatrixCell!]!
        }

        "A Guangxi and a Greater Bay Area institution not yet partners, ranked as a natural pair."
        type PartnerRecommendation {
          "The Guangxi institution's id."
          guangxiInstitutionId: ID!
          "The Greater Bay Area institution's id."
          greaterBayAreaInstitutionId: ID!
          "The Guangxi institution, with its name."
          guangxiInstitution: Entity!
          "The Greater Bay Area institution, with its name."
          greaterBayAreaInstitution: Entity!
          "The combined score in [0, 1]: the mean of the max-normalised Adamic–Adar, resource allocation, neighbourhood Jaccard and sector Jaccard."
          score: Float!
          "The Adamic–Adar index."
          adamicAdar: Float!
          "The resource allocation index."
          resourceAllocation: Float!
          "The Jaccard coefficient of their neighbourhoods."
          jaccard: Float!
          "The Jaccard overlap of their sectors."
          sectorSimilarity: Float!
          "Sectors both are active in."
          sharedSectorIds: [ID!]!
          "Sectors both are active in, with their names."
          sharedSectors: [Entity!]!
          "Entities both cooperate with."
          commonPartnerIds: [ID!]!
          "Entities both cooperate with, with their names."
          commonPartners: [Entity!]!
          "A shortest path between them through cooperation links, both ends included; empty when none."
          pathEntityIds: [ID!]!
          "The same path, with the names."
          path: [Entity!]!
          "Why, in plain words."
          explanation: String!
          "Its evidence."
          evidence: GapEvidence!
        }

        extend type Query {
          "The entities ranked by a centrality measure on a projection, best first (ties by id)."
          centrality(
            "The measure."
            measure: CentralityMeasure!
            "The part of the graph; every entity but documents, undirected, weighted by fact count when absent."
            projection: ProjectionInput
        {{FieldDeclaration.ArgumentLines(RankedFirst, Damping, Samples, SamplingSeed)}}
          ): [EntityScore!]!
          "Communities of a projection (Louvain or Leiden, seeded: the same seed gives the same partition)."
          communities(
        {{FieldDeclaration.ArgumentLines(Algorithm)}}
            "The part of the graph."
            projection: ProjectionInput
        {{FieldDeclaration.ArgumentLines(Resolution, VisitingSeed)}}
          ): CommunityPartition!
          "Entities brokering between the blocs, most brokered paths first, with Burt's constraint and effective size."
          brokers(
            "The part of the graph."
            projection: ProjectionInput
        {{FieldDeclaration.ArgumentLines(RankedFirst)}}
          ): [Broker!]!
          "Guangxi × Greater Bay Area institution pairs not yet partners, best first."
          recommendPartners(
        {{FieldDeclaration.ArgumentLines(RecommendationsFirst)}}
          ): [PartnerRecommendation!]!
          "Guangxi against the Greater Bay Area, with the ties between each pair of places (the cooperation model's ties: a shared artefact counted once per cell, a direct relationship once per sentence). CITY: the 14 Guangxi cities and a province-level row for bodies placed only in Guangxi × the 9 Guangdong cities, Hong Kong, Macao and a province-level Guangdong column; PROVINCE: Guangxi × Guangdong, Hong Kong, Macao."
          cooperationMatrix(
        {{FieldDeclaration.ArgumentLines(Level, StatusArgument.Counted)}}
          ): CooperationMatrix!
          "One cell of the matrix (city level when both are cities or a province, province level when both are provinces or SARs); null when either is no row or column."
          matrixCell(
            "A Guangxi city, or Guangxi itself."
            row: ID!
            "A Greater Bay Area city, Hong Kong, Macao, or Guangdong."
            column: ID!
        {{FieldDeclaration.ArgumentLines(CellStatus)}}
          ): MatrixCell
          "Sectors where Guangxi actors are active but no cross-region artefact (lab, agreement, fund, programme, event, enclave) exists."
          sectorCoverage: [SectorGap!]!
          "Every collaboration gap: sectors, institutions, plans without follow-up, empty matrix cells."
          collaborationGaps: CollaborationGaps!
          "Plans the letters announce with no implemented or ongoing relationship realising them."
          plansWithoutFollowUp(
        {{FieldDeclaration.ArgumentLines(PlansFirst)}}
          ): [PlanGap!]!
        }
        """;
}
