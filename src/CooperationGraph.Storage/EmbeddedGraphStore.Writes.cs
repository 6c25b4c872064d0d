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
            var token = WriteVersion(connection, transaction, version, seedHash: null);
            cancellationToken.ThrowIfCancellationRequested();
            Commit(transaction);
            _commitToken = token;
            UpdateIndex(plan.ApplyTo, version);
            ScheduleImage();
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
            // the old graph while seeding runs and are never blocked for longer than the swap. Each record is written
            // and indexed in its stored form one at a time: no second full copy of the snapshot is ever held.
            using var transaction = connection.BeginTransaction();
            using (var clear = connection.CreateCommand())
            {
                clear.Transaction = transaction;
                clear.CommandText = StorageSchema.DropSecondaryIndexes
                    + "DELETE FROM relationships; DELETE FROM provenance; DELETE FROM node_labels; DELETE FROM nodes; DELETE FROM document_texts;";
                clear.ExecuteNonQuery();
            }

            var index = WriteSnapshot(connection, transaction, snapshot, cancellationToken);
            using (var reindex = connection.CreateCommand())
            {
                reindex.Transaction = transaction;
                reindex.CommandText = StorageSchema.SecondaryIndexes;
                reindex.ExecuteNonQuery();
            }

            var version = Interlocked.Read(ref _version) + 1;
            var token = WriteVersion(connection, transaction, version, hash);
            cancellationToken.ThrowIfCancellationRequested();
            Commit(transaction);
            _commitToken = token;
            UpdateIndex(_ => index, version);

            // Before returning, so a seeded store reopens from its image even if the process ends right after.
            WriteImage();
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

    /// <summary>Stamps the commit: its graph version, the seed it came from (if any) and a new commit token, which it returns.</summary>
    private static string WriteVersion(SqliteConnection connection, SqliteTransaction transaction, long version, string? seedHash)
    {
        MetaTable.Write(connection, transaction, MetaTable.GraphVersionKey, version.ToString(CultureInfo.InvariantCulture));

        // A change set makes the graph diverge from any seed, so seeding the same snapshot again must rewrite it.
        MetaTable.Write(connection, transaction, MetaTable.SeedHashKey, seedHash ?? string.Empty);
        var token = NewCommitToken();
        MetaTable.Write(connection, transaction, MetaTable.CommitTokenKey, token);
        return token;
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

    private GraphIndex WriteSnapshot(SqliteConnection connection, SqliteTransaction transaction, GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        var written = 0;
        var index = new GraphIndex(snapshot.Nodes.Count, snapshot.Relationships.Count);
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
            var stored = StoredForm.Of(node);
            writer.UpsertNode(stored);
            index.UpsertNode(stored);
            Progress();
        }

        foreach (var relationship in snapshot.Relationships)
        {
            var stored = StoredForm.Of(relationship);
            writer.UpsertRelationship(stored);
            index.UpsertRelationship(stored, deferSorting: true);
            Progress();
        }

        foreach (var (documentId, text) in snapshot.DocumentTexts)
        {
            writer.SetDocumentText(documentId, text);
            index.SetDocumentText(documentId, text);
        }

        index.SortAdjacency();
        return index;
    }
}
