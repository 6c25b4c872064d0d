namespace CooperationGraph.Api.DataLoading;

/// <summary>
/// Dispatches one request's batches level by level. The executor calls every resolver of a level synchronously
/// and the waiters' continuations run inline when a batch completes them, so the loads of the next level are all
/// queued by the time a dispatch round's completions return: each round is then dispatched together. Only the
/// first round is started from the thread pool, because nothing marks the end of the executor's first pass.
/// </summary>
internal sealed class BatchScheduler(CancellationToken cancellationToken)
{
    private CancellationToken _cancellationToken = cancellationToken;

    private readonly Lock _gate = new();
    private List<IBatch> _pending = [];
    private bool _running;

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

    public void Enqueue(IBatch batch)
    {
        lock (_gate)
        {
            _pending.Add(batch);
            if (_running)
            {
                return;
            }

            _running = true;
        }

        _ = Task.Run(RunAsync, CancellationToken.None);
    }

    private async Task RunAsync()
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
