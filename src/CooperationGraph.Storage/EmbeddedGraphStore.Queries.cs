using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Indexing;
using CooperationGraph.Storage.Querying;
using CooperationGraph.Storage.Records;
using CooperationGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace CooperationGraph.Storage;

/// <summary>Node queries, search and aggregates.</summary>
internal sealed partial class EmbeddedGraphStore
{
    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        QueryArguments.InRange(query.First, 0, NodeQuery.MaxPageSize, nameof(NodeQuery.First));
        var offset = PageCursor.Decode(query.After);
        var sql = new SqlBuilder();
        var fromWhere = NodeQuerySql.FromWhere(sql, query.Label, query.Filter);
        var orderBy = NodeQuerySql.OrderBy(sql, query.OrderBy);
        var limit = sql.Parameter((long)query.First);
        var skip = sql.Parameter(offset);

        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);

        // Read first, so that the version and the page come from the same snapshot (a deferred transaction takes it
        // at its first read).
        var snapshotVersion = MetaTable.Read(connection, transaction, MetaTable.GraphVersionKey);
        var ids = new List<string>();
        using (var page = sql.CreateCommand(connection, $"SELECT n.id {fromWhere} {orderBy} LIMIT {limit} OFFSET {skip}"))
        {
            page.Transaction = transaction;
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        // A page that is neither empty nor full ends the matches: it tells the count without counting them again.
        long total = ids.Count > 0 && ids.Count < query.First ? offset + ids.Count : -1;
        if (total < 0)
        {
            using var count = sql.CreateCommand(connection, $"SELECT COUNT(*) {fromWhere}");
            count.Transaction = transaction;
            total = (long)count.ExecuteScalar()!;
        }

        var nodes = PageRecords(connection, ids, snapshotVersion);
        transaction.Commit();
        var end = offset + nodes.Count;
        return Task.FromResult(new NodePage(nodes, total, nodes.Count == 0 ? null : PageCursor.Encode(end), end < total));
    }

    /// <summary>
    /// The page's records from the in-memory index when it holds the version SQLite's snapshot shows (the index is
    /// changed only after a commit, so at one version both hold the same records): reading hundreds of records back
    /// from SQLite cost milliseconds of processor time that nothing can interrupt. Otherwise, when a write committed
    /// between the snapshot and now, from SQLite in the same snapshot.
    /// </summary>
    private List<GraphNode> PageRecords(SqliteConnection connection, List<string> ids, string? snapshotVersion)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var fromIndex = WithIndex(index =>
        {
            if (!string.Equals(snapshotVersion ?? "0", Interlocked.Read(ref _version).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                return null;
            }

            var nodes = new List<GraphNode>(ids.Count);
            foreach (var id in ids)
            {
                if (index.FindNode(id) is not { } node)
                {
                    return null;
                }

                nodes.Add(node.Record);
            }

            return nodes;
        });
        if (fromIndex is not null)
        {
            return fromIndex;
        }

        var records = RecordReader.ReadNodes(connection, ids);
        return ids.ConvertAll(id => records[id]);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "The search text must not be empty.");
        }

        QueryArguments.InRange(query.Limit, 1, SearchQuery.MaxLimit, nameof(SearchQuery.Limit));
        IReadOnlyList<SearchHit> hits = WithIndex(index => SearchRanker.Rank(index.Search, query.Text, query.Label, query.Limit)
            .ConvertAll(hit => new SearchHit(hit.Node.Record, hit.Match, hit.MatchedText)));
        return Task.FromResult(hits);
    }

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var sql = new SqlBuilder();
        var statement = AggregateSql.Build(query, sql);
        using var connection = Open();
        using var command = sql.CreateCommand(connection, statement);
        using var reader = command.ExecuteReader();
        var buckets = new List<AggregateBucket>();
        while (reader.Read())
        {
            var key = Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? string.Empty;
            decimal? sum = reader.IsDBNull(2) ? null : (decimal)reader.GetDouble(2);
            buckets.Add(new AggregateBucket(key, reader.GetInt64(1), sum));
        }

        return Task.FromResult<IReadOnlyList<AggregateBucket>>(buckets);
    }
}
