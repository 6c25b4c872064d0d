using System.Runtime.InteropServices;

namespace CooperationGraph.Api.Fairness;

/// <summary>How the expensive lane's threads are scheduled against the rest of the service.</summary>
internal enum LanePriority
{
    /// <summary>Like every other thread of the service.</summary>
    Normal,

    /// <summary>
    /// On Linux, the scheduler's idle class (<c>SCHED_IDLE</c>): the lane runs on whatever CPU time the rest of the
    /// service and the machine leave, and a thread that wakes (a cheap request's socket, its worker) takes the core at
    /// once instead of queueing behind the lane for a time slice. Elsewhere the same as <see cref="Normal"/>.
    /// </summary>
    Idle,
}

internal static class LaneScheduling
{
    private const int SchedIdle = 5;

    /// <summary>Puts the calling thread in Linux's idle scheduling class; returns whether it did.</summary>
    /// <remarks>
    /// A garbage collection must still stop this thread, and it gets a core for that as soon as the service's other
    /// threads are stopped: only other processes of the same scheduling group could keep it waiting (measured: the
    /// suspension's median 0.03 ms, as for a normal thread; see bench/fairness/README.md).
    /// </remarks>
    public static bool TryIdleCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var parameter = 0;
        // Thread 0 is the calling thread; lowering one's own class needs no privilege.
        return SetScheduler(0, SchedIdle, ref parameter) == 0;
    }

    [DllImport("libc", EntryPoint = "sched_setscheduler", SetLastError = true)]
    private static extern int SetScheduler(int thread, int policy, ref int parameter);
}
