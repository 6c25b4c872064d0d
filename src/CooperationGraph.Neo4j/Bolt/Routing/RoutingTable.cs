namespace CooperationGraph.Neo4j.Bolt.Routing;

/// <summary>
/// One database's cluster view from ROUTE: who routes, who reads, who writes, and until when the view holds.
/// Servers found dead are forgotten; the table turns stale on TTL expiry or when a role runs empty.
/// </summary>
internal sealed class RoutingTable(
    string database,
    IReadOnlyList<ServerAddress> routers,
    IReadOnlyList<ServerAddress> readers,
    IReadOnlyList<ServerAddress> writers,
    long expiresAtTimestamp)
{
    private readonly Lock _lock = new();
    private int _nextReader;
    private int _nextWriter;

    public string Database { get; } = database;

    /// <summary>The database the server says the table is for: the home database's name when none was requested.</summary>
    public string ResolvedDatabase { get; init; } = database;

    public IReadOnlyList<ServerAddress> Routers { get; private set; } = routers;

    public IReadOnlyList<ServerAddress> Readers { get; private set; } = readers;

    public IReadOnlyList<ServerAddress> Writers { get; private set; } = writers;

    public long ExpiresAtTimestamp { get; } = expiresAtTimestamp;

    public bool IsStale(AccessMode mode, long nowTimestamp) =>
        nowTimestamp >= ExpiresAtTimestamp || Routers.Count == 0 || ServersFor(mode).Count == 0;

    public IReadOnlyList<ServerAddress> ServersFor(AccessMode mode) => mode == AccessMode.Read ? Readers : Writers;

    /// <summary>The next server for a role, round-robin; null when the role has none.</summary>
    public ServerAddress? Next(AccessMode mode)
    {
        var servers = ServersFor(mode);
        if (servers.Count == 0)
        {
            return null;
        }

        ref var counter = ref mode == AccessMode.Read ? ref _nextReader : ref _nextWriter;
        var index = (int)((uint)Interlocked.Increment(ref counter) - 1) % servers.Count;
        return servers[index];
    }

    /// <summary>Drops a server that could not be reached from every role.</summary>
    public void Forget(ServerAddress address)
    {
        lock (_lock)
        {
            Routers = Without(Routers, address);
            Readers = Without(Readers, address);
            Writers = Without(Writers, address);
        }
    }

    /// <summary>Drops a server that said it is no longer the writer.</summary>
    public void ForgetWriter(ServerAddress address)
    {
        lock (_lock)
        {
            Writers = Without(Writers, address);
        }
    }

    private static ServerAddress[] Without(IReadOnlyList<ServerAddress> servers, ServerAddress address) =>
        servers.Where(server => server != address).ToArray();
}
