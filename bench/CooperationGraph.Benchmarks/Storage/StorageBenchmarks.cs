using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// The embedded store under BenchmarkDotNet: seeding the real seed graph into a fresh database, and 2-hop
/// neighbourhood and batched relationship look-ups on a store holding the synthetic graph
/// (<c>STORAGE_BENCH_RELATIONSHIPS</c>, default 1,000,000). The 1M load itself is timed by <see cref="StorageLoadCommand"/>.
/// </summary>
[Config(typeof(StorageBenchmarkConfig))]
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private const int LookupsPerInvoke = 200;

    private GraphSnapshot _seed = null!;
    private string[] _centres = [];
    private string _syntheticPath = string.Empty;
    private IGraphStore _synthetic = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var model = BenchmarkInputs.LoadModel();
        _seed = BenchmarkInputs.LoadSeed(model);
        var size = int.TryParse(Environment.GetEnvironmentVariable("STORAGE_BENCH_RELATIONSHIPS"), out var configured) ? configured : 1_000_000;
        var synthetic = SyntheticGraphGenerator.Generate(model, size);
        var random = new Random(SyntheticGraphGenerator.DefaultSeed);
        _centres = Enumerable.Range(0, LookupsPerInvoke).Select(_ => synthetic.Nodes[random.Next(synthetic.Nodes.Count)].Id).ToArray();
        _syntheticPath = BenchmarkInputs.NewDatabasePath();
        _synthetic = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = _syntheticPath });
        await _synthetic.ReplaceAllAsync(synthetic);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _synthetic.DisposeAsync();
        BenchmarkInputs.DeleteDatabase(_syntheticPath);
    }

    [Benchmark]
    public async Task<SeedOutcome> SeedGraphLoad()
    {
        var path = BenchmarkInputs.NewDatabasePath();
        try
        {
            await using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = path });
            return await store.ReplaceAllAsync(_seed);
        }
        finally
        {
            BenchmarkInputs.DeleteDatabase(path);
        }
    }

    [Benchmark(OperationsPerInvoke = LookupsPerInvoke)]
    public async Task<int> TwoHopNeighbourhood()
    {
        var nodes = 0;
        foreach (var centre in _centres)
        {
            nodes += (await _synthetic.GetNeighbourhoodAsync(new NeighbourhoodQuery(centre, Depth: 2))).Nodes.Count;
        }

        return nodes;
    }

    [Benchmark(OperationsPerInvoke = LookupsPerInvoke)]
    public async Task<int> BatchedRelationships()
    {
        var found = await _synthetic.GetRelationshipsAsync(_centres, new RelationshipSelection());
        return found.Sum(pair => pair.Value.Count);
    }

    private sealed class StorageBenchmarkConfig : ManualConfig
    {
        public StorageBenchmarkConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
