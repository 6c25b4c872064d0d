using CooperationGraph.Domain.Json;
using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

public sealed class DeterminismTests : IDisposable
{
    private readonly SeedFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Load_Twice_GivesEquivalentSnapshots()
    {
        var first = _fixture.Load();
        var second = _fixture.Load();

        Assert.Empty(GraphSnapshotComparer.Differences(first, second));
        Assert.Equal(GraphSnapshotJson.ToCanonicalJson(first), GraphSnapshotJson.ToCanonicalJson(second));
    }

    [Fact]
    public void Load_Twice_KeepsNodeAndRelationshipOrder()
    {
        var first = _fixture.Load();
        var second = _fixture.Load();

        Assert.Equal(first.Nodes.Select(node => node.Id), second.Nodes.Select(node => node.Id));
        Assert.Equal(first.Relationships.Select(relationship => relationship.Id), second.Relationships.Select(relationship => relationship.Id));
    }

    [Fact]
    public void Load_AfterAnAddedAlias_IsNotEquivalent()
    {
        var before = _fixture.Load();
        _fixture.Write("facts/b.yaml", SeedFixture.FactsB.Replace("aliases: [测大]", "aliases: [测大, 测试大]", StringComparison.Ordinal));
        var after = _fixture.Load();

        Assert.False(GraphSnapshotComparer.AreEquivalent(before, after));
        Assert.Contains(GraphSnapshotComparer.Differences(before, after), difference => difference.StartsWith("node 'org:test-university' differs", StringComparison.Ordinal));
    }
}
