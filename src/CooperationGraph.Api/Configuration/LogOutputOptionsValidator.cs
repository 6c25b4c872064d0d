using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Configuration;

internal sealed class LogOutputOptionsValidator : IValidateOptions<LogOutputOptions>
{
    public ValidateOptionsResult Validate(string? name, LogOutputOptions options) =>
        options.Format is LogOutputOptions.TextFormat or LogOutputOptions.JsonFormat
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Logging:Format must be 'text' or 'json' (got '{options.Format}').");
}
