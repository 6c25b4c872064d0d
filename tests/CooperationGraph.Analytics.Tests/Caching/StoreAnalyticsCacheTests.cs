using System.Globalization;
using System.Runtime.CompilerServices;
using CooperationGraph.Analytics.Caching;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Analytics.Tests.Caching;

/// <summary>The cache over the real embedded store: one export per graph version, a new one after every write.</summary>
public sealed class StoreAnalyticsCacheTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-analytics-cache-" + Guid.NewGuid().ToString("N"));
    private IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = Path.Combine(_directory, "graph.db") });
        await _store.ReplaceAllAsync(ContractGraph.Snapshot);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task An_unchanged_graph_is_exported_once_and_its_results_are_shared()
    {
        var cache = new StoreAnalyticsCache(_store, RealSeedGraph.Vocabulary);

        var first = await cache.CurrentAsync();
        var second = await cache.CurrentAsync();

        Assert.Same(first, second);
        Assert.Equal(1, cache.ExportCount);
        Assert.Equal(ContractGraph.Snapshot.Nodes.Count, first.Snapshot.Nodes.Count);
        Assert.Same(first.Gaps, second.Gaps);
        Assert.Same(first.Projection(new ProjectionOptions()), second.Projection(new ProjectionOptions()));
    }

    [Fact]
    public async Task A_committed_write_makes_the_next_call_export_the_new_version()
    {
        var cache = new StoreAnalyticsCache(_store, RealSeedGraph.Vocabulary);
        var before = await cache.CurrentAsync();

        var added = ContractGraph.MakeNode("org:newcomer", ["Entity", "Organisation", "Enterprise"], "新成员有限公司", "Newcomer Ltd.");
        await _store.ApplyAsync(new GraphChangeSet(UpsertNodes: [added]));
        var after = await cache.CurrentAsync();

        Assert.NotSame(before, after);
        Assert.True(after.Version > before.Version);
        Assert.Equal(2, cache.ExportCount);
        Assert.Contains(after.Snapshot.Nodes, node => node.Id == "org:newcomer");
        Assert.True(after.Projection(new ProjectionOptions()).TryGetIndex("org:newcomer", out _));
        Assert.False(before.Projection(new ProjectionOptions()).TryGetIndex("org:newcomer", out _));
    }

    [Fact]
    public async Task Concurrent_first_readers_share_one_export()
    {
        var cache = new StoreAnalyticsCache(_store, RealSeedGraph.Vocabulary);

        var graphs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.CurrentAsync())));

        Assert.All(graphs, graph => Assert.Same(graphs[0], graph));
        Assert.Equal(1, cache.ExportCount);
    }

    [Fact]
    public async Task A_new_graph_version_starts_with_no_results_and_lets_the_old_ones_go()
    {
        var cache = new StoreAnalyticsCache(_store, RealSeedGraph.Vocabulary);
        var (old, oldVersion) = await FillAsync(cache);

        await _store.ApplyAsync(new GraphChangeSet(UpsertNodes: [ContractGraph.MakeNode("org:later", ["Entity", "Organisation", "Enterprise"], "后来者有限公司", "Later Ltd.")]));
        var current = await cache.CurrentAsync();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.True(current.Version > oldVersion);
        Assert.Equal(0, current.KeptResultCount);
        // Nothing but the cache held the old version: its results went with it.
        Assert.False(old.TryGetTarget(out _), "the previous version's analysed graph is still reachable");
    }

    // Not inlined, so that the test's own frame holds no reference to the first version.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(WeakReference<AnalysedGraph> Graph, long Version)> FillAsync(StoreAnalyticsCache cache)
    {
        var graph = await cache.CurrentAsync();
        for (var i = 0; i < 10; i++)
        {
            graph.Result("filler|" + i.ToString(CultureInfo.InvariantCulture), () => new byte[1024]);
        }

        graph.Projection(new ProjectionOptions());
        Assert.Equal(11, graph.KeptResultCount);
        return (new WeakReference<AnalysedGraph>(graph), graph.Version);
    }
}
