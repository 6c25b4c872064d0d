using CooperationGraph.Api.GraphQL;
using CooperationGraph.GraphQL.Execution;
using Microsoft.Extensions.Options;

// In ASP.NET Core's namespace, as its own Map* extensions are, so Program.cs needs no using for it.
namespace Microsoft.AspNetCore.Builder;

internal static class GraphQLEndpointRegistration
{
    public const string DefaultPath = "/graphql";

    /// <summary>
    /// GraphQL over HTTP (GET and POST) and over server-sent events at <paramref name="path"/>, which GraphiQL
    /// shares for browsers. Its limits are read from the <c>Limits</c> section and checked here, at startup.
    /// </summary>
    /// <exception cref="OptionsValidationException">A limit is invalid; each failure names its setting.</exception>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this WebApplication app, string path = DefaultPath)
    {
        var limits = app.Configuration.GetSection(GraphQLLimitOptions.Section).Get<GraphQLLimitOptions>() ?? new GraphQLLimitOptions();
        var validation = new GraphQLLimitOptionsValidator().Validate(Options.DefaultName, limits);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(GraphQLLimitOptions), validation.Failures);
        }
        var services = app.Services;
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var timeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
        FieldMiddleware? masking = app.Environment.IsDevelopment()
            ? null
            : new ResolverExceptionMasking(loggers.CreateLogger<ResolverExceptionMasking>()).InvokeAsync;
        var endpoint = new GraphQLHttpEndpoint(
            new GraphQLEngineProvider(services, limits.ToQueryLimits(), masking),
            new OperationInspector(limits),
            new EventStreamResponder(
                limits.SseKeepAliveInterval,
                timeProvider,
                app.Lifetime.ApplicationStopping,
                loggers.CreateLogger<EventStreamResponder>()));
        return app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync);
    }
}
