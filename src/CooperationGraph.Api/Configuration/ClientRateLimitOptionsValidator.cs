using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

internal sealed class ClientRateLimitOptionsValidator : IValidateOptions<ClientRateLimitOptions>
{
    private static readonly TimeSpan s_longestWindow = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, ClientRateLimitOptions options)
    {
        var failures = new List<string>();
        if (options.PermitPerWindow < 1)
        {
            failures.Add($"RateLimiting:PermitPerWindow must be at least 1 (got {options.PermitPerWindow}).");
        }
        if (options.Window <= TimeSpan.Zero || options.Window > s_longestWindow)
        {
            failures.Add($"RateLimiting:Window must be a positive time span of at most one day, like '00:01:00' (got '{options.Window}').");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
