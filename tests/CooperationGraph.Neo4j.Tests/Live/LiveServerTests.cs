namespace CooperationGraph.Neo4j.Tests.Live;

/// <summary>Smoke tests against a real Neo4j, for when one is available; the fake server covers the protocol otherwise.</summary>
public sealed class LiveServerTests
{
    private static Neo4jClient Connect() => Neo4jClient.Create(new Neo4jClientOptions
    {
        Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
        Auth = Neo4jAuth.Basic(
            Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "neo4j"),
    });

    [LiveNeo4jFact]
    public async Task WriteThenRead_RoundTripsValues()
    {
        await using var client = Connect();
        var id = Guid.NewGuid().ToString("N");
        await client.ExecuteWriteAsync(async tx => await (await tx.RunAsync(
            "CREATE (:BoltSmoke {id: $id, name: $name, at: $at, where: $where})",
            new Dictionary<string, object?>
            {
                ["id"] = id,
                ["name"] = "广西",
                ["at"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)),
                ["where"] = new Neo4jPoint2D(4326, 108.32, 22.82),
            })).ConsumeAsync());
        var node = await client.ExecuteReadAsync(async tx =>
            (await (await tx.RunAsync("MATCH (n:BoltSmoke {id: $id}) RETURN n", new Dictionary<string, object?> { ["id"] = id })).ToListAsync())[0].Get<Neo4jNode>("n"));
        Assert.Equal("广西", node.Properties["name"]);
        Assert.Equal(new Neo4jPoint2D(4326, 108.32, 22.82), node.Properties["where"]);
        await client.ExecuteWriteAsync(async tx => await (await tx.RunAsync(
            "MATCH (n:BoltSmoke {id: $id}) DELETE n", new Dictionary<string, object?> { ["id"] = id })).ConsumeAsync());
    }
}
