using System.Threading.RateLimiting;

namespace CooperationGraph.Api.Fairness;

/// <summary>
/// The expensive lane: a concurrency limit per client IP in front of a concurrency limit over all clients, each with
/// a bounded queue served oldest first, and a bounded wait. A client over its own queue is refused at once
/// (<see cref="GateOutcome.RateLimited"/>); a full lane or a wait past <see cref="FairnessOptions.QueueTimeout"/> is
/// <see cref="GateOutcome.Overloaded"/>.
/// </summary>
internal sealed class ExpensiveOperationGate : IDisposable
{
    private readonly FairnessOptions _options;
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly ConcurrencyLimiter _overall;

    public ExpensiveOperationGate(FairnessOptions options)
    {
        _options = options;
        _perClient = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentPerClient,
            QueueLimit = options.QueueLimitPerClient,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        _overall = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrent,
            QueueLimit = options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        Collector = LaneCollector.ForRuntime(options.CollectAfterBytes);
        Trimmer = LaneTrimmer.ForRuntime(options.TrimAfterIdle);
    }

    /// <summary>Collects the admitted operations' garbage between them (<see cref="FairnessOptions.CollectAfterBytes"/>).</summary>
    public LaneCollector Collector { get; }

    /// <summary>Gives back the heap's growth once the lane is idle (<see cref="FairnessOptions.TrimAfterIdle"/>).</summary>
    public LaneTrimmer Trimmer { get; }

    /// <summary>How many expensive operations hold the lane now (for tests and monitoring).</summary>
    public long Running => _options.MaxConcurrent - (_overall.GetStatistics()?.CurrentAvailablePermits ?? 0);

    /// <summary>Waits for the lane.</summary>
    /// <param name="client">The client's key (its IP address).</param>
    /// <param name="cancellationToken">The request's token: the client left or the request timed out.</param>
    /// <returns>The outcome; an admitted one holds a lease to dispose when the operation's work is done.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public async ValueTask<GateEntry> EnterAsync(string client, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_options.QueueTimeout);
        RateLimitLease? clientLease = null;
        try
        {
            clientLease = await _perClient.AcquireAsync(client, 1, wait.Token).ConfigureAwait(false);
            if (!clientLease.IsAcquired)
            {
                clientLease.Dispose();
                return new GateEntry(GateOutcome.RateLimited, null);
            }

            var lease = await _overall.AcquireAsync(1, wait.Token).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                clientLease.Dispose();
                return new GateEntry(GateOutcome.Overloaded, null);
            }

            Trimmer.OperationStarted();
            return new GateEntry(GateOutcome.Admitted, new Lease(clientLease, lease, Trimmer));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            clientLease?.Dispose();
            return new GateEntry(GateOutcome.Overloaded, null);
        }
        catch
        {
            clientLease?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _overall.Dispose();
        Trimmer.Dispose();
    }

    // Released once, whoever gets there first: the end of the work, or an abandoned execution finishing later.
    private sealed class Lease(RateLimitLease client, RateLimitLease overall, LaneTrimmer trimmer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                overall.Dispose();
                client.Dispose();
                trimmer.OperationEnded();
            }
        }
    }
}

/// <summary>What the lane decided.</summary>
internal enum GateOutcome
{
    Admitted,
    RateLimited,
    Overloaded,
}

/// <summary>The lane's decision and, when admitted, the lease that keeps the place taken.</summary>
internal readonly record struct GateEntry(GateOutcome Outcome, IDisposable? Lease);
