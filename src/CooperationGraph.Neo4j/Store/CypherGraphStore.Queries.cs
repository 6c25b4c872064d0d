using System.Globalization;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Cypher;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Node queries, search and aggregates.</summary>
internal sealed partial class CypherGraphStore
{
    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        InRange(query.First, 0, NodeQuery.MaxPageSize, nameof(NodeQuery.First));
        var offset = PageCursor.Decode(query.After);
        if (query.Label is not null && !_vocabulary.IsLabel(query.Label))
        {
            // No node carries a label the model lacks; the filter is still checked so bad input stays an error.
            NodeQueryCypher.MatchWhere(null, query.Filter, new CypherParameters());
            return new NodePage([], 0, null, false);
        }

        var parameters = new CypherParameters();
        var matchWhere = NodeQueryCypher.MatchWhere(query.Label, query.Filter, parameters);
        var page = NodeQueryCypher.Page(matchWhere, query.OrderBy, parameters);
        parameters.Add("skip", offset);
        parameters.Add("limit", (long)query.First);
        return await ReadAsync(async tx =>
        {
            var total = (await RunAsync(tx, NodeQueryCypher.Count(matchWhere), parameters.Values, cancellationToken).ConfigureAwait(false))[0].Get<long>("total");
            var nodes = query.First == 0
                ? []
                : (await RunAsync(tx, page, parameters.Values, cancellationToken).ConfigureAwait(false)).Select(row => StoredRecordReader.Node(Map(row["n"]))).ToList();
            var end = offset + nodes.Count;
            return new NodePage(nodes, total, nodes.Count == 0 ? null : PageCursor.Encode(end), end < total);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "The search text must not be empty.");
        }

        InRange(query.Limit, 1, SearchQuery.MaxLimit, nameof(SearchQuery.Limit));
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = query.Text.Trim().ToLowerInvariant(),
            ["label"] = query.Label,
            ["limit"] = (long)query.Limit,
            ["word"] = FullTextQuery.WordStartPattern(query.Text),
        };
        var statement = StoreStatements.SearchByScan;
        if (FullTextQuery.CanServe(query.Text))
        {
            statement = StoreStatements.Search;
            parameters["query"] = FullTextQuery.For(query.Text);
        }

        return await ReadAsync(async tx => (IReadOnlyList<SearchHit>)(await RunAsync(tx, statement, parameters, cancellationToken).ConfigureAwait(false))
            .Select(row => new SearchHit(StoredRecordReader.Node(Map(row["n"])), (SearchMatchKind)row.Get<long>("rank"), row.Get<string>("matched")))
            .ToList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new CypherParameters();
        var known = query.Label is null || _vocabulary.IsLabel(query.Label);
        var statement = AggregateCypher.Build(query, known ? query.Label : null, parameters);
        if (!known)
        {
            return [];
        }

        return await ReadAsync(async tx => (IReadOnlyList<AggregateBucket>)(await RunAsync(tx, statement, parameters.Values, cancellationToken).ConfigureAwait(false))
            .Select(row => new AggregateBucket(
                Convert.ToString(row["bucket"], CultureInfo.InvariantCulture) ?? string.Empty,
                row.Get<long>("total"),
                row["amountSum"] is { } sum ? (decimal)Convert.ToDouble(sum, CultureInfo.InvariantCulture) : null))
            .ToList(), cancellationToken).ConfigureAwait(false);
    }

    private static void InRange(int value, int minimum, int maximum, string name)
    {
        if (value < minimum || value > maximum)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"{name} must lie between {minimum} and {maximum}, not {value}.");
        }
    }
}
