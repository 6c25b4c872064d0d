using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Telemetry;

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            && (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            failures.Add($"Telemetry:OtlpEndpoint must be an absolute http:// or https:// address like 'http://localhost:4317' (got '{options.OtlpEndpoint}').");
        }
        if (options.OtlpProtocol is not (TelemetryOptions.Grpc or TelemetryOptions.HttpProtobuf))
        {
            failures.Add($"Telemetry:OtlpProtocol must be '{TelemetryOptions.Grpc}' or '{TelemetryOptions.HttpProtobuf}' (got '{options.OtlpProtocol}').");
        }
        if (!options.PrometheusPath.StartsWith('/') || options.PrometheusPath.Length < 2
            || options.PrometheusPath.StartsWith("/graphql", StringComparison.OrdinalIgnoreCase)
            || options.PrometheusPath.StartsWith("/health", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Telemetry:PrometheusPath must be a path like '/metrics', outside /graphql and /health (got '{options.PrometheusPath}').");
        }
        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add("Telemetry:ServiceName must not be empty.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
