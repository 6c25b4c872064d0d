using System.Runtime;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// Holds off garbage collections while a large image is read. Almost everything the read allocates is the graph
/// itself and survives, so each collection during it would only copy the graph built so far from one generation to
/// the next: at 1M relationships that was a third of the open's CPU time. The pause is best-effort: when the runtime
/// refuses it (the budget is too large, or a pause is already in effect) the read runs with collections as usual,
/// and if the read outgrows the budget the runtime ends the pause with a collection.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    // Below this a pause saves nothing, and starting one costs a full collection.
    private const long SmallestImage = 8 << 20;

    // What reading an image allocates per byte of it, with room to spare (about 12 at 1M relationships).
    private const long BytesPerImageByte = 16;

    private readonly bool _started;

    private CollectionPause(bool started) => _started = started;

    public static CollectionPause Begin(long imageBytes)
    {
        // A pause in effect (another open's) is left to its owner: starting one inside it would end it.
        if (imageBytes < SmallestImage || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new CollectionPause(false);
        }

        try
        {
            return new CollectionPause(GC.TryStartNoGCRegion(imageBytes * BytesPerImageByte));
        }
        catch (Exception refused) when (refused is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return new CollectionPause(false);
        }
    }

    public void Dispose()
    {
        if (_started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The runtime ended the pause itself (the read outgrew its budget, or another thread ended it).
            }
        }
    }
}
