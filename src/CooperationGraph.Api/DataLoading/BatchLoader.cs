namespace CooperationGraph.Api.DataLoading;

/// <summary>
/// A DataLoader: <see cref="LoadAsync"/> queues a key, and every key queued before the next dispatch round is
/// fetched in one call; results are cached for the request, so a key is fetched at most once.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value; a key the fetch leaves out loads as <c>default</c>.</typeparam>
internal sealed class BatchLoader<TKey, TValue>(
    BatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IEqualityComparer<TKey>? comparer = null) : IBatch
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = new(comparer);
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _pending = new(comparer);

    /// <summary>How many fetches ran.</summary>
    public int Fetches { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        TaskCompletionSource<TValue?> waiter;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Continuations run inline on purpose: that is how the next level's loads join the next round.
            waiter = new TaskCompletionSource<TValue?>();
            _cache[key] = waiter.Task;
            first = _pending.Count == 0;
            _pending[key] = waiter;
        }

        if (first)
        {
            scheduler.Enqueue(this);
        }

        return waiter.Task;
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = new Dictionary<TKey, TaskCompletionSource<TValue?>>(batch.Comparer);
            Fetches++;
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await fetch([.. batch.Keys], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            foreach (var waiter in batch.Values)
            {
                waiter.TrySetException(exception);
            }

            return;
        }

        foreach (var (key, waiter) in batch)
        {
            waiter.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}
