using CooperationGraph.Api.Http;
using CooperationGraph.Api.Telemetry;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// Gives each request the <see cref="GraphQLRequestLogFeature"/> the GraphQL endpoint fills in, keeps the correlation
/// id on every log event of the request, and, when the request was a GraphQL one, records its operation's duration.
/// </summary>
internal sealed class GraphQLObservationMiddleware(
    RequestDelegate next, ILogger<GraphQLObservationMiddleware> logger, IOperationMetrics metrics, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var graphQL = new GraphQLRequestLogFeature();
        context.Features.Set(graphQL);
        using var scope = logger.BeginScope(new KeyValuePair<string, object>[] { new("CorrelationId", CorrelationId.Of(context)) });
        var started = timeProvider.GetTimestamp();
        await next(context);
        if (graphQL.IsRecorded)
        {
            metrics.RecordOperation(graphQL.OperationName, timeProvider.GetElapsedTime(started).TotalMilliseconds, graphQL.ErrorCount);
            if (graphQL.RequestedCost is { } requested)
            {
                metrics.RecordCost(requested);
            }
        }
    }
}
