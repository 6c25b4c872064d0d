namespace CooperationGraph.Api.Schema.Partners;

/// <summary>The <c>partners</c> field and its <c>Partnership</c> type.</summary>
internal static class PartnersSdl
{
    public static string Text => $$""""
        "One partner in a partnership network."
        type Partnership {
          "The partner."
          partner: Entity!
          "Hops from the entity asked about (1 = a direct partner)."
          distance: Int!
          "The partner's bloc, from the region it is located in (following PART_OF up to a province/SAR); null when unknown."
          bloc: Bloc
          "The relationships of one shortest path from the entity asked about to the partner, in order."
          via: [GraphEdge!]!
        }

        extend type Query {
          """
          Partners of an entity within `depth` hops over cooperation relationships (not LOCATED_IN, IN_SECTOR,
          PART_OF or provenance links), nearest first, then by id. The cooperation relationships, followed either way:
          {{CooperationRelationshipTypes.Documented}}.
          """
          partners(
            "The entity whose partners are wanted."
            of: ID!
            "Keep only partners of this bloc (every hop is still walked, whatever the bloc of the entities on the way)."
            bloc: Bloc
            "Hops from the entity (1 to {{PartnerNetwork.MaxDepth}})."
            depth: Int = 1
            "At most this many partners (1 to {{PartnerNetwork.MaxPartners}})."
            first: Int = 100
          ): [Partnership!]!
        }
        """";
}
