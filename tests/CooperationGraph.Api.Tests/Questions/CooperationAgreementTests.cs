using System.Text.Json;
using CooperationGraph.Api.Tests.Integration;

namespace CooperationGraph.Api.Tests.Questions;

/// <summary>
/// Issue 10's done-when: <c>partners</c>, the <c>bloc</c> and <c>region</c> filters, the matrix and the gaps agree for
/// every entity, because they all read the one cooperation model — asked through the GraphQL endpoint, as a user would.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class CooperationAgreementTests(SeededHost host)
{
    private static readonly (string Enum, string Name)[] Blocs = [("GUANGXI", "GUANGXI"), ("GREATER_BAY_AREA", "GREATER_BAY_AREA"), ("OTHER", "OTHER")];

    [Fact]
    public async Task Every_entitys_placement_bloc_is_the_bloc_filters_verdict()
    {
        var placements = await PlacementsAsync();
        Assert.True(placements.Count > 200, $"only {placements.Count} entities");
        foreach (var (bloc, _) in Blocs)
        {
            var members = await IdsAsync($$"""{ bloc: {{bloc}} }""");
            Assert.Equal(
                placements.Where(entry => entry.Value.Bloc == bloc).Select(entry => entry.Key).Order(StringComparer.Ordinal),
                members.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("region:wuzhou")]
    [InlineData("region:nanning")]
    [InlineData("region:guilin")]
    [InlineData("region:shenzhen")]
    [InlineData("region:guangzhou")]
    [InlineData("region:macao")]
    public async Task Every_entity_placed_in_a_city_passes_the_region_filter_and_no_other_does(string city)
    {
        var placements = await PlacementsAsync();
        var members = await IdsAsync($$"""{ region: "{{city}}" }""");
        Assert.Equal(
            placements.Where(entry => entry.Value.City == city && entry.Key != city).Select(entry => entry.Key).Order(StringComparer.Ordinal),
            members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_tie_in_a_matrix_cell_is_a_partnership_of_both_its_places()
    {
        var data = await host.DataAsync("""
            { cooperationMatrix { cells(nonEmptyOnly: true) { guangxiCityId greaterBayAreaCityId links { id kind } } } }
            """);
        var cells = data.GetProperty("cooperationMatrix").GetProperty("cells").EnumerateArray().ToArray();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var (row, column) = (cell.GetProperty("guangxiCityId").GetString()!, cell.GetProperty("greaterBayAreaCityId").GetString()!);
            var fromRow = await PartnershipsAsync(row, "GREATER_BAY_AREA");
            var fromColumn = await PartnershipsAsync(column, "GUANGXI");
            foreach (var link in cell.GetProperty("links").EnumerateArray())
            {
                var id = link.GetProperty("id").GetString()!;
                Assert.True(fromRow.Any(p => p.Evidence.Contains(id) && p.PartnerPlace == column), $"{row} × {column}: {id} is no partnership of {row}");
                Assert.True(fromColumn.Any(p => p.Evidence.Contains(id) && p.PartnerPlace == row), $"{row} × {column}: {id} is no partnership of {column}");
            }
        }
    }

    [Fact]
    public async Task A_guangxi_institution_the_gaps_list_without_a_bay_area_partner_has_none_in_partners()
    {
        var data = await host.DataAsync("""{ collaborationGaps { institutions { kind institutionId partnerIds } } }""");
        var gaps = data.GetProperty("collaborationGaps").GetProperty("institutions").EnumerateArray().ToArray();
        var lonely = gaps.Where(gap => gap.GetProperty("kind").GetString() == "NO_GREATER_BAY_AREA_PARTNER").ToArray();
        Assert.NotEmpty(lonely);
        foreach (var gap in lonely)
        {
            Assert.Empty(await PartnershipsAsync(gap.GetProperty("institutionId").GetString()!, "GREATER_BAY_AREA"));
        }

        foreach (var gap in gaps.Where(gap => gap.GetProperty("kind").GetString() == "SINGLE_GUANGXI_PARTNER"))
        {
            var partners = (await PartnershipsAsync(gap.GetProperty("institutionId").GetString()!, "GUANGXI")).Select(p => p.Partner).Distinct();
            Assert.Equal(gap.GetProperty("partnerIds").EnumerateArray().Select(id => id.GetString()), partners);
        }
    }

    [Fact]
    public async Task Every_sector_gap_names_only_guangxi_actors_and_every_partnership_bloc_is_its_partners_placement()
    {
        var placements = await PlacementsAsync();
        var data = await host.DataAsync("""
            { sectorCoverage { guangxiActorIds } partners(of: "region:guangxi", first: 1000) { bloc partner { id } } }
            """);
        Assert.All(data.GetProperty("sectorCoverage").EnumerateArray().SelectMany(gap => gap.GetProperty("guangxiActorIds").EnumerateArray()),
            id => Assert.Equal("GUANGXI", placements[id.GetString()!].Bloc));
        Assert.All(data.GetProperty("partners").EnumerateArray(), partnership =>
            Assert.Equal(placements[partnership.GetProperty("partner").GetProperty("id").GetString()!].Bloc, Text(partnership.GetProperty("bloc"))));
    }

    private async Task<Dictionary<string, (string? Bloc, string? City, string? Province)>> PlacementsAsync()
    {
        var data = await host.DataAsync("""
            { entities(first: 1000) { totalCount nodes { id placement { bloc city { id } province { id } } } } }
            """);
        var entities = data.GetProperty("entities");
        Assert.True(entities.GetProperty("totalCount").GetInt32() <= 1000, "more entities than one page");
        return entities.GetProperty("nodes").EnumerateArray().ToDictionary(
            node => node.GetProperty("id").GetString()!,
            node =>
            {
                var placement = node.GetProperty("placement");
                return (Text(placement.GetProperty("bloc")), Id(placement.GetProperty("city")), Id(placement.GetProperty("province")));
            });
    }

    /// <summary>The partnerships of a place with their evidence ids (artefact and relationships) and the partner's matrix place.</summary>
    private async Task<List<(string Partner, HashSet<string> Evidence, string? PartnerPlace)>> PartnershipsAsync(string of, string bloc)
    {
        var data = await host.DataAsync($$"""
            { partners(of: "{{of}}", bloc: {{bloc}}, first: 1000) { partner { id placement { city { id } province { id } } } artefact { id } via { id } } }
            """);
        return [.. data.GetProperty("partners").EnumerateArray().Select(p =>
        {
            var placement = p.GetProperty("partner").GetProperty("placement");
            var evidence = p.GetProperty("via").EnumerateArray().Select(edge => edge.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
            if (Id(p.GetProperty("artefact")) is { } artefact)
            {
                evidence.Add(artefact);
            }

            return (p.GetProperty("partner").GetProperty("id").GetString()!, evidence, Id(placement.GetProperty("city")) ?? Id(placement.GetProperty("province")));
        })];
    }

    private async Task<string[]> IdsAsync(string where)
    {
        var data = await host.DataAsync($$"""{ entities(first: 1000, where: {{where}}) { nodes { id } } }""");
        return [.. data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!)];
    }

    private static string? Text(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();

    private static string? Id(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetProperty("id").GetString();
}
