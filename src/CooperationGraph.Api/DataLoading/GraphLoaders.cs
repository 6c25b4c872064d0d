using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.DataLoading;

/// <summary>
/// One request's loaders over the store: nodes by id and relationships by node (one loader per selection), each
/// batched per execution level and cached for the request, plus deferred page and search queries that join the
/// same rounds. Resolvers reach it through the request context (<see cref="From"/>).
/// </summary>
internal sealed class GraphLoaders
{
    private readonly IGraphStore _store;
    private readonly Lock _gate = new();
    // By the selection's sorted types (null for all), direction and limit: most selections name no type, and their
    // key is then made without a string.
    private readonly Dictionary<(string? Types, Direction Direction, int Limit), BatchLoader<string, IReadOnlyList<GraphRelationship>>> _relationships = [];
    private readonly BatchLoader<string, GraphNode> _nodes;
    // Made by the first request that reads a letter's text; most never do.
    private BatchLoader<string, string>? _documentTexts;

    public GraphLoaders(IGraphStore store)
        : this(store, CancellationToken.None)
    {
    }

    public GraphLoaders(IGraphStore store, CancellationToken cancellationToken)
    {
        _store = store;
        Scheduler = new BatchScheduler(cancellationToken);
        _nodes = new BatchLoader<string, GraphNode>(Scheduler, store.GetNodesAsync, StringComparer.Ordinal);
    }

    public BatchScheduler Scheduler { get; }

    /// <summary>The store itself, for what is not a query (change notifications).</summary>
    public IGraphStore Store => _store;

    /// <summary>
    /// The loaders of the request a resolver runs in: the engine's context is either the loaders themselves or a
    /// service provider of the request scope (ASP.NET Core's <c>HttpContext.RequestServices</c>).
    /// </summary>
    public static GraphLoaders From(ResolveFieldContext context)
    {
        var loaders = Find(context);
        loaders.Scheduler.Bind(context.CancellationToken);
        return loaders;
    }

    private static GraphLoaders Find(ResolveFieldContext context) => context.Context switch
    {
        GraphLoaders loaders => loaders,
        IServiceProvider services => services.GetService(typeof(GraphLoaders)) as GraphLoaders
            ?? throw new InvalidOperationException("The request's services hold no GraphLoaders: call AddCooperationSchema()."),
        _ => throw new InvalidOperationException(
            "The cooperation schema needs a per-request context: pass GraphLoaders or the request's IServiceProvider as the engine's context."),
    };

    /// <summary>
    /// Drops what the loaders hold once the request's execution has ended. The request scope that owns them lives
    /// until its answer is sent; an expensive answer's thousands of loaded nodes and relations would live as long,
    /// and the lane's collection between two operations would copy them (about 1 MB a collection; see
    /// bench/fairness/README.md, session 7).
    /// </summary>
    public void Release()
    {
        _nodes.Release();
        lock (_gate)
        {
            _documentTexts?.Release();
            _relationships.Clear();
        }
    }

    public Task<GraphNode?> NodeAsync(string id) => _nodes.LoadAsync(id);

    /// <summary>A node as a resolver returns it (see <see cref="BatchLoader{TKey, TValue}.LoadObjectAsync"/>).</summary>
    public ValueTask<object?> NodeValueAsync(string id) => _nodes.LoadObjectAsync(id);

    public Task<string?> DocumentTextAsync(string documentId)
    {
        BatchLoader<string, string> loader;
        lock (_gate)
        {
            loader = _documentTexts ??= new BatchLoader<string, string>(Scheduler, FetchDocumentTextsAsync, StringComparer.Ordinal);
        }

        return loader.LoadAsync(documentId);
    }

    /// <summary>A node's relationships (none for a node the store does not know); no task when they are loaded.</summary>
    public ValueTask<IReadOnlyList<GraphRelationship>> RelationshipsAsync(string nodeId, RelationshipSelection selection) =>
        LoaderFor(selection).LoadValueAsync(nodeId)!;

    /// <summary>Runs a query that cannot be batched in the next dispatch round.</summary>
    public Task<T> DeferAsync<T>(Func<IGraphStore, CancellationToken, Task<T>> query)
    {
        var deferred = new DeferredQuery<T>(token => query(_store, token));
        Scheduler.Enqueue(deferred);
        return deferred.Result;
    }

    private BatchLoader<string, IReadOnlyList<GraphRelationship>> LoaderFor(RelationshipSelection selection)
    {
        var types = selection.Types is { Count: > 0 } named ? string.Join(',', named.Order(StringComparer.Ordinal)) : null;
        var key = (types, selection.Direction, selection.LimitPerNode);
        lock (_gate)
        {
            if (!_relationships.TryGetValue(key, out var loader))
            {
                loader = CreateRelationshipLoader(selection);
                _relationships[key] = loader;
            }

            return loader;
        }
    }

    // Apart from LoaderFor, which runs for every relationship field: its closure is made only for a new loader.
    private BatchLoader<string, IReadOnlyList<GraphRelationship>> CreateRelationshipLoader(RelationshipSelection selection) =>
        new(Scheduler, (ids, token) => _store.GetRelationshipsAsync(ids, selection, token), StringComparer.Ordinal, missing: []);

    // The store reads one text at a time; the batch still keeps a document's text to one read per request.
    private async Task<IReadOnlyDictionary<string, string>> FetchDocumentTextsAsync(IReadOnlyList<string> ids, CancellationToken token)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await _store.GetDocumentTextAsync(id, token).ConfigureAwait(false) is { } text)
            {
                texts[id] = text;
            }
        }

        return texts;
    }
}
