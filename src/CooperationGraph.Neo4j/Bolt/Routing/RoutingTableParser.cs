using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j.Bolt.Routing;

/// <summary>Reads ROUTE's SUCCESS: <c>{rt: {ttl, db, servers: [{addresses: [...], role: "ROUTE"|"READ"|"WRITE"}]}}</c>.</summary>
internal static class RoutingTableParser
{
    public static RoutingTable Parse(SuccessMessage success, string requestedDatabase, TimeProvider time)
    {
        if (success.Get<Dictionary<string, object?>>("rt") is not { } rt)
        {
            throw new Neo4jProtocolException("Bolt: ROUTE's SUCCESS has no 'rt' map.");
        }

        var ttl = rt.TryGetValue("ttl", out var ttlValue) && ttlValue is long seconds ? seconds : 0;
        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        foreach (var entry in rt.TryGetValue("servers", out var servers) && servers is List<object?> list ? list : [])
        {
            if (entry is not Dictionary<string, object?> server
                || !server.TryGetValue("role", out var role)
                || !server.TryGetValue("addresses", out var addresses)
                || addresses is not List<object?> addressList)
            {
                throw new Neo4jProtocolException("Bolt: a routing table server entry lacks 'role' or 'addresses'.");
            }

            var target = role switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                _ => null,
            };
            target?.AddRange(addressList.OfType<string>().Select(ServerAddress.Parse));
        }

        var expires = time.GetTimestamp() + (long)(Math.Clamp(ttl, 0, 365L * 86_400) * (double)time.TimestampFrequency);
        var resolved = rt.TryGetValue("db", out var db) && db is string name && name.Length > 0 ? name : requestedDatabase;
        return new RoutingTable(requestedDatabase, routers, readers, writers, expires) { ResolvedDatabase = resolved };
    }
}
