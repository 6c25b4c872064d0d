using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CooperationGraph.Api.Telemetry;

/// <summary>
/// The host's traces and metrics, by the name OpenTelemetry subscribes to. Instruments are static: unobserved, a
/// measurement returns at once and a span start returns null, so the request path pays nothing while telemetry is off.
/// </summary>
public static class ApiTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name.</summary>
    public const string Name = "CooperationGraph.Api";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter s_meter = new(Name);

    internal static readonly Histogram<double> OperationDuration = s_meter.CreateHistogram<double>(
        "graphql.operation.duration", unit: "ms", description: "Time to answer a GraphQL request, by operation name.");

    internal static readonly Histogram<double> OperationCost = s_meter.CreateHistogram<double>(
        "graphql.operation.cost", unit: "{cost}", description: "The computed cost of each accepted GraphQL operation.");

    internal static readonly Counter<long> Errors = s_meter.CreateCounter<long>(
        "api.errors", unit: "{error}", description: "Errors answered, by extensions.code: the host's own and GraphQL's.");

    internal static readonly Counter<long> StoreCalls = s_meter.CreateCounter<long>(
        "graph_store.calls", unit: "{call}", description: "Calls to the graph store, by method.");

    internal static readonly Counter<long> CacheLookups = s_meter.CreateCounter<long>(
        "cache.lookups", unit: "{lookup}", description: "Lookups in the host's response caches, by cache and outcome (hit true or false).");

    /// <summary>The bucket bounds of <c>graphql.operation.cost</c>: costs range over orders of magnitude.</summary>
    internal static readonly double[] CostBuckets = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    internal static void RecordError(string code)
    {
        if (Errors.Enabled)
        {
            Errors.Add(1, new KeyValuePair<string, object?>("code", code));
        }
    }

    internal static void RecordCacheLookup(string cache, bool hit)
    {
        if (CacheLookups.Enabled)
        {
            CacheLookups.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("hit", hit));
        }
    }
}
