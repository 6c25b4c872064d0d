using CooperationGraph.Api.Http;

namespace CooperationGraph.Api.Logging;

/// <summary>One structured log event per request, written when the request completes, failed ones included.</summary>
internal sealed partial class RequestLoggingMiddleware(
    RequestDelegate next,
    ILogger<RequestLoggingMiddleware> logger,
    TimeProvider timeProvider)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var graphQL = new GraphQLRequestLogFeature();
        context.Features.Set(graphQL);
        using var scope = logger.BeginScope(new KeyValuePair<string, object>[] { new("CorrelationId", CorrelationId.Of(context)) });
        var started = timeProvider.GetTimestamp();
        var escaped = false;
        try
        {
            await next(context);
        }
        catch
        {
            escaped = true;
            throw;
        }
        finally
        {
            // An exception that got past every handler reaches the client as a 500, whatever the response said.
            var status = escaped ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            var elapsedMs = Math.Round(timeProvider.GetElapsedTime(started).TotalMilliseconds, 2);
            var level = status >= StatusCodes.Status500InternalServerError ? LogLevel.Error : LogLevel.Information;
            var request = context.Request;
            var path = request.PathBase.Add(request.Path).Value ?? "/";
            if (graphQL.IsRecorded)
            {
                LogGraphQLRequest(logger, level, request.Method, path, status, elapsedMs, graphQL.OperationName, graphQL.ErrorCount, graphQL.RequestedCost, graphQL.ActualCost);
            }
            else
            {
                LogRequest(logger, level, request.Method, path, status, elapsedMs);
            }
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestCompleted",
        Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogRequest(
        ILogger logger, LogLevel level, string requestMethod, string requestPath, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2, EventName = "GraphQLRequestCompleted",
        Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs} ms: GraphQL operation {GraphQLOperationName} with {GraphQLErrorCount} errors, cost {GraphQLCostRequested} requested, {GraphQLCostActual} actual")]
    private static partial void LogGraphQLRequest(
        ILogger logger, LogLevel level, string requestMethod, string requestPath, int statusCode, double elapsedMs,
        string? graphQLOperationName, int graphQLErrorCount, long? graphQLCostRequested, long? graphQLCostActual);
}
