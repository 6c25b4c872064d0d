using CooperationGraph.Api.Telemetry;

namespace CooperationGraph.Api.GraphQL;

/// <summary>
/// The response bodies of introspection-only queries without variables, keyed by document text and operation name,
/// least recently used dropped first. The schema is built once and never changes while the service runs, so such a
/// query always answers the same; GraphiQL and code generators send the same large one over and over.
/// </summary>
internal sealed class IntrospectionResponseCache(int capacity = IntrospectionResponseCache.DefaultCapacity)
{
    public const int DefaultCapacity = 8;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Query, string? OperationName), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>Whether a request's answer may come from (and go to) the cache; never when its capacity is 0.</summary>
    public bool Applies(OperationSummary? operation, GraphQLRequestParameters parameters) =>
        capacity > 0 && operation is { IntrospectsOnly: true } && parameters.Variables is null or { Count: 0 };

    public bool TryGet(string query, string? operationName, out ReadOnlyMemory<byte> body)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue((query, operationName), out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                body = node.Value.Body;
                ApiTelemetry.RecordCacheLookup("introspection", hit: true);
                return true;
            }
        }

        ApiTelemetry.RecordCacheLookup("introspection", hit: false);
        body = default;
        return false;
    }

    public void Add(string query, string? operationName, byte[] body)
    {
        if (capacity == 0)
        {
            return;
        }

        var key = (query, operationName);
        lock (_gate)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            if (_entries.Count >= capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries[key] = _recency.AddFirst(new Entry(key, body));
        }
    }

    private sealed record Entry((string Query, string? OperationName) Key, byte[] Body);
}
