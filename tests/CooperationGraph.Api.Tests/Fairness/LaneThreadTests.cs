using System.Runtime.InteropServices;
using CooperationGraph.Api.Fairness;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// The expensive lane's thread runs in Linux's idle scheduling class unless <c>Fairness:LanePriority</c> is
/// <c>Normal</c>, so that a cheap request's threads woken on its core do not wait behind it.
/// </summary>
public sealed class LaneThreadTests
{
    private const int SchedOther = 0;
    private const int SchedIdle = 5;

    [Theory]
    [InlineData(nameof(LanePriority.Idle), SchedIdle)]
    [InlineData(nameof(LanePriority.Normal), SchedOther)]
    public async Task The_lane_thread_runs_in_the_scheduling_class_of_its_priority(string priorityName, int linuxPolicy)
    {
        var priority = Enum.Parse<LanePriority>(priorityName);
        var collector = new LaneCollector(0, () => 0, () => { });

        var (name, policy) = await LaneThread.Run(() => Task.FromResult((Thread.CurrentThread.Name, Policy())), collector, priority)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("expensive lane", name);
        Assert.Equal(OperatingSystem.IsLinux() ? linuxPolicy : -1, policy);
    }

    [Fact]
    public async Task The_thread_pool_keeps_its_scheduling_class()
    {
        var collector = new LaneCollector(0, () => 0, () => { });
        await LaneThread.Run(() => Task.FromResult(0), collector, LanePriority.Idle).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(OperatingSystem.IsLinux() ? SchedOther : -1, await Task.Run(Policy));
    }

    [Fact]
    public async Task The_place_in_the_lane_is_released_after_the_collection()
    {
        // The next expensive operation must not have started when the lane collects the last one's garbage.
        var lease = new Lease();
        var releasedAtCollection = (bool?)null;
        var collector = new LaneCollector(1, () => 0, () => releasedAtCollection = lease.Released);

        var answer = await LaneThread.Run(() => Task.FromResult(new byte[1024].Length), collector, LanePriority.Normal, lease)
            .WaitAsync(TimeSpan.FromSeconds(10));
        await lease.WhenReleased.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1024, answer);
        Assert.False(releasedAtCollection);
    }

    [Fact]
    public async Task The_place_in_the_lane_is_released_when_the_operation_fails()
    {
        var lease = new Lease();
        var collector = new LaneCollector(0, () => 0, () => { });

        var failed = LaneThread.Run<int>(() => throw new InvalidOperationException("boom"), collector, LanePriority.Normal, lease);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(TimeSpan.FromSeconds(10)));
        await lease.WhenReleased.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(lease.Released);
    }

    private sealed class Lease : IDisposable
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Released => _released.Task.IsCompleted;

        public Task WhenReleased => _released.Task;

        public void Dispose() => _released.TrySetResult();
    }

    private static int Policy() => OperatingSystem.IsLinux() ? GetScheduler(0) : -1;

    [DllImport("libc", EntryPoint = "sched_getscheduler")]
    private static extern int GetScheduler(int thread);
}
