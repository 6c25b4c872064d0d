using CooperationGraph.Api.Fairness;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// The lane offers its core after each interval of running, on its own thread only: a pool thread that yielded to it
/// then waits at most an interval behind it, not the rest of a time slice.
/// </summary>
public sealed class LanePacerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(0.2);

    [Fact]
    public void It_yields_once_an_interval_has_run_then_counts_the_next_from_there()
    {
        var (clock, pacer, yields) = Pacer();
        pacer.Bind();

        clock.Advance(Interval - TimeSpan.FromMicroseconds(1));
        pacer.Checkpoint!();
        Assert.Equal(0, yields.Count);

        clock.Advance(TimeSpan.FromMicroseconds(1));
        pacer.Checkpoint!();
        Assert.Equal(1, yields.Count);
        Assert.Equal(1, pacer.Yields);

        pacer.Checkpoint!();
        clock.Advance(Interval / 2);
        pacer.Checkpoint!();
        Assert.Equal(1, yields.Count);

        clock.Advance(Interval * 3);
        pacer.Checkpoint!();
        Assert.Equal(2, yields.Count);
    }

    [Fact]
    public void Only_the_bound_thread_yields()
    {
        var (clock, pacer, yields) = Pacer();
        pacer.Bind();
        clock.Advance(Interval * 2);

        // Another thread, joined synchronously: an await could resume this test on yet another thread.
        var other = new Thread(() => pacer.Checkpoint!());
        other.Start();
        other.Join();
        Assert.Equal(0, yields.Count);

        pacer.Checkpoint!();
        Assert.Equal(1, yields.Count);
    }

    [Fact]
    public void An_interval_of_zero_leaves_no_checkpoint()
    {
        Assert.Null(new LanePacer(TimeSpan.Zero, TimeProvider.System).Checkpoint);
        Assert.NotNull(new LanePacer(Interval, TimeProvider.System).Checkpoint);
    }

    [Fact]
    public async Task The_lane_thread_is_the_one_bound_and_paced()
    {
        var (clock, pacer, yields) = Pacer();
        var collector = new LaneCollector(0, () => 0, () => { });

        var laneThread = await LaneThread.Run(() =>
        {
            clock.Advance(Interval);
            pacer.Checkpoint!();
            return Task.FromResult(Environment.CurrentManagedThreadId);
        }, collector, LanePriority.Normal, lease: null, pacer).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotEqual(Environment.CurrentManagedThreadId, laneThread);
        Assert.Equal(1, yields.Count);
    }

    private static (ManualClock Clock, LanePacer Pacer, Counter Yields) Pacer()
    {
        var clock = new ManualClock();
        var yields = new Counter();
        return (clock, new LanePacer(Interval, clock, yields.Increment), yields);
    }
}
