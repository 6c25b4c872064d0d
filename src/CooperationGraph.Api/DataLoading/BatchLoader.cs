using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
/// <typeparam name="TValue">The value; a key the fetch leaves out loads as <c>missing</c> (by default <c>default</c>).</typeparam>
internal sealed class BatchLoader<TKey, TValue>(
    BatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IEqualityComparer<TKey>? comparer = null,
    TValue? missing = default) : IBatch
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Outcome> _loaded = new(comparer);
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

    public Task<TValue?> LoadAsync(TKey key) =>
        Enlist(key, Waiting.Task, out var loaded) is TaskCompletionSource<TValue?> waiter ? waiter.Task : loaded.Task!;

    /// <summary>As <see cref="LoadAsync"/>, without a task for a key already loaded.</summary>
    public ValueTask<TValue?> LoadValueAsync(TKey key) => Enlist(key, Waiting.Value, out var loaded) switch
    {
        TaskCompletionSource<TValue?> waiter => new(waiter.Task),
        _ when loaded.Failure is null => new(loaded.Value),
        _ => new(Task.FromException<TValue?>(loaded.Failure!)),
    };

    /// <summary>
    /// Loads a key as a resolver returns its value: a loaded value without a task, and a key still to load through a
    /// waiter whose task is already of the resolver's type, so the resolver needs no await (nor task) of its own.
    /// </summary>
    public ValueTask<object?> LoadObjectAsync(TKey key) => Enlist(key, Waiting.Object, out var loaded) switch
    {
        TaskCompletionSource<object?> waiter => new(waiter.Task),
        _ when loaded.Failure is null => new(loaded.Value),
        _ => new(Task.FromException<object?>(loaded.Failure!)),
    };

    // The new waiter (a TaskCompletionSource of TValue, or of object when waiting as one), or null with the key's
    // outcome when it is loaded (with its task made for a caller that waits with a task).
    private object? Enlist(TKey key, Waiting waiting, out Outcome loaded)
    {
        object waiter;
        bool first;
        lock (_gate)
        {
            ref var outcome = ref CollectionsMarshal.GetValueRefOrNullRef(_loaded, key);
            if (!Unsafe.IsNullRef(ref outcome))
            {
                if (waiting == Waiting.Task)
                {
                    outcome.Task ??= outcome.Failure is null ? Task.FromResult(outcome.Value) : Task.FromException<TValue?>(outcome.Failure);
                }

                loaded = outcome;
                return null;
            }

            // Continuations run inline on purpose: that is how the next level's loads join the next round.
            waiter = waiting == Waiting.Object ? new TaskCompletionSource<object?>() : new TaskCompletionSource<TValue?>();
            if (_loading.TryGetValue(key, out var waiters))
            {
                waiters.Add(waiter);
                loaded = default;
                return waiter;
            }

            _loading[key] = new Waiters(waiter);
            first = _pending.Count == 0;
            _pending.Add(key);
        }

        if (first)
        {
            scheduler.Enqueue(this);
        }

        loaded = default;
        return waiter;
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
                var value = values is not null && values.TryGetValue(key, out var found) ? found : missing;
                // No task until a caller waiting with one asks: most loaded keys are read as values.
                _loaded[key] = new Outcome { Value = value, Failure = failure };
                _loading.Remove(key, out var waiters);
                completed[i] = (waiters!, value);
            }
        }

        foreach (var (waiters, value) in completed)
        {
            waiters.Settle(value, failure);
        }
    }

    private enum Waiting
    {
        Task,
        Value,
        Object,
    }

    private struct Outcome
    {
        public TValue? Value;
        public Exception? Failure;
        public Task<TValue?>? Task;
    }

    // One waiter is the usual case: the list is made only for a second.
    private sealed class Waiters(object first)
    {
        private List<object>? _more;

        public void Add(object waiter) => (_more ??= []).Add(waiter);

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

        private static void Settle(object waiter, TValue? value, Exception? failure)
        {
            switch (waiter)
            {
                case TaskCompletionSource<TValue?> typed when failure is null:
                    typed.TrySetResult(value);
                    break;
                case TaskCompletionSource<TValue?> typed:
                    typed.TrySetException(failure!);
                    break;
                case TaskCompletionSource<object?> untyped when failure is null:
                    untyped.TrySetResult(value);
                    break;
                case TaskCompletionSource<object?> untyped:
                    untyped.TrySetException(failure!);
                    break;
            }
        }
    }
}
