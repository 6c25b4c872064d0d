namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Greater Bay Area institutions linked to exactly one Guangxi institution: a partnership resting on one
/// tie. Partners are as in <see cref="GuangxiInstitutionsWithoutBayAreaPartner"/>.
/// </summary>
internal static class BayAreaInstitutionsWithSingleGuangxiPartner
{
    public static IReadOnlyList<InstitutionGap> Find(CooperationIndex index)
    {
        var partners = index.InstitutionPartners;
        var gaps = new List<InstitutionGap>();
        foreach (var institution in index.NodesWhere(node => index.IsInstitution(node) && index.PlacementOf(node.Id).IsIn(Bloc.GreaterBayArea)))
        {
            var guangxi = (partners.GetValueOrDefault(institution.Id) ?? [])
                .Where(pair => index.PlacementOf(pair.Key).IsIn(Bloc.Guangxi))
                .ToList();
            if (guangxi.Count != 1)
            {
                continue;
            }

            var (partnerId, links) = (guangxi[0].Key, guangxi[0].Value);
            var partner = index.Nodes[partnerId];
            var evidence = new EvidenceBuilder().Entity(institution.Id).Entity(partnerId)
                .Entities(links.Select(link => link.HubId).OfType<string>())
                .Relationships(links.SelectMany(link => link.Relationships))
                .Relationships(index.PlacementOf(institution.Id).Relationships);
            var via = string.Join("; ", links.Select(link => link.HubId is { } hub ? "both in " + index.Nodes[hub].Name : link.Relationships[0].Type)
                .Distinct().Order(StringComparer.Ordinal));
            var text = $"{CooperationVocabulary.Describe(institution)} is a Greater Bay Area institution whose only Guangxi partner is "
                + $"{CooperationVocabulary.Describe(partner)} ({via}).";
            gaps.Add(new InstitutionGap(InstitutionGapKind.SingleGuangxiPartner, institution.Id, institution.Name, [partnerId], text, evidence.Build()));
        }

        return gaps;
    }
}
