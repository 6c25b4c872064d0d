namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Starts an admitted expensive operation on a thread of its own instead of the thread pool. An execution over the
/// embedded store runs synchronously to its end, serialization included: on a thread of its own it takes one core at
/// most and no pool thread, so the pool is free for the cheap requests. Whatever really waits (a Neo4j round trip)
/// continues on the pool as any other request does.
/// </summary>
/// <remarks>
/// On Linux the thread runs in the scheduler's idle class by default (<see cref="FairnessOptions.LanePriority"/>): at
/// the same priority as the rest, a cheap request's threads woken on the lane's core waited behind it for a time
/// slice. A nice level does not do that (a reniced lane only made collections wait for it; see bench/fairness/README.md).
/// </remarks>
internal static class LaneThread
{
    // Deep result trees complete inline, one continuation inside another: the room keeps them on this thread (past
    // the runtime's stack margin they would be queued to the pool). Only the pages touched are committed.
    private const int StackBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="work"/> on a new thread; the answer's continuations go to the pool. Once it is answered,
    /// <paramref name="collector"/> counts what it allocated there and may collect its garbage; only then is
    /// <paramref name="lease"/>, the operation's place in the lane, released. <paramref name="pacer"/>, when given,
    /// paces this thread only.
    /// </summary>
    /// <remarks>
    /// The place is kept through the collection so that the next expensive operation has not started when it runs: a
    /// collection that found the next execution's first milliseconds of work promoted them (1.4–2.5 MB a collection
    /// against 0.2 MB; see bench/fairness/README.md, session 7).
    /// </remarks>
    public static Task<T> Run<T>(Func<Task<T>> work, LaneCollector collector, LanePriority priority, IDisposable? lease = null, LanePacer? pacer = null)
    {
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            if (priority == LanePriority.Idle)
            {
                LaneScheduling.TryIdleCurrentThread();
            }

            pacer?.Bind();

            _ = ForwardAsync(work, answer, collector, lease);
        }, StackBytes)
        {
            IsBackground = true,
            Name = "expensive lane",
        };
        thread.Start();
        return answer.Task;
    }

    private static async Task ForwardAsync<T>(Func<Task<T>> work, TaskCompletionSource<T> answer, LaneCollector collector, IDisposable? lease)
    {
        try
        {
            await AnswerAndCollectAsync(work, answer, collector).ConfigureAwait(false);
        }
        finally
        {
            lease?.Dispose();
        }
    }

    private static async Task AnswerAndCollectAsync<T>(Func<Task<T>> work, TaskCompletionSource<T> answer, LaneCollector collector)
    {
        var thread = Environment.CurrentManagedThreadId;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            answer.SetResult(await work().ConfigureAwait(false));
        }
        catch (OperationCanceledException canceled)
        {
            answer.SetCanceled(canceled.CancellationToken);
        }
        catch (Exception exception)
        {
            answer.SetException(exception);
        }

        // The answer is on its way (its continuations run on the pool); the operation's objects are garbage now. Work
        // that went on elsewhere (a Neo4j round trip) is not this thread's to count.
        if (Environment.CurrentManagedThreadId == thread)
        {
            collector.OperationAnswered(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        }
    }
}
