using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Connection;
using CooperationGraph.Neo4j.Bolt.Pool;
using CooperationGraph.Neo4j.Bolt.Routing;

namespace CooperationGraph.Neo4j;

/// <summary>
/// The entry point: owns the connection pools (and routing tables for <c>neo4j://</c>), opens sessions, and
/// runs managed transactions whose bookmarks chain across calls. Thread-safe; create one per application.
/// </summary>
public sealed class Neo4jClient : IAsyncDisposable
{
    private readonly ClientContext _context;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    private Neo4jClient(ClientContext context) => _context = context;

    /// <summary>The bookmarks of the last work committed through <see cref="ExecuteReadAsync"/>/<see cref="ExecuteWriteAsync"/>.</summary>
    public IReadOnlyList<string> LastBookmarks
    {
        get
        {
            lock (_bookmarkLock)
            {
                return _bookmarks;
            }
        }
    }

    internal IConnectionProvider Provider => _context.Provider;

    /// <summary>Creates a client; throws <see cref="ArgumentException"/> listing every problem with the options. No connection is opened yet.</summary>
    public static Neo4jClient Create(Neo4jClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Neo4j client options: " + string.Join(" ", problems), nameof(options));
        }

        var uri = Neo4jUri.TryParse(options.Uri!, out _)!;
        var connection = new ConnectionSettings(options.Auth, options.UserAgent, uri.Tls, options.ConnectionTimeout,
            uri.Routing ? uri.RoutingContext : null, options.TimeProvider, options.SocketReadTimeout);
        var pool = new PoolSettings(options.MaxConnectionPoolSize, options.ConnectionAcquisitionTimeout,
            options.ConnectionLivenessThreshold, options.MaxConnectionLifetime);
        ConnectionPool CreatePool(ServerAddress address) =>
            new(address, pool, token => BoltConnector.ConnectAsync(address, connection, token));
        IConnectionProvider provider = uri.Routing
            ? new RoutingConnectionProvider(uri.Address, uri.RoutingContext, CreatePool, options.TimeProvider)
            : new DirectConnectionProvider(CreatePool(uri.Address));
        return new Neo4jClient(new ClientContext(provider, RetryPipelineFactory.Create(options), options.FetchSize, options.Database));
    }

    /// <summary>Opens a session; sessions are cheap and hold a connection only while work runs.</summary>
    public Neo4jSession OpenSession(SessionOptions? options = null) => new(_context, options ?? new SessionOptions());

    /// <summary>Runs read work in a retried transaction that sees every earlier write made through this client.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<Neo4jTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(session => session.ExecuteReadAsync(work, config, cancellationToken));

    /// <summary>Runs write work in a retried transaction; its bookmark is carried into later calls.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(session => session.ExecuteWriteAsync(work, config, cancellationToken));

    /// <summary>Opens (or reuses) a connection and gives it back, proving the server is reachable and accepts the credentials.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _context.Provider.AcquireAsync(AccessMode.Read, _context.Database, [], cancellationToken).ConfigureAwait(false);
        await _context.Provider.ReleaseAsync(connection).ConfigureAwait(false);
    }

    /// <summary>Closes every pooled connection, saying GOODBYE to healthy ones.</summary>
    public ValueTask DisposeAsync() => _context.Provider.DisposeAsync();

    private async Task<T> ExecuteAsync<T>(Func<Neo4jSession, Task<T>> work)
    {
        var session = OpenSession(new SessionOptions { Bookmarks = LastBookmarks });
        await using (session.ConfigureAwait(false))
        {
            var result = await work(session).ConfigureAwait(false);
            lock (_bookmarkLock)
            {
                _bookmarks = session.Bookmarks;
            }

            return result;
        }
    }
}
