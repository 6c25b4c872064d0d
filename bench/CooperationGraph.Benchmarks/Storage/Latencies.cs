using System.Diagnostics;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>Times one operation repeatedly on one thread for a bounded time and reports its latency percentiles.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];
    private readonly List<double> _cpuMilliseconds = [];

    public int Count => _milliseconds.Count;

    public double TotalSeconds { get; private set; }

    /// <summary>Runs <paramref name="operation"/> on the inputs in turn until the time is up (at least once), adding to these latencies.</summary>
    public async Task RecordAsync<T>(IReadOnlyList<T> inputs, TimeSpan duration, Func<T, Task> operation)
    {
        var total = Stopwatch.StartNew();
        for (var index = 0; total.Elapsed < duration || index == 0; index++)
        {
            var cpu = ThreadCpuClock.NowMilliseconds();
            var started = Stopwatch.GetTimestamp();
            await operation(inputs[index % inputs.Count]);
            _milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _cpuMilliseconds.Add(ThreadCpuClock.NowMilliseconds() - cpu);
        }

        TotalSeconds += total.Elapsed.TotalSeconds;
    }

    /// <summary>A wall-clock percentile, in milliseconds.</summary>
    public double Percentile(double fraction) => Percentile(_milliseconds, fraction);

    /// <summary>A percentile of the thread's CPU time per operation, in milliseconds.</summary>
    public double CpuPercentile(double fraction) => Percentile(_cpuMilliseconds, fraction);

    public string Summary() =>
        $"wall p50 {Percentile(0.50):F3} ms, p99 {Percentile(0.99):F3} ms, max {_milliseconds.Max():F1} ms; "
        + $"thread CPU p50 {CpuPercentile(0.50):F3} ms, p99 {CpuPercentile(0.99):F3} ms; {Count / TotalSeconds:N0}/s ({Count:N0} in {TotalSeconds:F1} s)";

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }
}
