using System.Runtime;

namespace CooperationGraph.Storage.Indexing;

/// <summary>
/// Holds off full garbage collections while stores build their graphs at open. Everything a bulk load allocates
/// survives, so each full collection meanwhile would only trace the growing graph again: at a million relationships
/// that tracing cost more CPU than the load. Only with workstation GC (server GC has no such mode). Overlapping opens
/// share the mode; the last to finish restores the one before the first.
/// </summary>
internal sealed class BulkLoadGcMode : IDisposable
{
    private static readonly Lock Gate = new();
    private static int s_active;
    private static GCLatencyMode s_previous;

    private BulkLoadGcMode()
    {
    }

    public static BulkLoadGcMode Enter()
    {
        lock (Gate)
        {
            if (s_active++ == 0 && !GCSettings.IsServerGC)
            {
                s_previous = GCSettings.LatencyMode;
                GCSettings.LatencyMode = GCLatencyMode.LowLatency;
            }
        }

        return new BulkLoadGcMode();
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (--s_active == 0 && !GCSettings.IsServerGC)
            {
                GCSettings.LatencyMode = s_previous;
            }
        }
    }
}
