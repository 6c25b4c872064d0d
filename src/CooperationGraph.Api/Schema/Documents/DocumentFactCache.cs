using System.Runtime.CompilerServices;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Schema.Documents;

/// <summary>
/// The facts of every document, per store, rebuilt when the graph version changes. The store contract has no query by
/// cited document, and provenance is part of every node and relationship, so the index is built from one export and
/// then costs one statistics call per request; a write invalidates it through the version.
/// </summary>
internal sealed class DocumentFactCache
{
    private static readonly ConditionalWeakTable<IGraphStore, DocumentFactCache> s_caches = [];

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private DocumentFacts? _facts;

    public static DocumentFactCache For(IGraphStore store) => s_caches.GetValue(store, _ => new DocumentFactCache());

    public async Task<DocumentFacts> GetAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var version = (await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false)).Version;
        if (Volatile.Read(ref _facts) is { } current && current.Version == version)
        {
            return current;
        }

        await _rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_facts is { } rebuilt && rebuilt.Version == version)
            {
                return rebuilt;
            }

            // The version was read before the export: a write in between labels the index older than its content, so the next request rebuilds it.
            var snapshot = await store.ExportAsync(cancellationToken).ConfigureAwait(false);
            var facts = new DocumentFacts(snapshot, version);
            Volatile.Write(ref _facts, facts);
            return facts;
        }
        finally
        {
            _rebuild.Release();
        }
    }
}
