using System.Text.Json;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>The <c>bloc</c> filter over HTTP: entities placed through a parent body or a zone, and agreement with <c>Partnership.bloc</c>.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class BlocFilterTests(SeededHost host)
{
    [Theory]
    [InlineData("org:nanning-sti-bureau", "GUANGXI")] // part of the Nanning government, located in Nanning
    [InlineData("event:asean-sti-training-2020", "GUANGXI")] // held in the Yuegui zone, located in Guangxi
    public async Task An_entity_placed_through_what_it_is_part_of_or_located_in_is_in_the_bloc(string id, string bloc)
    {
        var ids = await IdsAsync($$"""{ bloc: {{bloc}} }""");

        Assert.Contains(id, ids);
        Assert.DoesNotContain(id, await IdsAsync("""{ bloc: GREATER_BAY_AREA }"""));
    }

    [Fact]
    public async Task The_filter_keeps_exactly_the_entities_the_seed_facts_place_in_the_bloc()
    {
        foreach (var (bloc, name) in new[] { ("GUANGXI", "Guangxi"), ("GREATER_BAY_AREA", "GreaterBayArea"), ("OTHER", "Other") })
        {
            Assert.Equal(SeedFacts.SortedIds(SeedFacts.OfBloc(name)), await IdsAsync($$"""{ bloc: {{bloc}} }"""));
        }
    }

    [Fact]
    public async Task Every_partner_of_a_bloc_passes_that_bloc_filter()
    {
        var data = await host.DataAsync("""{ partners(of: "org:gx-dost", depth: 2, first: 1000) { partner { id } bloc } }""");
        var partnerships = data.GetProperty("partners").EnumerateArray()
            .Where(partnership => partnership.GetProperty("bloc").ValueKind == JsonValueKind.String)
            .Select(partnership => (Id: partnership.GetProperty("partner").GetProperty("id").GetString()!, Bloc: partnership.GetProperty("bloc").GetString()!))
            .ToList();
        Assert.NotEmpty(partnerships);

        foreach (var group in partnerships.GroupBy(partnership => partnership.Bloc))
        {
            var members = await IdsAsync($$"""{ bloc: {{group.Key}} }""");
            Assert.All(group, partnership => Assert.Contains(partnership.Id, members));
        }
    }

    private async Task<string[]> IdsAsync(string where)
    {
        var data = await host.DataAsync($$"""{ entities(first: 1000, where: {{where}}) { nodes { id } } }""");
        return [.. data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!)];
    }
}
