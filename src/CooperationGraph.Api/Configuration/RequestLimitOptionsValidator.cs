using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

internal sealed class RequestLimitOptionsValidator : IValidateOptions<RequestLimitOptions>
{
    private const long LargestBody = 256L * 1024 * 1024;

    private const int LargestEdgeLimit = 1024 * 1024;

    private static readonly TimeSpan s_longestTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, RequestLimitOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBodyBytes is < 1 or > LargestBody)
        {
            failures.Add($"Limits:MaxBodyBytes must be between 1 and {LargestBody} bytes (got {options.MaxBodyBytes}).");
        }
        if (options.MaxRequestTargetBytes is < 256 or > LargestEdgeLimit)
        {
            failures.Add($"Limits:MaxRequestTargetBytes must be between 256 and {LargestEdgeLimit} bytes (got {options.MaxRequestTargetBytes}).");
        }
        if (options.MaxHeaderBytes is < 1024 or > LargestEdgeLimit)
        {
            failures.Add($"Limits:MaxHeaderBytes must be between 1024 and {LargestEdgeLimit} bytes (got {options.MaxHeaderBytes}).");
        }
        if (options.MaxHeaderCount is < 8 or > 1000)
        {
            failures.Add($"Limits:MaxHeaderCount must be between 8 and 1000 (got {options.MaxHeaderCount}).");
        }
        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > s_longestTimeout)
        {
            failures.Add($"Limits:RequestTimeout must be a positive time span of at most ten minutes, like '00:00:30' (got '{options.RequestTimeout}').");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
