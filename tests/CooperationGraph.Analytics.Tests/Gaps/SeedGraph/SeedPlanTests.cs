using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>Plans without follow-up in the seed graph, checked against what the two letters say.</summary>
public sealed class SeedPlanTests
{
    private static IReadOnlyList<string> Unrealised => SeedGaps.Analysis.PlansWithoutFollowUp.Select(gap => gap.RelationshipId).ToList();

    [Theory]
    [InlineData("CO_BUILDS", "region:guangxi", "org:china-asean-sci-city", "中国—东盟科技城")]
    [InlineData("ORGANISES", "org:cbirc-guangxi", "event:sti-finance-promotion-meeting", "科技创新发展推进会")]
    [InlineData("CO_BUILDS", "region:guangxi", "lab:gba-patent-trading-network", "链接大湾区的技术专利交易网络")]
    public void Next_steps_the_letters_mention_once_have_no_follow_up(string type, string from, string to, string name)
    {
        var plan = SeedGaps.Relationship(type, from, to, RelationshipStatus.Planned);
        var text = SeedGaps.Letters;

        // The thing planned appears in the letters exactly once: in the next-steps sentence itself.
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), text.LastIndexOf(name, StringComparison.Ordinal));
        Assert.Contains(plan.Id, Unrealised);
        var gap = SeedGaps.Analysis.PlansWithoutFollowUp.Single(g => g.RelationshipId == plan.Id);
        Assert.Contains(plan.Sources[0].Quote!, gap.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Implementing_the_two_departments_agreement_is_followed_up_by_part_one()
    {
        // 二/（一） plans 在深入落实两广科技厅融入粤港澳大湾区科技创新合作协议的基础上; 一/（一）/一是 already reports
        // 自治区科技厅…深入落实全面对接粤港澳大湾区科技创新合作协议 (the same agreement, see MODELLING.md).
        var plan = SeedGaps.Relationship("IMPLEMENTS", "org:gx-dost", "agr:gx-gd-gba-sti-cooperation", RelationshipStatus.Planned);

        Assert.DoesNotContain(plan.Id, Unrealised);
    }

    [Theory]
    [InlineData("PARTICIPATES_IN", "region:guangxi", "prog:gd-gx-vocational-assistance")]
    [InlineData("PARTICIPATES_IN", "region:guangdong", "prog:gd-gx-vocational-assistance")]
    [InlineData("COOPERATES_WITH", "region:china", "region:asean")]
    [InlineData("IMPLEMENTS", "region:guangxi", "prog:belt-road-sti-action")]
    [InlineData("IMPLEMENTS", "region:guangxi", "policy:pan-prd-guideline")]
    public void Next_steps_that_carry_on_work_under_way_are_followed_up(string type, string from, string to)
    {
        // 000:102 继续实施广东优质高职学校对口帮扶广西高职学校工作 carries on the pairing of 000:72 (same aim, 提升受援学校的办学水平和质量);
        // 000:90 继续推动…, 深入实施…; 000:84 深入贯彻落实…: each sentence says the work is going on.
        var plan = SeedGaps.Relationship(type, from, to, RelationshipStatus.Planned);

        Assert.DoesNotContain(plan.Id, Unrealised);
    }

    [Fact]
    public void The_risk_compensation_pool_is_the_credit_risk_pool_and_its_plan_is_followed_up()
    {
        // 二/（六） 设立风险补偿池 names again the pool 一/（七）/五是 reports (设立科技和知识产权信贷风险资金池): one fund, set up.
        var plan = SeedGaps.Relationship("PROMOTES", "region:guangxi", "fund:sti-ip-credit-risk-pool", RelationshipStatus.Planned);

        Assert.Contains(plan.Sources, source => source.Quote == "设立风险补偿池");
        Assert.DoesNotContain(SeedGaps.Snapshot.Nodes, node => node.Name == "风险补偿池");
        Assert.DoesNotContain(plan.Id, Unrealised);
    }

    [Fact]
    public void Only_planned_relationships_are_listed_and_each_quotes_its_letter()
    {
        var planned = SeedGaps.Snapshot.Relationships.Where(r => r.Status == RelationshipStatus.Planned).Select(r => r.Id).ToHashSet();

        Assert.NotEmpty(Unrealised);
        Assert.All(SeedGaps.Analysis.PlansWithoutFollowUp, gap =>
        {
            Assert.Contains(gap.RelationshipId, planned);
            Assert.All(gap.Evidence.Sources, source => Assert.Contains(source.Quote!, SeedGaps.Letters, StringComparison.Ordinal));
        });
    }
}
