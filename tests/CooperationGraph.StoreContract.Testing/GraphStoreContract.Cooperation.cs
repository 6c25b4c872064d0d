using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using Xunit;

namespace CooperationGraph.StoreContract.Testing;

/// <summary>
/// Placement and ties through the store: the cooperation model built from what the store exports is the model of the
/// seed data, and the store's id filter — what the API passes for <c>where: {bloc, region}</c> — keeps exactly the
/// entities the model places there.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Cooperation_TheModelOfTheExportPlacesAndTiesAsTheSeedData()
    {
        await SeedAsync(RealSeedGraph.Snapshot);
        var exported = new CooperationModel(await Store.ExportAsync(), RealSeedGraph.Vocabulary);
        var seeded = RealSeedGraph.Cooperation;

        foreach (var node in RealSeedGraph.Snapshot.Nodes)
        {
            var (a, b) = (exported.PlacementOf(node.Id), seeded.PlacementOf(node.Id));
            Assert.Equal((b.Bloc, b.City?.Id, b.Province?.Id), (a.Bloc, a.City?.Id, a.Province?.Id));
            Assert.Equal(b.Path.Select(r => r.Id), a.Path.Select(r => r.Id));
        }

        static string[] Keys(IEnumerable<Tie> ties) =>
            [.. ties.Select(tie => $"{tie.Local.Id}|{tie.Partner.Id}|{tie.Kind}|{tie.Artefact?.Id}|{tie.Status}|{string.Join(",", tie.Relationships.Select(r => r.Id))}")];
        Assert.Equal(Keys(seeded.Ties(StatusSet.All)), Keys(exported.Ties(StatusSet.All)));
    }

    [Fact]
    public async Task Cooperation_TheIdFilterOfABlocOrRegionKeepsExactlyThePlacedEntities()
    {
        await SeedAsync(RealSeedGraph.Snapshot);
        var model = RealSeedGraph.Cooperation;
        (string? Bloc, string? Region)[] places = [("Guangxi", null), ("GreaterBayArea", null), (null, "region:wuzhou"), (null, "region:shenzhen")];
        foreach (var (bloc, region) in places)
        {
            var ids = bloc is not null ? model.IdsInBloc(bloc) : model.IdsInRegion(region!);
            Assert.NotEmpty(ids);

            var page = await Store.FindNodesAsync(new NodeQuery(Filter: new InFilter("id", [.. ids]), First: NodeQuery.MaxPageSize));

            Assert.Equal(Sorted([.. ids]), Sorted(Ids(page.Nodes)));
            Assert.All(page.Nodes, node => Assert.True(
                bloc is not null ? model.PlacementOf(node.Id).Bloc == bloc : model.PlacementOf(node.Id).IsIn(region!),
                $"{node.Id} is not placed in {bloc ?? region}"));
        }
    }

    [Fact]
    public async Task Cooperation_AWriteThatMovesAnEntityMovesItInTheNextModel()
    {
        await SeedAsync(RealSeedGraph.Snapshot);
        var before = new CooperationModel(await Store.ExportAsync(), RealSeedGraph.Vocabulary);
        Assert.Equal("GreaterBayArea", before.PlacementOf("org:huawei").Bloc);

        var located = (await Store.ExportAsync()).Relationships.Where(r => r.FromId == "org:huawei" && r.Type == "LOCATED_IN").ToList();
        var moved = located[0] with { Id = "rel:huawei.located-in.wuzhou.contract", ToId = "region:wuzhou" };
        await Store.ApplyAsync(new GraphChangeSet(UpsertRelationships: [moved], DeleteRelationshipIds: [.. located.Select(r => r.Id)]));

        var after = new CooperationModel(await Store.ExportAsync(), RealSeedGraph.Vocabulary);
        Assert.Equal(("Guangxi", "region:wuzhou"), (after.PlacementOf("org:huawei").Bloc, after.PlacementOf("org:huawei").City?.Id));
    }
}
