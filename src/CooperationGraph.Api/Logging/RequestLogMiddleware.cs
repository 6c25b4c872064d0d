using System.Diagnostics;
using CooperationGraph.Api.Http;
using Serilog.Events;
using Serilog.Parsing;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// Writes the request line when the request completes, failed ones included: <c>RequestMethod</c>,
/// <c>RequestPath</c>, <c>StatusCode</c>, <c>ElapsedMs</c>, <c>CorrelationId</c>, and for GraphQL requests
/// <c>GraphQLOperationName</c>, <c>GraphQLErrorCount</c>, <c>GraphQLCostRequested</c> and <c>GraphQLCostActual</c>; at
/// Information, or Error for a 5xx or an exception. The event is the one Serilog.AspNetCore's middleware writes (same
/// template, <c>SourceContext</c>, trace and span ids), without its diagnostic context, which the service does not
/// use and which costs every request an execution-context change. When the level leaves the line out, the request
/// pays a timestamp and one level check.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, Serilog.ILogger logger, TimeProvider timeProvider)
{
    private static readonly MessageTemplate s_template =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs} ms");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception exception) when (Write(context, StatusCodes.Status500InternalServerError, started, exception))
        {
            // Never entered: the filter logs the failure before the stack unwinds (the exception handler answers it).
        }

        Write(context, context.Response.StatusCode, started, exception: null);
    }

    private bool Write(HttpContext context, int statusCode, long started, Exception? exception)
    {
        var level = exception is not null || statusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Information;
        if (!logger.IsEnabled(level))
        {
            return false;
        }

        var elapsedMs = timeProvider.GetElapsedTime(started).TotalMilliseconds;
        var activity = Activity.Current;
        logger.Write(new LogEvent(
            timeProvider.GetLocalNow(), level, exception, s_template, Properties(context, elapsedMs, statusCode), activity?.TraceId ?? default, activity?.SpanId ?? default));
        return false;
    }

    private static List<LogEventProperty> Properties(HttpContext context, double elapsedMs, int statusCode)
    {
        var request = context.Request;
        var properties = new List<LogEventProperty>(9)
        {
            new("RequestMethod", new ScalarValue(request.Method)),
            new("RequestPath", new ScalarValue(request.PathBase.Add(request.Path).Value ?? "/")),
            new("StatusCode", new ScalarValue(statusCode)),
            new("ElapsedMs", new ScalarValue(Math.Round(elapsedMs, 2))),
            new("CorrelationId", new ScalarValue(CorrelationId.Of(context))),
        };
        if (context.Features.Get<GraphQLRequestLogFeature>() is { IsRecorded: true } graphQL)
        {
            properties.Add(new("GraphQLOperationName", new ScalarValue(graphQL.OperationName)));
            properties.Add(new("GraphQLErrorCount", new ScalarValue(graphQL.ErrorCount)));
            properties.Add(new("GraphQLCostRequested", new ScalarValue(graphQL.RequestedCost)));
            properties.Add(new("GraphQLCostActual", new ScalarValue(graphQL.ActualCost)));
        }

        return properties;
    }
}
