using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.StoreContract.Testing;
using Xunit;

namespace CooperationGraph.Domain.Tests.Cooperation;

/// <summary>The cooperation model on the real seed graph, each answer checked against the letter (000:n = line n of letter 000).</summary>
public sealed class SeedCooperationTests
{
    private static CooperationModel Model => RealSeedGraph.Cooperation;

    [Fact]
    public void A_bureau_lies_in_its_city_with_the_path_that_places_it()
    {
        // 000:34 梧州市科技局 (placed in Wuzhou by the seed data's placement facts).
        var placement = Model.PlacementOf("org:wuzhou-sti-bureau");
        Assert.Equal("region:wuzhou", placement.City?.Id);
        Assert.Equal("region:guangxi", placement.Province?.Id);
        Assert.Equal("Guangxi", placement.Bloc);
        Assert.Equal("org:wuzhou-sti-bureau", placement.Path[0].FromId);
        Assert.Equal(("LOCATED_IN", "region:wuzhou"), (placement.Path[^1].Type, placement.Path[^1].ToId));
    }

    [Fact]
    public void A_hosted_facility_lies_where_its_host_is_and_a_city_in_two_regions_finds_its_province()
    {
        // 000:18: 澳门科技大学中药质量研究国家重点实验室.
        var lab = Model.PlacementOf("lab:sklqrcm");
        Assert.Equal(("region:macao", "region:macao", "GreaterBayArea"), (lab.City?.Id, lab.Province?.Id, lab.Bloc));
        Assert.Equal("HOSTS", lab.Path[0].Type);
        // 深圳市 is part of both 广东省 and 粤港澳大湾区.
        Assert.Equal("region:guangdong", Model.PlacementOf("org:siat").Province?.Id);
    }

    [Fact]
    public void Wuzhous_Greater_Bay_Area_partners_are_the_ones_the_letter_names()
    {
        // 000:34 前海天使岛; 000:36 SIAT and 中科鑫玺; 000:49 the contest with 广东省科技厅 and 肇庆市人民政府.
        var partners = Model.Partners("region:wuzhou", "GreaterBayArea", StatusSet.Default, 1, 100);
        Assert.Equal(
            ["org:gd-dost", "org:qianhai-angel-island", "org:siat", "org:zhaoqing-gov", "org:zkxx-medical"],
            partners.Select(p => p.Partner.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(partners, p => Assert.Equal(TieKind.SharedArtefact, p.Kind));
        Assert.All(partners, p => Assert.Equal("Guangxi", Model.PlacementOf(p.Local.Id).Bloc));
    }

    [Theory]
    [InlineData("org:yuegui-zone", "org:sctc")] // 000:27 the zone builds the service centre with 华南技术转移中心's help
    [InlineData("lab:sklqrcm", "org:gx-tcm-institute")] // 000:18 the State Key Laboratory co-builds the joint lab
    public void An_artefact_that_takes_part_in_another_has_the_partners_its_place_credits_it_with(string artefact, string partner)
    {
        // Asked about itself, it has every tie it is credited with when its region's partners (outside the region) are asked.
        var own = Model.Partners(artefact, null, StatusSet.Default, 1, 100);
        var ofItsRegion = Model.Partners(Model.PlacementOf(artefact).Province!.Id, null, StatusSet.Default, 1, 1000).Where(p => p.Local.Id == artefact);

        Assert.Contains(own, p => p.Partner.Id == partner && p.Local.Id == artefact && p.Distance == 1);
        Assert.Subset(own.Select(p => p.Partner.Id).ToHashSet(), ofItsRegion.Select(p => p.Partner.Id).ToHashSet());
        Assert.DoesNotContain(Model.Partners(artefact, null, StatusSet.Default, 2, 100), p => p.Partner.Id == artefact);
    }

    [Fact]
    public void An_event_that_carries_out_an_agreement_is_nobodys_partner()
    {
        // 000:14 推动和落实自治区人民政府与中科院战略合作协议，召开了自治区政府与中国科学院2020年合作会商会议: the meeting realises
        // the agreement; the government's partner through both is 中国科学院, never the meeting.
        var partners = Model.Partners("org:gx-government", null, StatusSet.Default, 1, 100);
        Assert.Contains(partners, p => p.Partner.Id == "org:cas");
        Assert.All(partners, p => Assert.NotEqual("Event", p.Partner.Label));
        Assert.DoesNotContain(Model.Partners("agr:gx-cas-strategic", null, StatusSet.Default, 1, 100), p => p.Partner.Id == "event:gx-cas-consultation-2020");
    }

    [Fact]
    public void An_actors_own_branch_is_not_its_partner_and_its_real_partner_is()
    {
        // 000:76: 桂林电子科技大学 sets up its institute in Shenzhen and co-builds the Kunpeng centre with 华为公司.
        var partners = Model.Partners("org:guet", null, StatusSet.Default, 1, 100).Select(p => p.Partner.Id).ToList();
        Assert.Contains("org:huawei", partners);
        Assert.DoesNotContain("org:guet-shenzhen-institute", partners);
        Assert.True(Model.AreUnitsOfOneBody("org:guet", "org:guet-shenzhen-institute"));
    }

    [Fact]
    public void Support_ties_nobody_to_the_supported_partys_partners()
    {
        // 000:22: the two departments support 广西大学 and 华南农业大学's laboratory; they are not its co-builders' partners.
        var partners = Model.TiesOf("org:scau", StatusSet.Default).Select(tie => tie.Partner.Id).ToList();
        Assert.Equal(["org:gxu"], partners.Distinct());
    }

    [Fact]
    public void Planned_ties_count_only_when_asked_for()
    {
        Assert.All(Model.Ties(StatusSet.Default), tie => Assert.NotEqual(RelationshipStatus.Planned, tie.Status));
        var planned = Model.Ties(new HashSet<RelationshipStatus> { RelationshipStatus.Planned }).ToList();
        Assert.NotEmpty(planned);
        Assert.All(planned, tie => Assert.All(tie.Relationships, r => Assert.Equal(RelationshipStatus.Planned, r.Status)));
    }

    [Fact]
    public void Every_tie_has_its_mirror_and_evidence_from_the_letters()
    {
        var ties = Model.Ties(StatusSet.All).ToList();
        var keys = ties.Select(t => (t.Local.Id, t.Partner.Id, t.Artefact?.Id ?? t.Relationships[0].Id)).ToHashSet();
        Assert.All(ties, t => Assert.Contains((t.Partner.Id, t.Local.Id, t.Artefact?.Id ?? t.Relationships[0].Id), keys));
        Assert.All(ties, t => Assert.All(t.Relationships, r => Assert.NotEmpty(r.Sources)));
    }

    [Fact]
    public void The_region_and_bloc_members_are_the_placed_entities()
    {
        Assert.Contains("org:wuzhou-sti-bureau", Model.IdsInRegion("region:wuzhou"));
        Assert.Contains("org:wuzhou-sti-bureau", Model.IdsInRegion("region:guangxi"));
        Assert.DoesNotContain("region:wuzhou", Model.IdsInRegion("region:wuzhou"));
        Assert.All(Model.IdsInBloc("GreaterBayArea"), id => Assert.Equal("GreaterBayArea", Model.PlacementOf(id).Bloc));
    }
}
