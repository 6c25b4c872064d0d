namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>Counts calls: what the lane's pacer yields and its trimmer trims in a test.</summary>
internal sealed class Counter
{
    public int Count { get; private set; }

    public void Increment() => Count++;
}

/// <summary>A clock whose one-shot timers fire, on the caller's thread, when it is advanced past them.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private TimeSpan _now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, () => callback(state));
        timer.Change(dueTime, period);
        _timers.Add(timer);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        _now += by;
        foreach (var timer in _timers.ToArray())
        {
            timer.FireIfDue(_now);
        }
    }

    private sealed class ManualTimer(ManualClock clock, Action fire) : ITimer
    {
        private TimeSpan? _due;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _due = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
            return true;
        }

        public void FireIfDue(TimeSpan now)
        {
            if (_due is { } due && due <= now)
            {
                _due = null;
                fire();
            }
        }

        public void Dispose() => _due = null;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
