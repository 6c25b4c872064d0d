using System.Text.Json;

namespace CooperationGraph.Api.Tests.Schema.Partners;

[Collection(SeededGraphCollection.Name)]
public sealed class PartnersTests(SeededGraph graph)
{
    private const string Fields = "distance bloc kind status local { id } partner { id } artefact { id } via { id type from to } evidence { quote }";

    [Fact]
    public async Task The_co_builders_of_the_wuzhou_shenzhen_centre_are_partners_of_each_other_through_it()
    {
        // 000 一/（四）/二是: “推动梧州市科技局与深圳前海天使岛投资有限公司加快“梧州（深圳）科技创新中心”建设”
        var partners = await PartnersAsync("""of: "org:qianhai-angel-island" """);
        var bureau = partners.Single(partner => PartnerId(partner) == "org:wuzhou-sti-bureau");
        Assert.Equal(1, bureau.GetProperty("distance").GetInt32());
        Assert.Equal("SHARED_ARTEFACT", bureau.GetProperty("kind").GetString());
        Assert.Equal("lab:wuzhou-shenzhen-centre", bureau.GetProperty("artefact").GetProperty("id").GetString());
        Assert.Equal("org:qianhai-angel-island", bureau.GetProperty("local").GetProperty("id").GetString());
        Assert.Equal(["CO_BUILDS", "CO_BUILDS"], bureau.GetProperty("via").EnumerateArray().Select(edge => edge.GetProperty("type").GetString()));
        Assert.Contains(bureau.GetProperty("evidence").EnumerateArray(), source => source.GetProperty("quote").GetString()!.Contains("梧州（深圳）科技创新中心", StringComparison.Ordinal));
        Assert.DoesNotContain("region:shenzhen", partners.Select(PartnerId));
    }

    [Fact]
    public async Task A_city_stands_for_every_actor_placed_in_it()
    {
        // 000 一/（四）/三是: 梧州高新区管委会 co-builds the medical device lab with SIAT and 中科鑫玺.
        var partners = await PartnersAsync("""of: "region:wuzhou", bloc: GREATER_BAY_AREA""");
        var siat = partners.First(partner => PartnerId(partner) == "org:siat");
        Assert.Equal("org:wuzhou-hitech-admin", siat.GetProperty("local").GetProperty("id").GetString());
        Assert.All(partners, partner => Assert.Equal("GREATER_BAY_AREA", partner.GetProperty("bloc").GetString()));
    }

    [Fact]
    public async Task Support_from_a_funder_is_no_partnership()
    {
        // 000 一/（五）/一是: the joint fund supports the Wuzhou membrane platform; its contributors are not the platform's partners.
        var partners = await PartnersAsync("""of: "org:gd-dost", first: 1000""");
        Assert.DoesNotContain("lab:cas-wuzhou-medical-membrane-platform", partners.Select(PartnerId));
        Assert.All(partners, partner => Assert.DoesNotContain(partner.GetProperty("via").EnumerateArray(),
            edge => edge.GetProperty("type").GetString() is "SUPPORTS" or "PROMOTES"));
    }

    [Fact]
    public async Task Plans_count_only_when_asked_for()
    {
        var done = await PartnersAsync("""of: "region:guangxi", first: 1000""");
        var planned = await PartnersAsync("""of: "region:guangxi", first: 1000, status: [PLANNED]""");
        Assert.All(done, partner => Assert.NotEqual("PLANNED", partner.GetProperty("status").GetString()));
        Assert.NotEmpty(planned);
        Assert.All(planned, partner => Assert.Equal("PLANNED", partner.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Partners_come_nearest_first()
    {
        var partners = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000""");
        var distances = partners.Select(partner => partner.GetProperty("distance").GetInt32()).ToArray();
        Assert.Equal(distances.Order(), distances);
        Assert.Contains(2, distances);
        Assert.All(partners, partner => Assert.True(partner.GetProperty("via").GetArrayLength() >= partner.GetProperty("distance").GetInt32()));
    }

    [Fact]
    public async Task A_bloc_keeps_exactly_the_partners_of_that_bloc()
    {
        var all = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000""");
        var bay = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000, bloc: GREATER_BAY_AREA""");
        Assert.NotEmpty(bay);
        Assert.Equal(
            all.Where(partner => partner.GetProperty("bloc").ValueKind == JsonValueKind.String && partner.GetProperty("bloc").GetString() == "GREATER_BAY_AREA").Select(PartnerId),
            bay.Select(PartnerId));
    }

    [Fact]
    public async Task First_cuts_the_list_after_the_nearest()
    {
        var all = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 1000""");
        var three = await PartnersAsync("""of: "org:gx-dost", depth: 2, first: 3""");
        Assert.Equal(all.Take(3).Select(PartnerId), three.Select(PartnerId));
    }

    [Theory]
    [InlineData("""of: "org:gx-dost", depth: 0""", "depth")]
    [InlineData("""of: "org:gx-dost", depth: 5""", "depth")]
    [InlineData("""of: "org:gx-dost", first: 0""", "first")]
    [InlineData("""of: "org:gx-dost", status: []""", "status")]
    [InlineData("""of: "org:no-such-entity" """, "org:no-such-entity")]
    public async Task Bad_arguments_are_the_callers_error(string arguments, string named)
    {
        var error = await graph.ErrorAsync($$"""{ partners({{arguments}}) { distance } }""");
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement[]> PartnersAsync(string arguments)
    {
        var data = await graph.DataAsync($$"""{ partners({{arguments}}) { {{Fields}} } }""");
        return data.GetProperty("partners").EnumerateArray().ToArray();
    }

    private static string PartnerId(JsonElement partnership) => partnership.GetProperty("partner").GetProperty("id").GetString()!;
}
