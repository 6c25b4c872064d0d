using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.GraphQL;

internal sealed class GraphQLLimitOptionsValidator : IValidateOptions<GraphQLLimitOptions>
{
    private static readonly TimeSpan s_longest = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, GraphQLLimitOptions options)
    {
        var failures = new List<string>();
        RequirePositive(failures, "MaxDocumentLength", options.MaxDocumentLength);
        RequirePositive(failures, "MaxTokens", options.MaxTokens);
        RequirePositive(failures, "MaxDepth", options.MaxDepth);
        RequirePositive(failures, "MaxFields", options.MaxFields);
        RequirePositive(failures, "MaxAliases", options.MaxAliases);
        RequirePositive(failures, "MaxCost", options.MaxCost);
        if (options.MaxCachedIntrospectionResponses < 0)
        {
            failures.Add($"Limits:MaxCachedIntrospectionResponses must be 0 (no cache) or a positive number (got {options.MaxCachedIntrospectionResponses}).");
        }

        RequireDuration(failures, "ExecutionTimeout", options.ExecutionTimeout);
        RequireDuration(failures, "SseKeepAliveInterval", options.SseKeepAliveInterval);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequirePositive(List<string> failures, string setting, long value)
    {
        if (value < 1)
        {
            failures.Add($"Limits:{setting} must be a positive number (got {value}).");
        }
    }

    private static void RequireDuration(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > s_longest)
        {
            failures.Add($"Limits:{setting} must be a positive time span of at most ten minutes, like '00:00:15' (got '{value}').");
        }
    }
}
