using CooperationGraph.Api.Configuration;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Diagnostics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CooperationGraph.Api.Telemetry;

internal static class TelemetryRegistration
{
    /// <summary>
    /// OpenTelemetry, when <c>Telemetry:OtlpEndpoint</c> or <c>Telemetry:PrometheusEnabled</c> asks for it: traces
    /// (request, GraphQL parse/validate/execute, store calls) to OTLP, metrics to OTLP and/or a Prometheus scrape
    /// endpoint. With both off nothing is registered, and the request path carries no instrumentation at all.
    /// </summary>
    public static IServiceCollection AddApiTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IOperationMetrics, OperationMetrics>();
        // A bad section leaves telemetry off here; the start-up validation reports it (exit code 2).
        var settings = Read(configuration);
        if (!settings.IsEnabled)
        {
            return services;
        }

        var otlp = string.IsNullOrWhiteSpace(settings.OtlpEndpoint) ? null : new Uri(settings.OtlpEndpoint);
        var builder = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(settings.ServiceName));
        builder.WithMetrics(metrics =>
        {
            metrics.AddMeter(ApiTelemetry.Name, GraphQLTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddView("graphql.operation.cost", new ExplicitBucketHistogramConfiguration { Boundaries = ApiTelemetry.CostBuckets });
            if (otlp is not null)
            {
                metrics.AddOtlpExporter(exporter => Configure(exporter, otlp, settings.OtlpProtocol));
            }
            if (settings.PrometheusEnabled)
            {
                metrics.AddPrometheusExporter();
            }
        });
        if (otlp is not null)
        {
            // Spans are only worth recording when something receives them.
            builder.WithTracing(tracing => tracing
                .AddSource(ApiTelemetry.Name, GraphQLTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Configure(exporter, otlp, settings.OtlpProtocol)));
        }

        DecorateGraphStore(services);
        return services;
    }

    /// <summary>The Prometheus scrape endpoint, when <c>Telemetry:PrometheusEnabled</c> is set; before rate limiting.</summary>
    public static IApplicationBuilder UseApiTelemetry(this IApplicationBuilder app, IConfiguration configuration)
    {
        var settings = Read(configuration);
        return settings.PrometheusEnabled
            ? app.UseOpenTelemetryPrometheusScrapingEndpoint(settings.PrometheusPath)
            : app;
    }

    // A value that does not convert (PrometheusEnabled=maybe) or does not validate leaves telemetry off here; the
    // options bound at start fail on it and the host stops with the setting named (exit code 2).
    private static TelemetryOptions Read(IConfiguration configuration) =>
        PipelineOptions.BindOrDefaults<TelemetryOptions, TelemetryOptionsValidator>(configuration, TelemetryOptions.Section);

    private static void Configure(OtlpExporterOptions exporter, Uri endpoint, string protocol)
    {
        exporter.Endpoint = endpoint;
        exporter.Protocol = protocol == TelemetryOptions.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }

    // One decorator instance for the store's lifetime: per-store caches (ConditionalWeakTable) key on the instance.
    private static void DecorateGraphStore(IServiceCollection services)
    {
        var registered = services.LastOrDefault(static service => service.ServiceType == typeof(IGraphStore));
        if (registered?.ImplementationFactory is not { } factory || registered.Lifetime != ServiceLifetime.Singleton)
        {
            return;
        }

        services.Remove(registered);
        services.AddSingleton<IGraphStore>(provider => new ObservedGraphStore((IGraphStore)factory(provider)));
    }
}
