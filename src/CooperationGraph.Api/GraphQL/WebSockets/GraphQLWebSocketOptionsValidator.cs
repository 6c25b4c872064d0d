using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.GraphQL.WebSockets;

internal sealed class GraphQLWebSocketOptionsValidator : IValidateOptions<GraphQLWebSocketOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLWebSocketOptions options)
    {
        var failures = new List<string>();
        if (options.ConnectionInitTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{GraphQLWebSocketOptions.Section}:ConnectionInitTimeout must be positive (got {options.ConnectionInitTimeout}).");
        }
        if (options.KeepAliveInterval < TimeSpan.Zero)
        {
            failures.Add($"{GraphQLWebSocketOptions.Section}:KeepAliveInterval must not be negative (got {options.KeepAliveInterval}); 00:00:00 sends no pings.");
        }
        if (options.MaxOperationsPerSocket < 1)
        {
            failures.Add($"{GraphQLWebSocketOptions.Section}:MaxOperationsPerSocket must be at least 1 (got {options.MaxOperationsPerSocket}).");
        }
        if (options.MaxMessageBytes < 1024)
        {
            failures.Add($"{GraphQLWebSocketOptions.Section}:MaxMessageBytes must be at least 1024 (got {options.MaxMessageBytes}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
