namespace CooperationGraph.Api.DataLoading;

/// <summary>
/// A query that cannot be batched (a page, a search) run in the scheduler's next round, so that the loads its
/// results trigger are queued inline and dispatched together in the round after.
/// </summary>
internal sealed class DeferredQuery<T>(Func<CancellationToken, Task<T>> query) : IBatch
{
    private readonly TaskCompletionSource<T> _result = new();

    public Task<T> Result => _result.Task;

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        T value;
        try
        {
            value = await query(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _result.TrySetException(exception);
            return;
        }

        _result.TrySetResult(value);
    }
}
