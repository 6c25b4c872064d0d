namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>Institution gaps of the seed graph, checked against what the two letters say.</summary>
public sealed class SeedInstitutionGapTests
{
    private static IReadOnlyList<string> WithoutPartner =>
        SeedGaps.Analysis.GuangxiInstitutionsWithoutBayAreaPartner.Select(gap => gap.InstitutionId).ToList();

    [Theory]
    [InlineData("org:sanwei")]
    [InlineData("org:wuyi-pipe")]
    [InlineData("org:ruiyi-new-energy")]
    [InlineData("org:pboc-nanning")]
    public void Guangxi_institutions_named_only_in_Guangxi_contexts_have_no_Bay_Area_partner(string id)
    {
        // 一/（七）/六是 lists the three Wuzhou enterprises as listing candidates; letter 003 part 四 has the Nanning
        // central bank branch working with Guangxi's own finance regulator.
        Assert.Contains(id, WithoutPartner);
    }

    [Theory]
    [InlineData("org:gxu")]
    [InlineData("org:gx-medicinal-botanical-garden")]
    [InlineData("org:gx-tcm-institute")]
    [InlineData("org:wuzhou-hitech-admin")]
    [InlineData("org:guet")]
    public void Guangxi_institutions_with_a_named_Bay_Area_counterpart_are_not_listed(string id)
    {
        // 一/（二）/三是 (SCAU), 一/（一）/二是 (BGI …), 一/（二）/一是 (the Macau University of Science and Technology
        // lab), 一/（四）/三是 (SIAT), 一/（八）/三是 (its own Shenzhen institute).
        Assert.DoesNotContain(id, WithoutPartner);
    }

    [Theory]
    [InlineData("org:qianhai-angel-island", "org:wuzhou-sti-bureau")]
    [InlineData("org:siat", "org:wuzhou-hitech-admin")]
    [InlineData("org:zkxx-medical", "org:wuzhou-hitech-admin")]
    [InlineData("org:zhibiaoyun", "org:nanning-sti-bureau")]
    public void Shenzhen_partners_of_one_Guangxi_bureau_hang_on_that_single_tie(string bayArea, string guangxi)
    {
        // 一/（四）: each Shenzhen party of an enclave or a joint lab is named with one Guangxi body only.
        var gap = SeedGaps.Analysis.BayAreaInstitutionsWithSingleGuangxiPartner.Single(g => g.InstitutionId == bayArea);
        Assert.Equal([guangxi], gap.PartnerIds);
        Assert.Contains(SeedGaps.Name(guangxi), gap.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agricultural_universitys_one_Guangxi_partner_is_the_co_builder_not_the_departments_that_support_it()
    {
        // 一/（二）/三是: 自治区科技厅与教育厅共同支持广西大学与华南农业大学合作共建 the State Key Laboratory: support is no partnership.
        var gap = SeedGaps.Analysis.BayAreaInstitutionsWithSingleGuangxiPartner.Single(gap => gap.InstitutionId == "org:scau");
        Assert.Equal(["org:gxu"], gap.PartnerIds);
    }

    [Fact]
    public void An_institution_without_partner_cites_the_sentences_that_name_it()
    {
        // 一/（七）/六是: “梧州市广西三威林产工业有限公司、广西五一管业股份有限公司、广西睿奕新能源股份有限公司等3家上市后备企业…”
        var gap = SeedGaps.Analysis.GuangxiInstitutionsWithoutBayAreaPartner.Single(g => g.InstitutionId == "org:sanwei");

        Assert.NotEmpty(gap.Evidence.Sources);
        Assert.Contains(gap.Evidence.Sources, source => source.Quote!.Contains("三威林产", StringComparison.Ordinal));
        Assert.All(gap.Evidence.Sources, source => Assert.Contains(source.Quote!, SeedGaps.Letters, StringComparison.Ordinal));
    }
}
