using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CooperationGraph.Benchmarks.GraphQL;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated, naming the type that crossed the mark), counted
/// by type in process: which types a measured step allocates most, without an external profiler.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private const EventKeywords GCKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Clear() => _ticks.Clear();

    public void Print(int top = 30)
    {
        var total = _ticks.Values.Sum();
        foreach (var (type, count) in _ticks.OrderByDescending(pair => pair.Value).Take(top))
        {
            Console.WriteLine($"    {100.0 * count / Math.Max(total, 1),5:F1} %  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GCKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
            && eventData.PayloadNames?.IndexOf("TypeName") is { } index and >= 0
            && eventData.Payload?[index] is string type)
        {
            _ticks.AddOrUpdate(type, 1, static (_, count) => count + 1);
        }
    }
}
