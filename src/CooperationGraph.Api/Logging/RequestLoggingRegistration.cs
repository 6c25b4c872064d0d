using CooperationGraph.Api.Http;
using Serilog;
using Serilog.Events;

namespace CooperationGraph.Api.Logging;

internal static class RequestLoggingRegistration
{
    private const string Template = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {ElapsedMs} ms";

    /// <summary>
    /// One structured event per request, written by Serilog.AspNetCore when the request completes, failed ones included:
    /// <c>RequestMethod</c>, <c>RequestPath</c>, <c>StatusCode</c>, <c>ElapsedMs</c>, <c>CorrelationId</c>, and for GraphQL
    /// requests <c>GraphQLOperationName</c>, <c>GraphQLErrorCount</c>, <c>GraphQLCostRequested</c> and <c>GraphQLCostActual</c>.
    /// </summary>
    public static IApplicationBuilder UseApiRequestLogging(this IApplicationBuilder app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = new LevelGatedRequestLogger(
                app.ApplicationServices.GetRequiredService<Serilog.ILogger>(),
                app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(LevelGatedRequestLogger.Category));
            options.MessageTemplate = Template;
            options.GetLevel = static (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error : LogEventLevel.Information;
            options.GetMessageTemplateProperties = static (context, _, elapsedMs, statusCode) => Properties(context, elapsedMs, statusCode);
        });
        return app.UseMiddleware<GraphQLObservationMiddleware>();
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
