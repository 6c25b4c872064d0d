namespace CooperationGraph.Api.DataLoading;

/// <summary>Work a <see cref="BatchScheduler"/> dispatches: the keys a loader collected, or one deferred query.</summary>
internal interface IBatch
{
    /// <summary>Runs the work and completes the waiting tasks; never throws (failures go to the waiters).</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
