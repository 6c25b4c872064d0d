using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CooperationGraph.Neo4j;

/// <summary>
/// The managed-transaction retry policy: retryable errors (transient codes, lost connections, expired routing)
/// are retried with exponential, jittered backoff, within an overall time budget.
/// </summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline Create(Neo4jClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.MaxRetryTime });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(error => error.IsRetryable),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.InitialRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxDelay = options.MaxRetryTime,
            });
        }

        return builder.Build();
    }
}
