using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace CooperationGraph.Neo4j.Store;

/// <summary>
/// Whole-graph replacement. A graph of up to <see cref="DefaultReplaceBatchSize"/> records is replaced in one write
/// transaction (readers see the old graph or the new one). A larger one is written in bounded batches, each its own
/// transaction, so the server's transaction memory stays small: the old graph is deleted batch by batch, then the new
/// nodes and relationships are created batch by batch, each batch recording its number on the meta node in the same
/// transaction. An interrupted replacement resumes after its last committed batch when the same snapshot is replaced
/// again; readers see a partial graph while a batched replacement runs.
/// </summary>
internal sealed partial class CypherGraphStore
{
    /// <summary>Records per batch, and the size up to which a replacement is one transaction.</summary>
    public const int DefaultReplaceBatchSize = 10_000;

    private readonly int _replaceBatchSize;

    public async Task<SeedOutcome> ReplaceAllAsync(GraphSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        var plan = WritePlan.ForSnapshot(snapshot, _vocabulary);
        var hash = GraphSnapshotHash.Compute(snapshot);
        if (snapshot.Nodes.Count + snapshot.Relationships.Count > _replaceBatchSize)
        {
            return await ReplaceInBatchesAsync(plan, hash, cancellationToken).ConfigureAwait(false);
        }

        SeedOutcome? unchanged = null;
        var change = await WriteAsync(async (tx, version, storedHash) =>
        {
            if (storedHash == hash)
            {
                unchanged = new SeedOutcome(false, hash, version - 1);
                return null;
            }

            await RunAsync(tx, StoreStatements.DeleteAll, null, cancellationToken).ConfigureAwait(false);
            foreach (var (statement, rows) in plan.CreateNodeBatches.Concat(plan.RelationshipBatches))
            {
                await ExecuteAsync(tx, statement, rows, cancellationToken).ConfigureAwait(false);
            }

            await RunAsync(tx, StoreStatements.SetContentHash, new Dictionary<string, object?> { ["key"] = MetaKey, ["hash"] = hash }, cancellationToken).ConfigureAwait(false);
            return new GraphChange(version, GraphChangeKind.Replaced, _timeProvider.GetUtcNow(), [], [], [], []);
        }, cancellationToken).ConfigureAwait(false);
        return change is null ? unchanged! : new SeedOutcome(true, hash, change.Version);
    }

    private async Task<SeedOutcome> ReplaceInBatchesAsync(WritePlan plan, string hash, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = (await _client.ExecuteReadAsync(tx => RunAsync(tx, StoreStatements.ReplacementState, Key(), cancellationToken), cancellationToken: cancellationToken).ConfigureAwait(false))[0];
            if (state["hash"] as string == hash)
            {
                return new SeedOutcome(false, hash, state.Get<long>("version"));
            }

            var claim = await WriteOnceAsync(StoreStatements.ClaimReplacement, new() { ["key"] = MetaKey, ["hash"] = hash }, cancellationToken).ConfigureAwait(false);
            var version = claim[0].Get<long>("version");
            var done = claim[0].Get<long>("done");
            if (done < 0)
            {
                await DeleteInBatchesAsync(StoreStatements.DeleteRelationshipBatch, cancellationToken).ConfigureAwait(false);
                await DeleteInBatchesAsync(StoreStatements.DeleteNodeBatch, cancellationToken).ConfigureAwait(false);
                await WriteOnceAsync(StoreStatements.RecordReplaceBatches, new() { ["key"] = MetaKey, ["done"] = 0L }, cancellationToken).ConfigureAwait(false);
                done = 0;
            }

            var batches = Chunk(plan.CreateNodeBatches.Concat(plan.RelationshipBatches)).ToList();
            _logger.LogInformation("Replacing the graph (version {Version}) in {Count} batches of up to {Size} records; {Done} already written.",
                version, batches.Count, _replaceBatchSize, done);
            for (var index = (int)done; index < batches.Count; index++)
            {
                var (statement, rows) = batches[index];
                var recorded = new Dictionary<string, object?> { ["key"] = MetaKey, ["done"] = (long)index + 1 };
                await _client.ExecuteWriteAsync(async tx =>
                {
                    await ExecuteAsync(tx, statement, rows, cancellationToken).ConfigureAwait(false);
                    await RunAsync(tx, StoreStatements.RecordReplaceBatches, recorded, cancellationToken).ConfigureAwait(false);
                    return true;
                }, cancellationToken: cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Replacement batch {Batch}/{Count} committed ({Rows} records).", index + 1, batches.Count, rows.Count);
            }

            await WriteOnceAsync(StoreStatements.FinishReplacement, new() { ["key"] = MetaKey, ["hash"] = hash }, cancellationToken).ConfigureAwait(false);
            var change = new GraphChange(version, GraphChangeKind.Replaced, _timeProvider.GetUtcNow(), [], [], [], []);
            Changes.Publish(change);
            return new SeedOutcome(true, hash, version);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task DeleteInBatchesAsync(string statement, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["batch"] = (long)_replaceBatchSize };
        while ((await WriteOnceAsync(statement, parameters, cancellationToken).ConfigureAwait(false))[0].Get<long>("deleted") > 0)
        {
        }
    }

    private Task<IReadOnlyList<Neo4jRecord>> WriteOnceAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.ExecuteWriteAsync(tx => RunAsync(tx, statement, parameters, cancellationToken), cancellationToken: cancellationToken);

    private IEnumerable<(string Statement, List<object?> Rows)> Chunk(IEnumerable<(string Statement, List<object?> Rows)> groups) =>
        groups.SelectMany(group => group.Rows.Chunk(_replaceBatchSize).Select(rows => (group.Statement, rows.ToList())));
}
