namespace CooperationGraph.Api.DataLoading;

/// <summary>
/// Dispatches one request's batches level by level. The executor calls every resolver of a level synchronously
/// and the waiters' continuations run inline when a batch completes them, so the loads of the next level are all
/// queued by the time a dispatch round's completions return: each round is then dispatched together.
/// </summary>
/// <remarks>
/// The first round has an explicit start: <see cref="RunAsync{T}"/> holds dispatching while the executor's
/// synchronous first pass queues the root level's loads, then dispatches them on the caller's thread. Without a
/// hold, a round must be started from the thread pool, where it may begin while keys are still being queued; the
/// results stay right, only the batch is split.
/// </remarks>
internal sealed class BatchScheduler(CancellationToken cancellationToken)
{
    private CancellationToken _cancellationToken = cancellationToken;

    private readonly Lock _gate = new();
    private List<IBatch> _pending = [];
    private bool _running;
    private int _holds;

    /// <summary>How many dispatch rounds ran: what the N+1 tests and the logs look at.</summary>
    public int Rounds { get; private set; }

    /// <summary>Adopts the execution's token (request abort and engine timeout) when created without one.</summary>
    public void Bind(CancellationToken executionToken)
    {
        if (!_cancellationToken.CanBeCanceled)
        {
            _cancellationToken = executionToken;
        }
    }

    /// <summary>
    /// Starts <paramref name="execution"/> with dispatching held, so that everything it queues before it first
    /// yields forms one round, then dispatches that round on this thread and awaits the execution.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> execution)
    {
        Task<T> pending;
        // The caller's synchronization context (a UI's, a test runner's) is set aside for the pass and the rounds
        // dispatched here, so that completions run inline as they do on the pool rather than being posted back.
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            lock (_gate)
            {
                _holds++;
            }

            try
            {
                pending = execution();
            }
            finally
            {
                Release();
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        return await pending.ConfigureAwait(false);
    }

    public void Enqueue(IBatch batch)
    {
        lock (_gate)
        {
            _pending.Add(batch);
            if (_running || _holds > 0)
            {
                return;
            }

            _running = true;
        }

        _ = Task.Run(DispatchRoundsAsync, CancellationToken.None);
    }

    private void Release()
    {
        lock (_gate)
        {
            _holds--;
            if (_holds > 0 || _running || _pending.Count == 0)
            {
                return;
            }

            _running = true;
        }

        // Runs inline until a store call really yields: a store that answers synchronously costs no thread hop.
        _ = DispatchRoundsAsync();
    }

    private async Task DispatchRoundsAsync()
    {
        while (true)
        {
            List<IBatch> round;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _running = false;
                    return;
                }

                round = _pending;
                _pending = [];
                Rounds++;
            }

            var dispatches = new Task[round.Count];
            for (var i = 0; i < round.Count; i++)
            {
                dispatches[i] = round[i].DispatchAsync(_cancellationToken);
            }

            await Task.WhenAll(dispatches).ConfigureAwait(false);
        }
    }
}
