using System.Collections.Concurrent;
using CooperationGraph.Neo4j.Bolt.Connection;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.Bolt.Pool;

namespace CooperationGraph.Neo4j.Bolt.Routing;

/// <summary>
/// <c>neo4j://</c>: keeps a routing table per database (fetched with ROUTE from a router, or the seed
/// address when no known router answers), sends reads to readers and writes to writers round-robin,
/// and forgets servers that fail.
/// </summary>
internal sealed class RoutingConnectionProvider(
    ServerAddress seed,
    IReadOnlyDictionary<string, object?> routingContext,
    Func<ServerAddress, ConnectionPool> createPool,
    TimeProvider time) : IConnectionProvider
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    public ConnectionPool PoolFor(ServerAddress address) => _pools.GetOrAdd(address, createPool);

    public RoutingTable? TableFor(string? database) => _tables.GetValueOrDefault(database ?? string.Empty);

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var table = await GetTableAsync(mode, database ?? string.Empty, bookmarks, cancellationToken).ConfigureAwait(false);
        for (var attempts = table.ServersFor(mode).Count; attempts > 0; attempts--)
        {
            if (table.Next(mode) is not { } address)
            {
                break;
            }

            try
            {
                return await PoolFor(address).AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jServiceUnavailableException ex)
            {
                OnError(address, database, ex);
            }
        }

        throw new Neo4jSessionExpiredException(
            $"No {(mode == AccessMode.Read ? "reader" : "writer")} of database '{table.Database}' could be reached.");
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => PoolFor(connection.Address).ReleaseAsync(connection);

    public string? HomeDatabase => TableFor(null) is { } table && table.ResolvedDatabase.Length > 0 ? table.ResolvedDatabase : null;

    public void OnError(ServerAddress address, string? database, Neo4jException error)
    {
        if (error is Neo4jServiceUnavailableException)
        {
            foreach (var table in _tables.Values)
            {
                table.Forget(address);
            }

            if (_pools.TryGetValue(address, out var pool))
            {
                _ = pool.CloseIdleAsync().AsTask();
            }
        }
        else if (error is Neo4jSessionExpiredException && TableFor(database) is { } table)
        {
            table.ForgetWriter(address);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<RoutingTable> GetTableAsync(AccessMode mode, string database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        if (_tables.TryGetValue(database, out var current) && !current.IsStale(mode, time.GetTimestamp()))
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(database, out current) && !current.IsStale(mode, time.GetTimestamp()))
            {
                return current;
            }

            var fresh = await FetchAsync(current?.Routers ?? [], database, bookmarks, cancellationToken).ConfigureAwait(false);
            _tables[database] = fresh;
            if (fresh.ResolvedDatabase != database)
            {
                // The home database, resolved: sessions pin it (as the official drivers do), and find its table by name.
                _tables[fresh.ResolvedDatabase] = fresh;
            }

            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(IReadOnlyList<ServerAddress> knownRouters, string database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var router in knownRouters.Append(seed).Distinct())
        {
            BoltConnection? connection = null;
            try
            {
                connection = await PoolFor(router).AcquireAsync(cancellationToken).ConfigureAwait(false);
                connection.Enqueue(new RouteMessage(routingContext, bookmarks, database.Length == 0 ? null : database));
                await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                var success = await connection.ReceiveSuccessAsync(cancellationToken).ConfigureAwait(false);
                return RoutingTableParser.Parse(success, database, time);
            }
            catch (Exception ex) when (ex is Neo4jServiceUnavailableException or Neo4jProtocolException or Neo4jSessionExpiredException)
            {
                failures.Add($"{router}: {ex.Message}");
            }
            finally
            {
                if (connection is not null)
                {
                    await PoolFor(router).ReleaseAsync(connection).ConfigureAwait(false);
                }
            }
        }

        throw new Neo4jServiceUnavailableException(
            $"Could not fetch a routing table for database '{(database.Length == 0 ? "<default>" : database)}': {string.Join("; ", failures)}");
    }
}
