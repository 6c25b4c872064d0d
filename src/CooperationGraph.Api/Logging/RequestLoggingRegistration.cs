namespace CooperationGraph.Api.Logging;

internal static class RequestLoggingRegistration
{
    /// <summary>
    /// One structured event per request, written when the request completes, failed ones included
    /// (<see cref="RequestLogMiddleware"/>), through the request logger that the <c>Logging:LogLevel</c> rules for
    /// <see cref="LevelGatedRequestLogger.Category"/> gate; then what the GraphQL endpoint records of the request.
    /// </summary>
    public static IApplicationBuilder UseApiRequestLogging(this IApplicationBuilder app)
    {
        var logger = new LevelGatedRequestLogger(
            app.ApplicationServices.GetRequiredService<Serilog.ILogger>(),
            app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(LevelGatedRequestLogger.Category))
            .ForContext(Serilog.Core.Constants.SourceContextPropertyName, LevelGatedRequestLogger.Category);
        app.UseMiddleware<RequestLogMiddleware>(logger);
        return app.UseMiddleware<GraphQLObservationMiddleware>();
    }
}
