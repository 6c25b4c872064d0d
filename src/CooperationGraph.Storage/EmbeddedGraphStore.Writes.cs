using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Records;
using CooperationGraph.Storage.Schema;
using CooperationGraph.Storage.Writing;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage;

/// <summary>Atomic writes: change sets and whole-graph replacement.</summary>
internal sealed partial class EmbeddedGraphStore
{
    private const int ProgressInterval = 1000;

    public async Task<GraphChange> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var plan = ChangePlan.Create(changes, _index);
            if (plan.IsEmpty)
            {
                return new GraphChange(Interlocked.Read(ref _version), GraphChangeKind.Applied, _timeProvider.GetUtcNow(), [], [], [], []);
            }

            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            using (var writer = new GraphWriter(connection, transaction, tablesEmpty: false))
            {
                foreach (var id in plan.DeletedRelationshipIds)
                {
                    writer.DeleteRelationship(id);
                }

                foreach (var id in plan.DeletedNodeIds)
                {
                    writer.DeleteNode(id);
                }

                foreach (var node in plan.UpsertNodes)
                {
                    writer.UpsertNode(node);
                }

                foreach (var relationship in plan.UpsertRelationships)
                {
                    writer.UpsertRelationship(relationship);
                }

                foreach (var (documentId, text) in plan.DocumentTexts)
                {
                    writer.SetDocumentText(documentId, text);
                }
            }

            var version = Interlocked.Read(ref _version) + 1;
            WriteVersion(connection, transaction, version, seedHash: null);
            cancellationToken.ThrowIfCancellationRequested();
            Commit(transaction);
            UpdateIndex(plan.ApplyTo, version);
            var change = new GraphChange(
                version, GraphChangeKind.Applied, _timeProvider.GetUtcNow(),
                plan.UpsertNodes.ConvertAll(node => node.Id), plan.UpsertRelationships.ConvertAll(relationship => relationship.Id),
                plan.DeletedNodeIds, plan.DeletedRelationshipIds);
            Changes.Publish(change);
            return change;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<SeedOutcome> ReplaceAllAsync(GraphSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CheckSnapshot(snapshot);
            var hash = GraphSnapshotHash.Compute(snapshot);
            using var connection = Open();
            if (MetaTable.Read(connection, null, MetaTable.SeedHashKey) == hash)
            {
                return new SeedOutcome(false, hash, Interlocked.Read(ref _version));
            }

            // The new graph is built beside the live one and swapped in after the commit, so readers keep being served
            // the old graph while seeding runs and are never blocked for longer than the swap.
            var stored = new GraphSnapshot(
                snapshot.Nodes.Select(StoredForm.Of).ToList(),
                snapshot.Relationships.Select(StoredForm.Of).ToList(),
                new Dictionary<string, string>(snapshot.DocumentTexts, StringComparer.Ordinal));
            using var transaction = connection.BeginTransaction();
            using (var clear = connection.CreateCommand())
            {
                clear.Transaction = transaction;
                clear.CommandText = "DELETE FROM relationships; DELETE FROM provenance; DELETE FROM node_labels; DELETE FROM nodes; DELETE FROM document_texts;";
                clear.ExecuteNonQuery();
            }

            WriteSnapshot(connection, transaction, stored, cancellationToken);
            var index = IndexLoader.Build(stored.Nodes, stored.Relationships, stored.DocumentTexts);
            var version = Interlocked.Read(ref _version) + 1;
            WriteVersion(connection, transaction, version, hash);
            cancellationToken.ThrowIfCancellationRequested();
            Commit(transaction);
            UpdateIndex(_ => index, version);
            Changes.Publish(new GraphChange(version, GraphChangeKind.Replaced, _timeProvider.GetUtcNow(), [], [], [], []));
            return new SeedOutcome(true, hash, version);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static void CheckSnapshot(GraphSnapshot snapshot)
    {
        if (snapshot.Nodes is null || snapshot.Relationships is null || snapshot.DocumentTexts is null)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidRecord, "The snapshot needs node, relationship and document-text collections.");
        }

        RecordValidator.CheckNodes(snapshot.Nodes);
        var nodeIds = snapshot.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        RecordValidator.CheckRelationships(snapshot.Relationships, nodeIds.Contains);
        ChangePlan.CheckDocumentTexts(snapshot.DocumentTexts, nodeIds.Contains);
    }

    private static void WriteVersion(SqliteConnection connection, SqliteTransaction transaction, long version, string? seedHash)
    {
        MetaTable.Write(connection, transaction, MetaTable.GraphVersionKey, version.ToString(CultureInfo.InvariantCulture));

        // A change set makes the graph diverge from any seed, so seeding the same snapshot again must rewrite it.
        MetaTable.Write(connection, transaction, MetaTable.SeedHashKey, seedHash ?? string.Empty);
    }

    private static void Commit(SqliteTransaction transaction)
    {
        try
        {
            transaction.Commit();
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 19)
        {
            throw new GraphStoreException(GraphStoreErrorCode.DanglingRelationship, "The change violates a foreign key: a relationship would point at a missing node.", exception);
        }
    }

    private void WriteSnapshot(SqliteConnection connection, SqliteTransaction transaction, GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        var written = 0;
        using var writer = new GraphWriter(connection, transaction, tablesEmpty: true);
        void Progress()
        {
            if (++written % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SeedProgress?.Invoke(written);
            }
        }

        foreach (var node in snapshot.Nodes)
        {
            writer.UpsertNode(node);
            Progress();
        }

        foreach (var relationship in snapshot.Relationships)
        {
            writer.UpsertRelationship(relationship);
            Progress();
        }

        foreach (var (documentId, text) in snapshot.DocumentTexts)
        {
            writer.SetDocumentText(documentId, text);
        }
    }
}
