namespace CooperationGraph.Api.DataLoading;

/// <summary>
/// A DataLoader: <see cref="LoadAsync"/> queues a key, and every key queued before the next dispatch round is
/// fetched in one call; results are cached for the request, so a key is fetched at most once.
/// </summary>
/// <remarks>
/// Every caller of a key still loading gets a task of its own. The runtime runs only the first await continuation of
/// a task inline and queues the others to the thread pool; a shared task would move a large execution's work (a hub
/// node reached by hundreds of relations) onto every pool thread, with the cheap requests queued behind it, and its
/// loads would miss the round they belong to.
/// </remarks>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value; a key the fetch leaves out loads as <c>default</c>.</typeparam>
internal sealed class BatchLoader<TKey, TValue>(
    BatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IEqualityComparer<TKey>? comparer = null) : IBatch
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _loaded = new(comparer);
    private readonly Dictionary<TKey, Waiters> _loading = new(comparer);
    private List<TKey> _pending = [];

    /// <summary>How many fetches ran.</summary>
    public int Fetches { get; private set; }

    /// <summary>
    /// Forgets the values loaded so far (a later load of a key fetches it again): called when the execution that
    /// needed them has ended, so that they are garbage before the request's answer is sent.
    /// </summary>
    public void Release()
    {
        lock (_gate)
        {
            _loaded.Clear();
            _loaded.TrimExcess();
        }
    }

    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> waiter;
        bool first;
        lock (_gate)
        {
            if (_loaded.TryGetValue(key, out var loaded))
            {
                return loaded;
            }

            // Continuations run inline on purpose: that is how the next level's loads join the next round.
            waiter = new TaskCompletionSource<TValue?>();
            if (_loading.TryGetValue(key, out var waiters))
            {
                waiters.Add(waiter);
                return waiter.Task;
            }

            _loading[key] = new Waiters(waiter);
            first = _pending.Count == 0;
            _pending.Add(key);
        }

        if (first)
        {
            scheduler.Enqueue(this);
        }

        return waiter.Task;
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            Fetches++;
        }

        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await fetch(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // The keys become loaded under the lock, so a load of one of them from here on gets the outcome; the waiters
        // are completed outside it, since their continuations run inline and load more.
        var completed = new (Waiters Waiters, TValue? Value)[batch.Count];
        lock (_gate)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var key = batch[i];
                var value = values is not null && values.TryGetValue(key, out var found) ? found : default;
                _loaded[key] = failure is null ? Task.FromResult(value) : Task.FromException<TValue?>(failure);
                _loading.Remove(key, out var waiters);
                completed[i] = (waiters!, value);
            }
        }

        foreach (var (waiters, value) in completed)
        {
            waiters.Settle(value, failure);
        }
    }

    // One waiter is the usual case: the list is made only for a second.
    private sealed class Waiters(TaskCompletionSource<TValue?> first)
    {
        private List<TaskCompletionSource<TValue?>>? _more;

        public void Add(TaskCompletionSource<TValue?> waiter) => (_more ??= []).Add(waiter);

        public void Settle(TValue? value, Exception? failure)
        {
            Settle(first, value, failure);
            if (_more is not null)
            {
                foreach (var waiter in _more)
                {
                    Settle(waiter, value, failure);
                }
            }
        }

        private static void Settle(TaskCompletionSource<TValue?> waiter, TValue? value, Exception? failure)
        {
            if (failure is null)
            {
                waiter.TrySetResult(value);
            }
            else
            {
                waiter.TrySetException(failure);
            }
        }
    }
}
