using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CooperationGraph.Analytics;
using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Communities;
using CooperationGraph.Analytics.Projection;
using Perfolizer.Horology;

namespace CooperationGraph.Benchmarks.Analytics;

/// <summary>
/// PageRank, sampled betweenness (100 pivots) and Louvain on the synthetic 100,000-node, 1,000,000-edge graph,
/// the same graph <c>bench/analytics/run.mjs</c> times in graphology (<c>bench/analytics/run.sh</c> runs both).
/// Each operation takes seconds, so the job measures single invocations (monitoring strategy) in process.
/// The edge list is written to <c>ANALYTICS_BENCH_EDGES</c> (if set and absent) for the node side.
/// </summary>
[Config(typeof(AnalyticsBenchmarkConfig))]
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    public const int Pivots = 100;

    private GraphProjection _graph = null!;
    private int[] _sources = [];
    private int[] _targets = [];

    [GlobalSetup]
    public void Setup()
    {
        var (sources, targets) = SyntheticCooperationGraph.Generate(SyntheticCooperationGraph.DefaultNodes, SyntheticCooperationGraph.DefaultEdges);
        (_sources, _targets) = (sources, targets);
        var path = Environment.GetEnvironmentVariable("ANALYTICS_BENCH_EDGES");
        if (!string.IsNullOrEmpty(path) && !File.Exists(path))
        {
            SyntheticCooperationGraph.Write(path, SyntheticCooperationGraph.DefaultNodes, sources, targets);
        }

        _graph = GraphProjection.FromEdges(SyntheticCooperationGraph.DefaultNodes, sources, targets, [], directed: false);
    }

    [Benchmark]
    public GraphProjection BuildProjection() =>
        GraphProjection.FromEdges(SyntheticCooperationGraph.DefaultNodes, _sources, _targets, [], directed: false);

    [Benchmark]
    public NodeScores PageRank() => NetworkAnalytics.PageRank(_graph);

    [Benchmark]
    public NodeScores BetweennessSampled() =>
        NetworkAnalytics.Betweenness(_graph, new BetweennessOptions { Pivots = Pivots, Seed = 1 });

    [Benchmark]
    public CommunityPartition Louvain() => NetworkAnalytics.Louvain(_graph, new CommunityOptions { Seed = 1 });

    /// <summary>Records the quality of the timed Louvain (modularity, communities) for the side-by-side report.</summary>
    [GlobalCleanup(Target = nameof(Louvain))]
    public void RecordLouvainQuality()
    {
        var path = Environment.GetEnvironmentVariable("ANALYTICS_BENCH_QUALITY");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var partition = Louvain();
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new
        {
            louvainModularity = partition.Modularity,
            louvainCommunities = partition.CommunityCount,
        }));
    }

    private sealed class AnalyticsBenchmarkConfig : ManualConfig
    {
        public AnalyticsBenchmarkConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(3)
                .WithToolchain(InProcessEmitToolchain.Instance));
            SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
        }
    }
}
