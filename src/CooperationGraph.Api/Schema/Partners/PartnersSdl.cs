namespace CooperationGraph.Api.Schema.Partners;

/// <summary>The types <c>partners</c> answers with: <c>Partnership</c>, and every entity's <c>Placement</c>.</summary>
internal static class PartnersSdl
{
    public const string Text = """
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
        """;
}
