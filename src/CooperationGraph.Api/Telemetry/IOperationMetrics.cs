using System.Collections.Concurrent;

namespace CooperationGraph.Api.Telemetry;

/// <summary>What the GraphQL request path reports about each operation it ran, for the <c>graphql.operation.*</c> metrics.</summary>
public interface IOperationMetrics
{
    /// <summary>Records the computed cost of an accepted operation (the <c>graphql.operation.cost</c> histogram).</summary>
    /// <param name="cost">The operation's cost, as the cost model computed it.</param>
    void RecordCost(double cost);

    /// <summary>Records how long a GraphQL request took (the <c>graphql.operation.duration</c> histogram).</summary>
    /// <param name="operationName">The operation's name; null for an anonymous one.</param>
    /// <param name="elapsedMilliseconds">The time from the request's start to its end.</param>
    /// <param name="errorCount">How many errors the response carried.</param>
    void RecordOperation(string? operationName, double elapsedMilliseconds, int errorCount);
}

/// <summary>The <see cref="IOperationMetrics"/> over <see cref="ApiTelemetry"/>'s instruments.</summary>
internal sealed class OperationMetrics : IOperationMetrics
{
    // Operation names come from clients: past this many, new names share one series, so no client can grow the
    // metrics without bound.
    private const int MaxNamedSeries = 200;

    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public void RecordCost(double cost)
    {
        if (ApiTelemetry.OperationCost.Enabled)
        {
            ApiTelemetry.OperationCost.Record(cost);
        }
    }

    public void RecordOperation(string? operationName, double elapsedMilliseconds, int errorCount)
    {
        if (ApiTelemetry.OperationDuration.Enabled)
        {
            // Anonymous operations share one series: names are the client's, but an unnamed one has no other label.
            ApiTelemetry.OperationDuration.Record(
                elapsedMilliseconds,
                new KeyValuePair<string, object?>("graphql.operation.name", SeriesName(operationName)),
                new KeyValuePair<string, object?>("outcome", errorCount == 0 ? "ok" : "errors"));
        }
    }

    private string SeriesName(string? operationName)
    {
        if (operationName is null)
        {
            return "(anonymous)";
        }

        if (_names.TryGetValue(operationName, out var known))
        {
            return known;
        }

        return _names.Count < MaxNamedSeries ? _names.GetOrAdd(operationName, operationName) : "(other)";
    }
}
