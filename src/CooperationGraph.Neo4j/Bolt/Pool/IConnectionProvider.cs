using CooperationGraph.Neo4j.Bolt.Connection;

namespace CooperationGraph.Neo4j.Bolt.Pool;

/// <summary>Hands out connections for a unit of work: directly to one server, or routed within a cluster.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>The user's home database once a routing table named it; sessions without a database pin it. Null when direct.</summary>
    string? HomeDatabase { get; }

    /// <summary>Learns from an error on a connection (a lost server, a writer that stepped down).</summary>
    void OnError(ServerAddress address, string? database, Neo4jException error);
}
