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

    private static int Policy() => OperatingSystem.IsLinux() ? GetScheduler(0) : -1;

    [DllImport("libc", EntryPoint = "sched_getscheduler")]
    private static extern int GetScheduler(int thread);
}
