using System.Diagnostics;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// Where an open spent its time: wall and process CPU time, allocation and garbage collections per phase of reading the image,
/// for the storage benchmark to print. Recording a phase costs two clock reads.
/// </summary>
internal sealed class LoadPhases
{
    private readonly List<LoadPhase> _phases = [];
    private long _started = Stopwatch.GetTimestamp();
    private TimeSpan _cpu = CurrentCpu();
    private int _collections = GC.CollectionCount(0);
    private int _fullCollections = GC.CollectionCount(2);
    private long _allocated = GC.GetTotalAllocatedBytes();

    public IReadOnlyList<LoadPhase> Phases => _phases;

    /// <summary>Ends the phase running since the previous one ended (or since construction).</summary>
    public void End(string name)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = CurrentCpu();
        var collections = GC.CollectionCount(0);
        var fullCollections = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        _phases.Add(new LoadPhase(
            name, Stopwatch.GetElapsedTime(_started, now), cpu - _cpu, allocated - _allocated, collections - _collections, fullCollections - _fullCollections));
        (_started, _cpu, _allocated, _collections, _fullCollections) = (now, cpu, allocated, collections, fullCollections);
    }

    public override string ToString() => string.Join("; ", _phases);

    private static TimeSpan CurrentCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

/// <summary>One phase of an open: its wall and process CPU time, the bytes allocated and the collections (all, and full) in it.</summary>
internal sealed record LoadPhase(string Name, TimeSpan Wall, TimeSpan Cpu, long Allocated, int Collections, int FullCollections)
{
    public override string ToString() =>
        $"{Name} {Wall.TotalMilliseconds:F0} ms (CPU {Cpu.TotalMilliseconds:F0} ms, {Allocated >> 20} MB allocated, GCs {Collections}/{FullCollections} full)";
}
