namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Collects the expensive lane's garbage between two operations rather than in the middle of one. An expensive
/// execution allocates far more than anything else (about 7 MB for the benchmark's 750 kB answer); left to the
/// runtime, the collection its allocations trigger comes in the middle of the next execution and copies that
/// execution's half-built answer (4–7 MB promoted, a 10–13 ms pause with every thread stopped, cheap requests
/// included). Once an operation is answered its objects are garbage, so a gen0 collection then promotes almost nothing
/// (0.2 MB) and stops the other requests for much less time (see bench/fairness/README.md).
/// </summary>
/// <remarks>
/// The lane collects once its operations have allocated <see cref="FairnessOptions.CollectAfterBytes"/> since the
/// last gen0 collection (whoever caused it): small expensive operations share one collection, large ones get one
/// each. Only what the lane's threads allocated counts; the cheap requests' allocations are the runtime's to collect.
/// </remarks>
internal sealed class LaneCollector
{
    private readonly long _collectAfterBytes;
    private readonly Func<int> _collections;
    private readonly Action _collect;
    private readonly Lock _gate = new();
    private long _allocated;
    private int _seenCollections;

    /// <param name="collectAfterBytes">The lane's allocations that call for a collection; 0 turns it off.</param>
    /// <param name="collections">How many gen0 collections the process has had.</param>
    /// <param name="collect">Runs a gen0 collection.</param>
    public LaneCollector(long collectAfterBytes, Func<int> collections, Action collect)
    {
        _collectAfterBytes = collectAfterBytes;
        _collections = collections;
        _collect = collect;
        _seenCollections = collections();
    }

    /// <summary>The collector of the process: the runtime's gen0 collections.</summary>
    public static LaneCollector ForRuntime(long collectAfterBytes) => new(
        collectAfterBytes,
        static () => GC.CollectionCount(0),
        static () => GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false));

    /// <summary>
    /// Counts what an expensive operation allocated on the lane's thread, once it is answered, and collects when the
    /// lane's operations have allocated enough since the last collection.
    /// </summary>
    /// <returns>Whether it collected.</returns>
    public bool OperationAnswered(long allocatedBytes)
    {
        if (_collectAfterBytes <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            // A collection since the last operation (the runtime's, or another lane's) took what was counted.
            var collections = _collections();
            if (collections != _seenCollections)
            {
                _seenCollections = collections;
                _allocated = 0;
            }

            _allocated += Math.Max(0, allocatedBytes);
            if (_allocated < _collectAfterBytes)
            {
                return false;
            }

            _allocated = 0;
        }

        _collect();
        lock (_gate)
        {
            _seenCollections = _collections();
        }

        return true;
    }
}
