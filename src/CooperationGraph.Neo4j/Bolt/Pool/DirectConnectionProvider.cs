using CooperationGraph.Neo4j.Bolt.Connection;

namespace CooperationGraph.Neo4j.Bolt.Pool;

/// <summary><c>bolt://</c>: every unit of work goes to the one server the URI names.</summary>
internal sealed class DirectConnectionProvider(ConnectionPool pool) : IConnectionProvider
{
    public ConnectionPool Pool { get; } = pool;

    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        Pool.AcquireAsync(cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => Pool.ReleaseAsync(connection);

    public string? HomeDatabase => null;

    public void OnError(ServerAddress address, string? database, Neo4jException error)
    {
    }

    public ValueTask DisposeAsync() => Pool.DisposeAsync();
}
