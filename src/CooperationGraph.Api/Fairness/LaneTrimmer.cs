namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Gives back the memory a burst of expensive operations made the heap grow by, once the lane has been idle for
/// <see cref="FairnessOptions.TrimAfterIdle"/>: one full, compacting collection that returns its free space to the
/// system. Server GC keeps a grown heap committed for the next burst; a service that answers mostly cheap requests
/// would hold the burst's peak for good (measured: 131 MB before 8 clients looped the heaviest query, up to 295 MB
/// 10 s after; see bench/fairness/README.md, session 8).
/// </summary>
/// <remarks>
/// The collection stops every request once, as any full collection does, so it waits for a quiet lane
/// rather than running after each operation; an operation that starts meanwhile puts it off until the lane is idle again.
/// </remarks>
internal sealed class LaneTrimmer : IDisposable
{
    private readonly TimeSpan _idle;
    private readonly Action _trim;
    private readonly ITimer? _timer;
    private int _running;
    private int _grown;

    /// <param name="idle">How long the lane must be idle first; zero never trims.</param>
    /// <param name="time">The clock of the timer.</param>
    /// <param name="trim">Gives the memory back.</param>
    public LaneTrimmer(TimeSpan idle, TimeProvider time, Action trim)
    {
        _idle = idle;
        _trim = trim;
        _timer = idle > TimeSpan.Zero ? time.CreateTimer(_ => TrimIfIdle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) : null;
    }

    /// <summary>How many times it has trimmed.</summary>
    public int Trims { get; private set; }

    /// <summary>The trimmer of the process: a full, compacting collection that decommits what it frees.</summary>
    public static LaneTrimmer ForRuntime(TimeSpan idle) =>
        new(idle, TimeProvider.System, static () => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true));

    /// <summary>An expensive operation took its place in the lane.</summary>
    public void OperationStarted()
    {
        Interlocked.Increment(ref _running);
        Volatile.Write(ref _grown, 1);
    }

    /// <summary>An expensive operation left the lane: the last one starts the idle wait.</summary>
    public void OperationEnded()
    {
        if (Interlocked.Decrement(ref _running) == 0)
        {
            _timer?.Change(_idle, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void TrimIfIdle()
    {
        // An operation that started since is the one whose end waits again.
        if (Volatile.Read(ref _running) == 0 && Interlocked.Exchange(ref _grown, 0) == 1)
        {
            _trim();
            Trims++;
        }
    }
}
