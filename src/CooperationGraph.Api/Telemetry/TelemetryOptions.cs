namespace CooperationGraph.Api.Telemetry;

/// <summary>Where traces and metrics go, bound from the <c>Telemetry</c> section; everything is off by default.</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public const string Grpc = "grpc";

    public const string HttpProtobuf = "http/protobuf";

    /// <summary>An OpenTelemetry collector's OTLP address; traces and metrics are exported there when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317 by convention) or <c>http/protobuf</c> (4318).</summary>
    public string OtlpProtocol { get; set; } = Grpc;

    /// <summary>Serve the metrics in Prometheus's text format at <see cref="PrometheusPath"/> for scraping.</summary>
    public bool PrometheusEnabled { get; set; }

    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>The <c>service.name</c> resource attribute every span and metric carries.</summary>
    public string ServiceName { get; set; } = "cooperation-graph";

    /// <summary>Whether anything observes the service: only then are the instrumentation and the store decorator added.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(OtlpEndpoint) || PrometheusEnabled;
}
