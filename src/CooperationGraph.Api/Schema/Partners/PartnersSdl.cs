namespace CooperationGraph.Api.Schema.Partners;

/// <summary>The <c>partners</c> field, its <c>Partnership</c> type and every entity's <c>Placement</c>.</summary>
internal static class PartnersSdl
{
    public const int MaxDepth = 4;

    public const int MaxPartners = 1000;

    public static string Text => $$""""
        "How two actors are tied."
        enum TieKind {
          "A cooperation relationship between the two (COOPERATES_WITH)."
          DIRECT
          "Both take part in one artefact: a lab, platform, agreement, event, programme, fund or enclave."
          SHARED_ARTEFACT
        }

        "Where an entity is, as the cooperation model places it (see graph-schema/README.md, 'Cooperation roles')."
        type Placement {
          "The prefecture-level city it lies in (a SAR stands as its own city); null when none."
          city: Entity
          "The province, autonomous region, municipality or SAR it lies in; null when none."
          province: Entity
          "Its bloc; null when unplaced."
          bloc: Bloc
          "The LOCATED_IN, PART_OF and HOSTS relationships that placed it, from the entity outwards."
          path: [Relation!]!
        }

        "One partner of the entity asked about, with the tie that makes it one."
        type Partnership {
          "The partner."
          partner: Entity!
          "The actor on the asked side: the entity itself when it acts, else the actor placed in it (a city's bureau) or taking part in it."
          local: Entity!
          "Ties away from the local actor (1 = its own partner)."
          distance: Int!
          "The partner's bloc, from its placement; null when unplaced."
          bloc: Bloc
          "The kind of the (last) tie."
          kind: TieKind!
          "The shared artefact of the (last) tie; null for a direct one."
          artefact: Entity
          "The weakest status along the way (PLANNED < ONGOING < IMPLEMENTED)."
          status: RelationshipStatus!
          "The relationship types in `via`, in order of first use."
          relationshipTypes: [String!]!
          "The relationships of the tie (or of the ties on the way for distance > 1), from the local actor on."
          via: [Relation!]!
          "The quotes of those relationships."
          evidence: [Source!]!
        }

        extend type Query {
          """
          Partners of an entity: the ties of every actor it stands for (itself when it acts; for a region, every actor
          placed in it, its sub-regions included; for an artefact, the actors taking part in it) to actors outside it,
          nearest first, then by local actor, partner and artefact. A tie is a cooperation relationship between two actors
          or an artefact both take part in; support from a funder or government, an actor's own units and branches, and
          placement or classification links make none. One partnership per tie.
          """
          partners(
            "The entity whose partners are wanted: an actor, a region (city, province, SAR) or an artefact."
            of: ID!
            "Keep only partners placed in this bloc (the walk itself crosses any bloc)."
            bloc: Bloc
            "The statuses whose relationships count; plans only when asked for."
            status: [RelationshipStatus!] = [IMPLEMENTED, ONGOING]
            "Ties away (1 to {{MaxDepth}}): 1 gives the entity's own partners, 2 adds the partners of those."
            depth: Int = 1
            "At most this many partnerships (1 to {{MaxPartners}})."
            first: Int = 100
          ): [Partnership!]!
        }
        """";
}
