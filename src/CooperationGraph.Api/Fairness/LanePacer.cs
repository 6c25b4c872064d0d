namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Makes an expensive operation on the lane offer its core (<c>sched_yield</c>) after each
/// <see cref="FairnessOptions.LaneYieldInterval"/> of running: called at the engine's checkpoints (before each object's
/// fields, as waiting objects complete, as the answer's cost is counted) and as the answer is serialized.
/// </summary>
/// <remarks>
/// Why, when the lane already runs in the idle scheduling class: the runtime's pool threads spin with
/// <c>sched_yield</c> while they wait for work, and Linux's scheduler then hands the core to whatever else is
/// runnable there, the idle class included, until that one's time slice ends (3–5 ms; about ten yields per cheap
/// request). A cheap request queued to that thread waits the slice out. A lane that yields in turn gives the core
/// back within an interval; when nothing waits, its yield returns at once. Measured on this service's look-up with
/// an idle-class thread looping beside it: p99 2.4–3.1 ms; yielding every 0.5 ms, 0.59–0.67 ms; every 0.2 ms,
/// 0.16–0.22 ms (alone: 0.51–0.68 ms). See bench/fairness/README.md, session 8.
/// Only the lane's own thread yields: work that continues on the pool (a Neo4j round trip) passes through.
/// </remarks>
internal sealed class LanePacer
{
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Action _yield;
    private int _thread;
    private long _runningSince;

    public LanePacer(TimeSpan interval, TimeProvider time, Action? yield = null)
    {
        _interval = interval;
        _time = time;
        _yield = yield ?? YieldCore;
        Checkpoint = interval > TimeSpan.Zero ? Check : null;
    }

    /// <summary>What the engine and the serializer call; null when the lane never yields (an interval of zero).</summary>
    public Action? Checkpoint { get; }

    /// <summary>How many times the lane has offered its core.</summary>
    public int Yields { get; private set; }

    /// <summary>Makes the calling thread the one that yields, running from now.</summary>
    public void Bind()
    {
        _thread = Environment.CurrentManagedThreadId;
        _runningSince = _time.GetTimestamp();
    }

    private static void YieldCore() => Thread.Yield();

    private void Check()
    {
        if (Environment.CurrentManagedThreadId != _thread || _time.GetElapsedTime(_runningSince) < _interval)
        {
            return;
        }

        _yield();
        Yields++;
        _runningSince = _time.GetTimestamp();
    }
}
