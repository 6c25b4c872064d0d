using System.Text.Json;
using CooperationGraph.Api.Storage;
using CooperationGraph.Domain.Graph;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>
/// Every root field of the cooperation schema over HTTP, each checked against the seed data or a sentence of a letter.
/// <c>entities</c>, <c>entityCounts</c> and <c>relationshipCounts</c> have their own classes (filters, paging, groupings);
/// <c>graphChanged</c> is exercised over server-sent events in <c>EventStreamTests</c>.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class RootFieldTests(SeededHost host)
{
    [Fact]
    public async Task Node_returns_the_entity_with_its_provenance()
    {
        var data = await host.DataAsync("""{ node(id: "org:wuzhou-gov") { id ... on Entity { name label sources { document { id } quote } } } }""");
        var expected = SeedFacts.Node("org:wuzhou-gov");
        var node = data.GetProperty("node");
        Assert.Equal(expected.Name, node.GetProperty("name").GetString());
        Assert.Equal(expected.Label, node.GetProperty("label").GetString());
        Assert.Equal(expected.Sources.Select(source => source.Quote), node.GetProperty("sources").EnumerateArray().Select(source => source.GetProperty("quote").GetString()));
    }

    [Fact]
    public async Task Node_of_an_unknown_id_is_null()
    {
        var data = await host.DataAsync("""{ node(id: "org:nobody") { id } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Search_finds_every_entity_whose_name_contains_the_text()
    {
        var expected = SeedFacts.Nodes.Where(node => node.Name.Contains("梧州", StringComparison.Ordinal)).Select(node => node.Id).ToHashSet();
        var data = await host.DataAsync("""{ search(text: "梧州", first: 100) { id } }""");
        var found = data.GetProperty("search").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToHashSet();
        Assert.Superset(expected, found);
    }

    [Fact]
    public async Task Neighborhood_holds_every_entity_one_hop_from_the_centre()
    {
        const string Centre = "lab:wuzhou-shenzhen-centre";
        var expected = SeedFacts.RelationshipsOf(Centre).Select(relationship => relationship.FromId == Centre ? relationship.ToId : relationship.FromId).Append(Centre).ToHashSet();
        var data = await host.DataAsync($$"""{ neighborhood(id: "{{Centre}}", hops: 1, limit: 1000) { nodes { id } edges { from to } } }""");
        var view = data.GetProperty("neighborhood");
        Assert.Equal(expected, view.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!).ToHashSet());
        // The edges are the relationships followed from the centre, one hop.
        Assert.Equal(
            SeedFacts.RelationshipsOf(Centre).Select(relationship => (relationship.FromId, relationship.ToId)).Order(),
            view.GetProperty("edges").EnumerateArray().Select(edge => (edge.GetProperty("from").GetString()!, edge.GetProperty("to").GetString()!)).Order());
    }

    [Fact]
    public async Task Paths_join_the_shenzhen_investor_to_wuzhous_bureau_through_the_centre_they_co_build()
    {
        // “推动梧州市科技局与深圳前海天使岛投资有限公司加快“梧州（深圳）科技创新中心”建设”
        var data = await host.DataAsync("""{ paths(from: "org:qianhai-angel-island", to: "org:wuzhou-sti-bureau", maxHops: 2) { length nodes { id } edges { type } } }""");
        var shortest = data.GetProperty("paths")[0];
        Assert.Equal(2, shortest.GetProperty("length").GetInt32());
        Assert.Equal(["org:qianhai-angel-island", "lab:wuzhou-shenzhen-centre", "org:wuzhou-sti-bureau"],
            shortest.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
        Assert.All(shortest.GetProperty("edges").EnumerateArray(), edge => Assert.Equal("CO_BUILDS", edge.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Partners_of_the_centre_are_its_co_builders_with_their_blocs()
    {
        var data = await host.DataAsync("""{ partners(of: "lab:wuzhou-shenzhen-centre", bloc: GREATER_BAY_AREA) { distance bloc partner { id } via { type } } }""");
        var partner = data.GetProperty("partners").EnumerateArray().Single(entry => entry.GetProperty("partner").GetProperty("id").GetString() == "org:qianhai-angel-island");
        Assert.Equal(1, partner.GetProperty("distance").GetInt32());
        Assert.Equal("GREATER_BAY_AREA", partner.GetProperty("bloc").GetString());
        Assert.Equal("CO_BUILDS", Assert.Single(partner.GetProperty("via").EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Documents_list_every_source_with_its_full_text()
    {
        var documents = SeedFacts.Labelled("Document").OrderBy(node => node.Id, StringComparer.Ordinal).ToArray();
        var data = await host.DataAsync("""{ documents(first: 100) { totalCount nodes { id title text } } }""");
        var connection = data.GetProperty("documents");
        Assert.Equal(documents.Length, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(documents.Select(document => document.Id), connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()));
        var letter = connection.GetProperty("nodes").EnumerateArray().Single(node => node.GetProperty("id").GetString() == "doc:npc-gx-13-4-2021574");
        var file = File.ReadAllText(Path.Combine(ContentPaths.Resolve("seed-data", Directory.GetCurrentDirectory()), "letters", "003_456d59472365d4c9.txt"));
        Assert.Equal(file, letter.GetProperty("text").GetString());
        Assert.Equal("自治区科技厅关于自治区十三届人大四次会议第2021574号代表建议的答复", letter.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Documents_sort_by_date_and_page_backward()
    {
        var dated = SeedFacts.Labelled("Document").Where(node => node.Properties.ContainsKey("date"))
            .OrderByDescending(node => ((StatedDate)node.Properties["date"]).Start).ThenBy(node => node.Id, StringComparer.Ordinal)
            .Select(node => node.Id).ToArray();
        Assert.NotEmpty(dated);
        var data = await host.DataAsync("""{ documents(first: 100, orderBy: [{ field: "date", direction: DESC }]) { nodes { id } } }""");
        var ids = Ids(data.GetProperty("documents")).ToArray();
        Assert.Equal(dated, ids[..dated.Length]);
        var last = await host.DataAsync("""{ documents(last: 1, orderBy: [{ field: "date", direction: DESC }]) { pageInfo { hasPreviousPage } nodes { id } } }""");
        Assert.Equal([ids[^1]], Ids(last.GetProperty("documents")));
        Assert.True(last.GetProperty("documents").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task A_document_lists_the_facts_that_cite_it()
    {
        const string Letter = "doc:czppcc-12-4-20210243";
        var entities = SeedFacts.Nodes.Where(node => node.Id != Letter && node.Sources.Any(source => source.DocumentId == Letter)).Select(node => node.Id).Order(StringComparer.Ordinal).ToArray();
        var relationships = SeedFacts.Relationships.Where(relationship => relationship.Sources.Any(source => source.DocumentId == Letter))
            .Select(relationship => relationship.Id).Order(StringComparer.Ordinal).ToArray();
        var data = await host.DataAsync($$"""
            {
              node(id: "{{Letter}}") {
                ... on Document {
                  entitiesStated(first: 1000) { totalCount nodes { id } }
                  relationshipsStated(first: 1000) { totalCount nodes { id } }
                  labs: entitiesStated(label: ResearchFacility, first: 1000) { totalCount }
                  funding: relationshipsStated(types: [FUNDS], last: 2) { totalCount nodes { id } }
                }
              }
            }
            """);
        var document = data.GetProperty("node");
        Assert.Equal(entities, Ids(document.GetProperty("entitiesStated")));
        Assert.Equal(entities.Length, document.GetProperty("entitiesStated").GetProperty("totalCount").GetInt32());
        Assert.Equal(relationships, Ids(document.GetProperty("relationshipsStated")));
        var labs = SeedFacts.Labelled("ResearchFacility").Count(node => entities.Contains(node.Id));
        Assert.Equal(labs, document.GetProperty("labs").GetProperty("totalCount").GetInt32());
        var funding = relationships.Where(id => SeedFacts.Relationships.Single(relationship => relationship.Id == id).Type == "FUNDS").ToArray();
        Assert.Equal(funding.Length, document.GetProperty("funding").GetProperty("totalCount").GetInt32());
        Assert.Equal(funding[^2..], Ids(document.GetProperty("funding")));
    }

    private static IEnumerable<string> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!);
}
