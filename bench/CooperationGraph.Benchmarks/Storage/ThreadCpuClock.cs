using System.Runtime.InteropServices;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): on a machine shared with other
/// builds, wall-clock latencies include the time the thread waited for a core; this shows what the work itself cost.
/// Elsewhere it reads 0 and only wall-clock figures are meaningful.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static double NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return ClockGetTime(ThreadCpuTimeClock, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : 0;
    }

    // DllImport rather than LibraryImport: the struct is blittable, and the generated stub would need unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
