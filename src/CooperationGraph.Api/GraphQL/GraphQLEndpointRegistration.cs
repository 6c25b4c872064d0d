using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Fairness;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.Api.GraphQL.WebSockets;
using CooperationGraph.Api.Http;
using CooperationGraph.Api.Telemetry;
using CooperationGraph.GraphQL.Type;
using Microsoft.Extensions.Options;

// In ASP.NET Core's namespace, as its own Map* extensions are, so Program.cs needs no using for it.
namespace Microsoft.AspNetCore.Builder;

internal static class GraphQLEndpointRegistration
{
    public const string DefaultPath = "/graphql";

    /// <summary>The setting that turns introspection (<c>__schema</c>, <c>__type</c>) off; on by default.</summary>
    public const string IntrospectionSetting = "GraphQL:Introspection";

    /// <summary>
    /// GraphQL over HTTP (GET and POST), over server-sent events and over WebSocket (<c>graphql-transport-ws</c>, unless
    /// <c>WebSockets:Enabled</c> is false) at <paramref name="path"/>, which GraphiQL shares for browsers. Its limits are
    /// read from the <c>Limits</c> section.
    /// </summary>
    /// <remarks>
    /// Invalid limits are not reported here, while the pipeline is still being built and before the host's
    /// invalid-configuration reporting runs: <c>AddApiOptions</c> validates them when the host starts, with every other
    /// setting, and the host stops with a readable message. Until then the endpoint is wired with the defaults.
    /// </remarks>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this WebApplication app, string path = DefaultPath)
    {
        var limits = PipelineOptions.BindOrDefaults<GraphQLLimitOptions, GraphQLLimitOptionsValidator>(app.Configuration, GraphQLLimitOptions.Section);
        var services = app.Services;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var timeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
        ResolverExceptionFilter? masking = app.Environment.IsDevelopment()
            ? null
            : new ResolverExceptionMasking(loggers.CreateLogger<ResolverExceptionMasking>()).Filter;
        var endpoint = new GraphQLHttpEndpoint(
            new GraphQLEngineProvider(services, limits.ToQueryLimits(), masking),
            new OperationInspector(limits),
            new EventStreamResponder(
                limits.SseKeepAliveInterval,
                timeProvider,
                app.Lifetime.ApplicationStopping,
                loggers.CreateLogger<EventStreamResponder>()),
            services.GetService<IntrospectionResponseCache>() ?? new IntrospectionResponseCache(limits.MaxCachedIntrospectionResponses),
            FairResponder.Create(app.Configuration))
        {
            // A value that is not a boolean is reported when the host starts (the "GraphQL" options are bound then).
            IntrospectionAllowed = !bool.TryParse(app.Configuration[IntrospectionSetting], out var allowed) || allowed,
        };
        RequestDelegate handle = endpoint.HandleAsync;
        var webSockets = GraphQLWebSocketRegistration.Configured(app.Configuration);
        if (webSockets.Enabled)
        {
            var runner = new WebSocketOperationRunner(
                endpoint, services.GetService<RequestDeadlines>(), services.GetService<IOperationMetrics>(), timeProvider, loggers.CreateLogger<WebSocketOperationRunner>());
            var acceptor = new GraphQLWebSocketAcceptor(webSockets, runner, timeProvider, app.Lifetime.ApplicationStopping);
            handle = context => GraphQLHttpEndpoint.AsksForWebSocket(context.Request) ? acceptor.AcceptAsync(context) : endpoint.HandleAsync(context);
        }
        return app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], handle);
    }
}
