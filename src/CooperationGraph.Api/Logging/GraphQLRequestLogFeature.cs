using CooperationGraph.Api.Telemetry;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// What the GraphQL endpoint reports about the operation it ran, so the request log line can carry it.
/// The request-logging middleware puts one in <see cref="HttpContext.Features"/> before the endpoint runs.
/// </summary>
internal sealed class GraphQLRequestLogFeature
{
    /// <summary>True once the endpoint has recorded an operation: the request was a GraphQL request.</summary>
    public bool IsRecorded { get; private set; }

    /// <summary>The operation's name, or null for an anonymous operation or a request that did not parse.</summary>
    public string? OperationName { get; private set; }

    /// <summary>How many entries the response's <c>errors</c> list holds.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>The operation's estimated cost, or null when it was not estimated (refused before, or not a query or mutation).</summary>
    public long? RequestedCost { get; private set; }

    /// <summary>The cost of what the response held, or null when nothing was answered.</summary>
    public long? ActualCost { get; private set; }

    public void RecordCost(long? requested, long? actual)
    {
        RequestedCost = requested;
        ActualCost = actual;
    }

    /// <summary>Records the operation in the operation metrics: its duration and errors, and its cost when estimated.</summary>
    public void ReportTo(IOperationMetrics metrics, double elapsedMilliseconds)
    {
        metrics.RecordOperation(OperationName, elapsedMilliseconds, ErrorCount);
        if (RequestedCost is { } requested)
        {
            metrics.RecordCost(requested);
        }
    }

    public void Record(string? operationName, int errorCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(errorCount);
        OperationName = operationName;
        ErrorCount = errorCount;
        IsRecorded = true;
    }
}
