using CooperationGraph.Api.Fairness;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.Api.GraphQL.WebSockets;
using CooperationGraph.Api.Telemetry;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

internal static class OptionsRegistration
{
    /// <summary>Binds every host option section and validates it when the host starts, not on first use.</summary>
    public static IServiceCollection AddApiOptions(this IServiceCollection services)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(StorageOptions.Section);
        services.AddValidatedOptions<CorsPolicyOptions, CorsPolicyOptionsValidator>(CorsPolicyOptions.Section);
        services.AddValidatedOptions<ClientRateLimitOptions, ClientRateLimitOptionsValidator>(ClientRateLimitOptions.Section);
        services.AddValidatedOptions<RequestLimitOptions, RequestLimitOptionsValidator>(RequestLimitOptions.Section);
        services.AddValidatedOptions<ShutdownOptions, ShutdownOptionsValidator>(ShutdownOptions.Section);
        services.AddValidatedOptions<LogOutputOptions, LogOutputOptionsValidator>(LogOutputOptions.Section);
        services.AddValidatedOptions<GraphQLLimitOptions, GraphQLLimitOptionsValidator>(GraphQLLimitOptions.Section);
        services.AddValidatedOptions<FairnessOptions, FairnessOptionsValidator>(FairnessOptions.Section);
        services.AddValidatedOptions<TelemetryOptions, TelemetryOptionsValidator>(TelemetryOptions.Section);
        services.AddValidatedOptions<GraphQLWebSocketOptions, GraphQLWebSocketOptionsValidator>(GraphQLWebSocketOptions.Section);
        // Nothing to check beyond the type: binding at start turns "GraphQL:Introspection=maybe" into a readable refusal.
        services.AddOptions<GraphQLFeatureOptions>().BindConfiguration(GraphQLFeatureOptions.Section).ValidateOnStart();
        return services;
    }

    private static void AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section, binder => binder.ErrorOnUnknownConfiguration = false).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
    }
}
