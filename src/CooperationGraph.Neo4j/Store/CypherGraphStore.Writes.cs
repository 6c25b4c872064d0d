using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Atomic change sets, each one write transaction, and the write gate they share with replacement.</summary>
internal sealed partial class CypherGraphStore
{
    public async Task<GraphChange> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var plan = WritePlan.ForChangeSet(changes, _vocabulary);
        return await WriteAsync(async (tx, version, _) =>
        {
            var deletedRelationships = new SortedSet<string>(StringComparer.Ordinal);
            var deletedNodes = new List<string>();
            if (changes.DeleteRelationshipIds is { Count: > 0 } relationshipIds)
            {
                foreach (var row in await RunAsync(tx, _deleteRelationships, Ids(relationshipIds), cancellationToken).ConfigureAwait(false))
                {
                    deletedRelationships.Add(row.Get<string>("id"));
                }
            }

            if (changes.DeleteNodeIds is { Count: > 0 } nodeIds)
            {
                foreach (var row in await RunAsync(tx, StoreStatements.DeleteNodes, Ids(nodeIds), cancellationToken).ConfigureAwait(false))
                {
                    deletedNodes.Add(row.Get<string>("id"));
                    deletedRelationships.UnionWith(Strings(row["relationships"]));
                }
            }

            await CheckEndsExistAsync(tx, plan, cancellationToken).ConfigureAwait(false);
            foreach (var (statement, rows) in plan.UpsertNodeBatches)
            {
                await ExecuteAsync(tx, statement, rows, cancellationToken).ConfigureAwait(false);
            }

            if (plan.RelationshipIds.Count > 0)
            {
                await RunAsync(tx, _deleteRelationships, Ids(plan.RelationshipIds), cancellationToken).ConfigureAwait(false);
            }

            foreach (var (statement, rows) in plan.RelationshipBatches)
            {
                await ExecuteAsync(tx, statement, rows, cancellationToken).ConfigureAwait(false);
            }

            if (plan.DocumentTextRows.Count > 0)
            {
                await ExecuteAsync(tx, StoreStatements.SetDocumentTexts, plan.DocumentTextRows, cancellationToken).ConfigureAwait(false);
            }

            var changed = plan.NodeIds.Count + plan.RelationshipIds.Count + plan.DocumentTextRows.Count + deletedNodes.Count + deletedRelationships.Count > 0;
            return changed
                ? new GraphChange(version, GraphChangeKind.Applied, _timeProvider.GetUtcNow(), plan.NodeIds, plan.RelationshipIds, deletedNodes, [.. deletedRelationships])
                : null;
        }, cancellationToken).ConfigureAwait(false) ?? new GraphChange(
            (await GetStatisticsAsync(cancellationToken).ConfigureAwait(false)).Version, GraphChangeKind.Applied, _timeProvider.GetUtcNow(), [], [], [], []);
    }

    /// <summary>
    /// Runs one write transaction holding the meta node's lock, with the next version claimed and the stored content hash
    /// cleared (handed to the work: only a replacement sets it again). Work that changes nothing returns null: the
    /// transaction is rolled back, so neither version nor hash moves and nobody is notified.
    /// </summary>
    private async Task<GraphChange?> WriteAsync(Func<Neo4jTransaction, long, string?, Task<GraphChange?>> work, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            GraphChange? change;
            try
            {
                change = await _client.ExecuteWriteAsync(async tx =>
                {
                    var claim = (await RunAsync(tx, StoreStatements.ClaimVersion, Key(), cancellationToken).ConfigureAwait(false))[0];
                    return await work(tx, claim.Get<long>("version"), claim["hash"] as string).ConfigureAwait(false)
                        ?? throw new NothingToCommitException();
                }, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (NothingToCommitException)
            {
                return null;
            }

            Changes.Publish(change);
            return change;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task CheckEndsExistAsync(Neo4jTransaction tx, WritePlan plan, CancellationToken cancellationToken)
    {
        if (plan.RequiredExistingIds.Count == 0)
        {
            return;
        }

        var existing = (await RunAsync(tx, StoreStatements.ExistingNodeIds, Ids(plan.RequiredExistingIds), cancellationToken).ConfigureAwait(false))
            .Select(row => row.Get<string>("id"))
            .ToHashSet(StringComparer.Ordinal);
        plan.CheckEnds(existing);
    }

    private static async Task ExecuteAsync(Neo4jTransaction tx, string statement, List<object?> rows, CancellationToken cancellationToken) =>
        await (await tx.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = rows }, cancellationToken).ConfigureAwait(false))
            .ConsumeAsync(cancellationToken).ConfigureAwait(false);

    private static Dictionary<string, object?> Ids(IEnumerable<string> ids) => new() { ["ids"] = Distinct(NonNull(ids)) };

    private static Dictionary<string, object?> Key() => new() { ["key"] = MetaKey };

    /// <summary>Aborts a managed transaction that changed nothing; never escapes <see cref="WriteAsync"/>.</summary>
    private sealed class NothingToCommitException : Exception
    {
    }
}
