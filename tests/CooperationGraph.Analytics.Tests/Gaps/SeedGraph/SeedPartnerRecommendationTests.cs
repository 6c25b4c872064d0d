using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Analytics.Tests.Gaps.SeedGraph;

/// <summary>Partner recommendations on the seed graph: never an existing tie, always across the regions, always explained.</summary>
public sealed class SeedPartnerRecommendationTests
{
    private static readonly IReadOnlyList<PartnerRecommendation> Recommendations = SeedGaps.Analysis.RecommendPartners(20);

    [Fact]
    public void Pairs_come_best_first_and_a_smaller_limit_keeps_the_head_of_the_ranking()
    {
        Assert.InRange(Recommendations.Count, 5, 20);
        static (string, string, double) Pair(PartnerRecommendation r) => (r.GuangxiInstitutionId, r.GreaterBayAreaInstitutionId, r.Score);
        Assert.Equal(Recommendations.Take(5).Select(Pair), SeedGaps.Analysis.RecommendPartners(5).Select(Pair));
        Assert.Equal(Recommendations.Select(r => r.Score).OrderDescending(), Recommendations.Select(r => r.Score));
        Assert.All(Recommendations, r => Assert.InRange(r.Score, 0.0, 1.0));
    }

    [Fact]
    public void Every_pair_joins_a_Guangxi_and_a_Bay_Area_institution_the_letters_never_tie_directly()
    {
        var direct = SeedGaps.Snapshot.Relationships
            .Where(r => r.Status != RelationshipStatus.Planned)
            .Select(r => (r.FromId, r.ToId))
            .ToHashSet();
        Assert.All(Recommendations, r =>
        {
            Assert.Equal(Bloc.Guangxi, SeedGaps.Analysis.BlocOf(r.GuangxiInstitutionId));
            Assert.Equal(Bloc.GreaterBayArea, SeedGaps.Analysis.BlocOf(r.GreaterBayAreaInstitutionId));
            Assert.DoesNotContain((r.GuangxiInstitutionId, r.GreaterBayAreaInstitutionId), direct);
            Assert.DoesNotContain((r.GreaterBayAreaInstitutionId, r.GuangxiInstitutionId), direct);
        });
    }

    [Theory]
    [InlineData("org:nanning-gov", "org:zhibiaoyun")] // 000:32: 南宁市科技局, the government's bureau, hosts the firm in its enclave
    [InlineData("org:nanning-sti-bureau", "org:tsinghua-shenzhen")] // 000:29: 南宁市政府, the bureau's parent, co-builds the park
    [InlineData("org:wuzhou-gov", "org:qianhai-angel-island")] // 000:34: 梧州市科技局, the government's bureau, builds the centre with it
    public void No_pair_already_works_together_through_one_sides_own_body(string guangxi, string bayArea) =>
        Assert.DoesNotContain(SeedGaps.Analysis.RecommendPartners(100), r => (r.GuangxiInstitutionId, r.GreaterBayAreaInstitutionId) == (guangxi, bayArea));

    [Fact]
    public void Every_pair_says_why_and_its_path_walks_real_relationships()
    {
        var byId = SeedGaps.Snapshot.Relationships.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Assert.All(Recommendations, r =>
        {
            Assert.True(r.SharedSectorIds.Count + r.CommonPartnerIds.Count > 0, r.Explanation);
            if (r.PathEntityIds.Count > 0)
            {
                Assert.Equal(r.GuangxiInstitutionId, r.PathEntityIds[0]);
                Assert.Equal(r.GreaterBayAreaInstitutionId, r.PathEntityIds[^1]);
                for (var i = 1; i < r.PathEntityIds.Count; i++)
                {
                    var (a, b) = (r.PathEntityIds[i - 1], r.PathEntityIds[i]);
                    Assert.Contains(r.Evidence.RelationshipIds, id => (byId[id].FromId, byId[id].ToId) == (a, b) || (byId[id].FromId, byId[id].ToId) == (b, a));
                }
            }
        });
    }

    [Fact]
    public void Every_shared_sector_is_backed_by_the_sentences_that_put_each_institution_in_it()
    {
        var byId = SeedGaps.Snapshot.Relationships.ToDictionary(r => r.Id, StringComparer.Ordinal);
        Assert.Contains(Recommendations, r => r.SharedSectorIds.Count > 0);
        Assert.All(Recommendations, r =>
        {
            var sectorLinks = r.Evidence.RelationshipIds.Select(id => byId[id]).Where(link => link.Type == "IN_SECTOR").ToList();
            foreach (var sector in r.SharedSectorIds)
            {
                Assert.Contains(sectorLinks, link => link.ToId == sector && link.Sources.Any(source => !string.IsNullOrEmpty(source.Quote)));
            }

            Assert.All(sectorLinks, link => Assert.Contains(link.ToId, r.SharedSectorIds));
        });
    }
}
