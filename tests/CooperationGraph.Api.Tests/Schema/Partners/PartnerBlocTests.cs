using System.Text.Json;
using CooperationGraph.Api.Storage;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Seeding;

namespace CooperationGraph.Api.Tests.Schema.Partners;

[Collection(SeededGraphCollection.Name)]
public sealed class PartnerBlocTests(SeededGraph graph)
{
    private const string GxDostNetwork = """{ partners(of: "org:gx-dost", depth: 2, first: 1000) { bloc partner { id } } }""";

    [Theory]
    [InlineData("org:gx-dost", 2)]
    [InlineData("org:wuzhou-gov", 3)]
    public async Task Every_partners_bloc_follows_located_in_then_part_of_in_the_seed_data(string origin, int depth)
    {
        var data = await graph.DataAsync($$"""{ partners(of: "{{origin}}", depth: {{depth}}, first: 1000) { bloc partner { id } } }""");
        var blocs = Blocs(data);
        Assert.Contains(blocs.Values, bloc => bloc == "GUANGXI");
        Assert.Contains(blocs.Values, bloc => bloc == "GREATER_BAY_AREA");
        Assert.All(blocs, entry => Assert.Equal(SeedBlocs.Value.GetValueOrDefault(entry.Key), entry.Value));
    }

    [Fact]
    public async Task Blocs_are_read_once_per_graph_version()
    {
        var store = new CountingGraphStore(graph.Store);
        var cold = await graph.DataAsync(GxDostNetwork, store);
        var coldReads = store["GetRelationshipsAsync"];
        var warm = await graph.DataAsync(GxDostNetwork, store);
        var warmReads = store["GetRelationshipsAsync"] - coldReads;

        Assert.Equal(Blocs(cold), Blocs(warm));
        // Warm: the two hops of the walk only; cold: those plus the located-in and part-of steps.
        Assert.Equal(2, warmReads);
        Assert.True(coldReads > warmReads + 1, $"cold {coldReads}, warm {warmReads}");

        // Any committed write may move an entity: the next query reads the links again.
        store.Changes.Publish(new GraphChange(long.MaxValue, GraphChangeKind.Applied, DateTimeOffset.UnixEpoch, [], [], [], []));
        var afterWrite = await graph.DataAsync(GxDostNetwork, store);
        Assert.Equal(coldReads, store["GetRelationshipsAsync"] - coldReads - warmReads);
        Assert.Equal(Blocs(cold), Blocs(afterWrite));
    }

    private static Dictionary<string, string?> Blocs(JsonElement data) => data.GetProperty("partners").EnumerateArray().ToDictionary(
        partner => partner.GetProperty("partner").GetProperty("id").GetString()!,
        partner => partner.GetProperty("bloc").ValueKind == JsonValueKind.Null ? null : partner.GetProperty("bloc").GetString());

    /// <summary>Each entity's bloc from the seed data alone, as the schema documents it, in the API's enum spelling.</summary>
    private static readonly Lazy<Dictionary<string, string?>> SeedBlocs = new(() =>
    {
        var model = GraphModelLoader.Load(ContentPaths.Resolve("graph-schema/model.yaml", Directory.GetCurrentDirectory()));
        var snapshot = SeedLoader.Load(ContentPaths.Resolve("seed-data", Directory.GetCurrentDirectory()), model);
        var nodes = snapshot.Nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
        var links = snapshot.Relationships.OrderBy(link => link.Id, StringComparer.Ordinal).ToLookup(link => (link.FromId, link.Type));

        string? BlocOf(GraphNode node, int stepsLeft)
        {
            if (node.Label == "Region")
            {
                return node.Properties.GetValueOrDefault("bloc") as string;
            }

            return stepsLeft == 0
                ? null
                : links[(node.Id, "LOCATED_IN")].Concat(links[(node.Id, "PART_OF")])
                    .Select(link => nodes.GetValueOrDefault(link.ToId))
                    .Select(place => place is null ? null : BlocOf(place, stepsLeft - 1))
                    .FirstOrDefault(bloc => bloc is not null);
        }

        return nodes.Values.ToDictionary(node => node.Id, node => BlocOf(node, 4) switch
        {
            "Guangxi" => "GUANGXI",
            "GreaterBayArea" => "GREATER_BAY_AREA",
            null => null,
            "Other" => "OTHER",
            var other => other,
        }, StringComparer.Ordinal);
    });
}
