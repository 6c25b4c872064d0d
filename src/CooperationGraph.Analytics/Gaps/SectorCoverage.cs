using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;

namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Sectors where Guangxi is active but has no cross-region instrument. A Guangxi actor (an organisation or
/// region placed in the Guangxi bloc) is <b>active</b> in a sector when it is IN_SECTOR of it, or takes part
/// in an artefact (lab, agreement, fund, programme, event, project, enclave) that is. A sector is <b>covered</b> when
/// an artefact of any kind IN_SECTOR of it is <b>cross-region</b>: among its
/// participants, and itself, lie both a Guangxi and a Greater Bay Area entity; a body's own unit placed across the
/// line from the body (a branch, sub-centre or institute) covers the sectors it is in as well. Only the sector a relationship
/// names counts (an activity in 甘蔗 does not cover its parent sector). Supporting or promoting an artefact is activity
/// in its sector; an artefact aimed at a region (a classification relationship to it) counts that region's bloc among
/// its own. Planned relationships count for neither.
/// </summary>
internal static class SectorCoverage
{
    public static IReadOnlyList<SectorGap> Find(CooperationIndex index)
    {
        var gaps = new List<SectorGap>();
        foreach (var sector in index.NodesWhere(CooperationVocabulary.IsSector))
        {
            var inSector = (index.Incoming.GetValueOrDefault(sector.Id) ?? [])
                .Where(r => r.Type == "IN_SECTOR" && r.Status != RelationshipStatus.Planned)
                .ToList();
            if (inSector.Any(r => IsCrossRegionCover(index, r.FromId) || IsUnitAcrossTheLine(index, r.FromId)))
            {
                continue;
            }

            var evidence = new EvidenceBuilder().Entity(sector.Id);
            var actors = new SortedSet<string>(StringComparer.Ordinal);
            var through = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var link in inSector)
            {
                if (IsGuangxiActor(index, link.FromId))
                {
                    actors.Add(link.FromId);
                    through.Add(link.FromId);
                    evidence.Relationship(link);
                }

                foreach (var participation in index.Participants.GetValueOrDefault(link.FromId) ?? [])
                {
                    if (IsGuangxiActor(index, participation.ActorId))
                    {
                        actors.Add(participation.ActorId);
                        through.Add(link.FromId);
                        evidence.Relationship(link).Relationships(participation.Relationships);
                    }
                }

                // Supporting a programme, or being supported by one, is activity in its sector, though no partnership
                // (可持续发展专项 supports the Guilin sustainable-development zone).
                var supported = index.IncomingOfRole(link.FromId, RelationshipRole.Support).Select(support => (Party: support.FromId, Support: support))
                    .Concat(index.OutgoingOfRole(link.FromId, RelationshipRole.Support).Select(support => (Party: support.ToId, Support: support)));
                foreach (var (party, support) in supported)
                {
                    if (IsGuangxiParty(index, party))
                    {
                        actors.Add(party);
                        through.Add(link.FromId);
                        evidence.Relationship(link).Relationship(support);
                    }
                }
            }

            if (actors.Count == 0)
            {
                continue;
            }

            evidence.Entities(actors).Entities(through);
            var names = string.Join("; ", actors.Select(id => index.Nodes[id].Name));
            var text = $"Guangxi actors are active in {sector.Name} ({sector.NameEn}) — {names} — "
                + "but no lab, agreement, fund, programme, event or enclave in this sector has both a Guangxi and a Greater Bay Area party.";
            gaps.Add(new SectorGap(sector.Id, sector.Name, [.. actors], [.. through], text, evidence.Build()));
        }

        return gaps;
    }

    private static bool IsGuangxiParty(CooperationIndex index, string id) =>
        (index.IsActor(index.Nodes[id]) || index.IsHub(index.Nodes[id])) && index.PlacementOf(id).IsIn(Bloc.Guangxi);

    private static bool IsGuangxiActor(CooperationIndex index, string id) =>
        index.IsActor(index.Nodes[id]) && index.PlacementOf(id).IsIn(Bloc.Guangxi);

    // 桂林电子科技大学's 电子信息与先进制造技术研究院 in Shenzhen (000:76) is Guangxi at work in the Bay Area: no partner of
    // the university (its own unit), but the sector is not one where Guangxi has no cross-region presence.
    private static bool IsUnitAcrossTheLine(CooperationIndex index, string id)
    {
        if (!index.IsActor(index.Nodes[id]))
        {
            return false;
        }

        var blocs = index.IncomingOfRole(id, RelationshipRole.Branch)
            .SelectMany(branch => index.PlacementOf(branch.FromId).Blocs)
            .Concat(index.PlacementOf(id).Blocs)
            .ToHashSet();
        return blocs.Contains(Bloc.Guangxi) && blocs.Contains(Bloc.GreaterBayArea);
    }

    private static bool IsCrossRegionCover(CooperationIndex index, string hubId)
    {
        var hub = index.Nodes[hubId];
        if (!index.IsHub(hub))
        {
            return false;
        }

        // Its parties, itself, and the regions it is aimed at (港澳台英才聚桂计划 brings Hong Kong and Macao talent to Guangxi).
        var aimedAt = index.OutgoingOfRole(hubId, RelationshipRole.Classification)
            .Where(relationship => CooperationVocabulary.IsRegion(index.Nodes[relationship.ToId]))
            .Select(relationship => CooperationVocabulary.BlocOf(index.Nodes[relationship.ToId]));
        var blocs = (index.Participants.GetValueOrDefault(hubId) ?? [])
            .SelectMany(p => index.PlacementOf(p.ActorId).Blocs)
            .Concat(index.PlacementOf(hubId).Blocs)
            .Concat(aimedAt)
            .ToHashSet();
        return blocs.Contains(Bloc.Guangxi) && blocs.Contains(Bloc.GreaterBayArea);
    }
}
