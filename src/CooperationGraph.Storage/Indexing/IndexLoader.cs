using CooperationGraph.Domain.Graph;
using CooperationGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage.Indexing;

/// <summary>Builds a whole in-memory graph: from the database at open, or from a snapshot just committed.</summary>
internal static class IndexLoader
{
    public static GraphIndex Load(SqliteConnection connection)
    {
        // One read transaction: the records and texts all come from the same committed state.
        using var transaction = connection.BeginTransaction(deferred: true);
        var nodes = RecordReader.ReadAllNodes(connection, transaction);
        var relationships = RecordReader.ReadAllRelationships(connection, transaction);
        var texts = RecordReader.ReadAllDocumentTexts(connection, transaction);
        transaction.Commit();
        return Build(nodes, relationships, texts);
    }

    /// <summary>Indexes records already in their stored form (read back, or passed through <see cref="StoredForm"/>).</summary>
    public static GraphIndex Build(
        IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships, IEnumerable<KeyValuePair<string, string>> documentTexts)
    {
        var index = new GraphIndex();
        foreach (var node in nodes)
        {
            index.UpsertNode(node);
        }

        foreach (var relationship in relationships)
        {
            index.UpsertRelationship(relationship, deferSorting: true);
        }

        foreach (var (documentId, text) in documentTexts)
        {
            index.SetDocumentText(documentId, text);
        }

        index.SortAdjacency();
        return index;
    }
}
