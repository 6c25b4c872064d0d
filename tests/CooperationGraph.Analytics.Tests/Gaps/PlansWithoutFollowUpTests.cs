using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Tests.Support;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps;

public sealed class PlansWithoutFollowUpTests
{
    private static GapGraph Frame() => GapGraph.WithRegions()
        .Institution("org:gx-dept", "广西某厅", "GovernmentAgency", locatedIn: "region:nanning")
        .Institution("org:gx-bureau", "某处", "GovernmentAgency")
        .Rel("PART_OF", "org:gx-bureau", "org:gx-dept")
        .Institution("org:sz", "深圳某公司", "Enterprise", locatedIn: "region:shenzhen")
        .Hub("lab:platform", "某平台", "Platform");

    private static IReadOnlyList<string> Unrealised(GapGraph graph) =>
        Analyse.Of(graph.Build()).PlansWithoutFollowUp.Select(gap => gap.RelationshipId).ToList();

    [Fact]
    public void The_same_relationship_done_realises_the_plan()
    {
        Assert.Empty(Unrealised(Frame()
            .Rel("CO_BUILDS", "org:gx-dept", "lab:platform", RelationshipStatus.Planned, "rel:plan")
            .Rel("CO_BUILDS", "org:gx-dept", "lab:platform", RelationshipStatus.Ongoing, "rel:done")));
    }

    [Fact]
    public void A_constituent_party_doing_the_same_with_a_constituent_object_realises_a_plan_between_regions()
    {
        Assert.Empty(Unrealised(Frame()
            .Rel("COOPERATES_WITH", "region:guangxi", "region:guangdong", RelationshipStatus.Planned, "rel:plan")
            .Rel("COOPERATES_WITH", "org:gx-dept", "org:sz")));
    }

    [Fact]
    public void Any_dealing_of_a_constituent_party_with_the_planned_object_realises_the_plan()
    {
        Assert.Empty(Unrealised(Frame()
            .Rel("CO_BUILDS", "org:gx-dept", "lab:platform", RelationshipStatus.Planned, "rel:plan")
            .Rel("SUPPORTS", "org:gx-bureau", "lab:platform")));
    }

    [Fact]
    public void Another_party_at_work_on_the_planned_thing_realises_the_plan_but_not_one_towards_a_region()
    {
        // Issue 10 (003:19, 000:61): a plan to build or continue something is followed up by anything done with it.
        var unrealised = Unrealised(Frame()
            .Rel("CO_BUILDS", "region:guangxi", "lab:platform", RelationshipStatus.Planned, "rel:plan-platform")
            .Rel("CO_BUILDS", "org:sz", "lab:platform")
            .Rel("COOPERATES_WITH", "region:guangxi", "region:hong-kong", RelationshipStatus.Planned, "rel:plan-hk")
            .Rel("PROMOTES", "org:gx-dept", "region:hong-kong"));

        Assert.Equal(["rel:plan-hk"], unrealised);
    }

    [Fact]
    public void A_plan_does_not_realise_another_plan_and_descriptions_of_planned_things_are_not_plans()
    {
        var analysis = Analyse.Of(Frame()
            .Sector("sector:x", "某产业")
            .Rel("CO_BUILDS", "org:gx-dept", "lab:platform", RelationshipStatus.Planned, "rel:plan")
            .Rel("SUPPORTS", "org:gx-dept", "lab:platform", RelationshipStatus.Planned, "rel:plan-2")
            .Rel("IN_SECTOR", "lab:platform", "sector:x", RelationshipStatus.Planned, "rel:planned-sector")
            .Build());

        Assert.Equal(["rel:plan", "rel:plan-2"], analysis.PlansWithoutFollowUp.Select(gap => gap.RelationshipId));
        var gap = analysis.PlansWithoutFollowUp[0];
        Assert.Contains("quote of rel:plan", gap.Explanation, StringComparison.Ordinal);
        Assert.Equal(["rel:plan"], gap.Evidence.RelationshipIds);
        Assert.Equal("quote of rel:plan", Assert.Single(gap.Evidence.Sources).Quote);
    }

    [Theory]
    [InlineData("继续实施某项帮扶工作")]
    [InlineData("持续加大投入")]
    [InlineData("深入实施某项行动计划")]
    [InlineData("深入贯彻落实某规划")]
    public void A_plan_worded_as_carrying_on_work_under_way_is_followed_up_by_its_own_sentence(string quote)
    {
        // 000:90 继续推动我国与东盟国家…科技合作交流, 000:102 继续实施…对口帮扶…工作: the letter says the work is going on.
        Assert.Empty(Unrealised(Frame()
            .Rel("PARTICIPATES_IN", "region:guangxi", "lab:platform", RelationshipStatus.Planned, "rel:plan", quote)));
    }

    [Theory]
    [InlineData("抓紧实施某项计划")]
    [InlineData("进一步推动某项工作")]
    [InlineData("建设某平台，继续推进另一项工作")]
    public void Starting_pushing_or_a_continuation_verb_later_in_the_quote_leaves_the_plan_unrealised(string quote)
    {
        Assert.Equal(["rel:plan"], Unrealised(Frame()
            .Rel("PARTICIPATES_IN", "region:guangxi", "lab:platform", RelationshipStatus.Planned, "rel:plan", quote)));
    }
}
