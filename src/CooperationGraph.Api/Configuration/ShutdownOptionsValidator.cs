using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

internal sealed class ShutdownOptionsValidator : IValidateOptions<ShutdownOptions>
{
    private static readonly TimeSpan s_longestTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, ShutdownOptions options) =>
        options.Timeout < TimeSpan.Zero || options.Timeout > s_longestTimeout
            ? ValidateOptionsResult.Fail($"Shutdown:Timeout must be between zero and five minutes, like '00:00:20' (got '{options.Timeout}').")
            : ValidateOptionsResult.Success;
}
