namespace CooperationGraph.Analytics.Gaps;

/// <summary>
/// Guangxi institutions (organisations other than parks and zones, placed in the Guangxi bloc) with no
/// Greater Bay Area partner. Two institutions are <b>partners</b> when a cooperation link joins them, or both
/// take part in one lab, agreement, fund, programme or event (<see cref="CooperationIndex.InstitutionPartners"/>).
/// </summary>
internal static class GuangxiInstitutionsWithoutBayAreaPartner
{
    public static IReadOnlyList<InstitutionGap> Find(CooperationIndex index)
    {
        var partners = index.InstitutionPartners;
        var gaps = new List<InstitutionGap>();
        foreach (var institution in index.NodesWhere(node => index.IsInstitution(node) && index.PlacementOf(node.Id).IsIn(Bloc.Guangxi)))
        {
            var own = partners.GetValueOrDefault(institution.Id);
            if (own is not null && own.Keys.Any(id => index.PlacementOf(id).IsIn(Bloc.GreaterBayArea)))
            {
                continue;
            }

            var placement = index.PlacementOf(institution.Id);
            var links = index.CooperationLinks.GetValueOrDefault(institution.Id)?.Count ?? 0;
            var evidence = new EvidenceBuilder().EntityWithSources(institution).Relationships(placement.Relationships);
            var text = $"{CooperationVocabulary.Describe(institution)} is a Guangxi institution"
                + $" with {links} cooperation link{(links == 1 ? "" : "s")} and {own?.Count ?? 0} partner{(own?.Count == 1 ? "" : "s")}, "
                + "none of them in the Greater Bay Area.";
            gaps.Add(new InstitutionGap(InstitutionGapKind.NoGreaterBayAreaPartner, institution.Id, institution.Name, [], text, evidence.Build()));
        }

        return gaps;
    }
}
