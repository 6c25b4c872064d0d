using CooperationGraph.Api.Telemetry;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// Gives each request the <see cref="GraphQLRequestLogFeature"/> the GraphQL endpoint fills in and, when the request
/// was a GraphQL one, records its operation's duration. (The correlation id reaches the request's log events through
/// <see cref="CorrelationIdEnricher"/>.)
/// </summary>
internal sealed class GraphQLObservationMiddleware(
    RequestDelegate next, IOperationMetrics metrics, TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var graphQL = new GraphQLRequestLogFeature();
        context.Features.Set(graphQL);
        var started = timeProvider.GetTimestamp();
        await next(context);
        if (graphQL.IsRecorded)
        {
            graphQL.ReportTo(metrics, timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
