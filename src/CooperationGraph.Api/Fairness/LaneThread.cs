namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Starts an admitted expensive operation on a thread of its own instead of the thread pool. An execution over the
/// embedded store runs synchronously to its end, serialization included: on a thread of its own it takes one core at
/// most and no pool thread, so the pool is free for the cheap requests. Whatever really waits (a Neo4j round trip)
/// continues on the pool as any other request does.
/// </summary>
/// <remarks>
/// Not below the service's priority: a thread the scheduler keeps waiting delays every garbage collection that must
/// stop it, and with it every request (tried; see bench/fairness/README.md).
/// </remarks>
internal static class LaneThread
{
    // Deep result trees complete inline, one continuation inside another: the room keeps them on this thread (past
    // the runtime's stack margin they would be queued to the pool). Only the pages touched are committed.
    private const int StackBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="work"/> on a new thread; the answer's continuations go to the pool. Once it is answered,
    /// <paramref name="collector"/> counts what it allocated there and may collect its garbage.
    /// </summary>
    public static Task<T> Run<T>(Func<Task<T>> work, LaneCollector collector)
    {
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() => _ = ForwardAsync(work, answer, collector), StackBytes)
        {
            IsBackground = true,
            Name = "expensive lane",
        };
        thread.Start();
        return answer.Task;
    }

    private static async Task ForwardAsync<T>(Func<Task<T>> work, TaskCompletionSource<T> answer, LaneCollector collector)
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
