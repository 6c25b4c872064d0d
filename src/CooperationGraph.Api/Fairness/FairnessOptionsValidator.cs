using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Fairness;

internal sealed class FairnessOptionsValidator : IValidateOptions<FairnessOptions>
{
    private const long LargestResponse = 1L << 30;

    public ValidateOptionsResult Validate(string? name, FairnessOptions options)
    {
        var failures = new List<string>();
        Require(failures, "CheapCost", options.CheapCost, 0, long.MaxValue);
        Require(failures, "MaxConcurrent", options.MaxConcurrent, 1, 1024);
        Require(failures, "MaxConcurrentPerClient", options.MaxConcurrentPerClient, 1, 1024);
        Require(failures, "QueueLimit", options.QueueLimit, 0, 100_000);
        Require(failures, "QueueLimitPerClient", options.QueueLimitPerClient, 0, 100_000);
        Require(failures, "MaxResponseBytes", options.MaxResponseBytes, 1024, LargestResponse);
        Require(failures, "CollectAfterBytes", options.CollectAfterBytes, 0, LargestResponse);
        if (options.MaxConcurrentPerClient > options.MaxConcurrent)
        {
            failures.Add($"Fairness:MaxConcurrentPerClient ({options.MaxConcurrentPerClient}) cannot exceed Fairness:MaxConcurrent ({options.MaxConcurrent}).");
        }

        if (!Enum.IsDefined(options.LanePriority))
        {
            failures.Add($"Fairness:LanePriority must be Idle or Normal (got '{options.LanePriority}').");
        }

        if (options.QueueTimeout <= TimeSpan.Zero || options.QueueTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Fairness:QueueTimeout must be a positive time span of at most ten minutes, like '00:00:10' (got '{options.QueueTimeout}').");
        }

        if (options.LaneYieldInterval < TimeSpan.Zero || options.LaneYieldInterval > TimeSpan.FromSeconds(1))
        {
            failures.Add($"Fairness:LaneYieldInterval must be a time span from zero (never yield) to one second, like '00:00:00.0002' (got '{options.LaneYieldInterval}').");
        }

        if (options.TrimAfterIdle < TimeSpan.Zero || options.TrimAfterIdle > TimeSpan.FromHours(1))
        {
            failures.Add($"Fairness:TrimAfterIdle must be a time span from zero (never trim) to one hour, like '00:00:05' (got '{options.TrimAfterIdle}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string setting, long value, long least, long most)
    {
        if (value < least || value > most)
        {
            failures.Add($"Fairness:{setting} must be between {least} and {most} (got {value}).");
        }
    }
}
