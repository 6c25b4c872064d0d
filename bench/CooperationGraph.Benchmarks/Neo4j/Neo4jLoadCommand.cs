using System.Diagnostics;
using System.Globalization;
using CooperationGraph.Benchmarks.Storage;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Store;
using CooperationGraph.Storage;

namespace CooperationGraph.Benchmarks.Neo4j;

/// <summary>
/// <c>neo4j-load [relationships] [seconds]</c>: seeds a synthetic graph (default 1,000,000 relationships) into the
/// Neo4j named by <c>NEO4J_URI</c> (<c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>) and into an
/// embedded store, times both seedings, then times each read operation of the store contract on both for the same
/// sequence of arguments and prints the ratio Neo4j / embedded. Without <c>NEO4J_URI</c> it prints why it is skipped
/// and measures nothing. The Neo4j database is wiped by the seeding: point it at a scratch server.
/// </summary>
public static class Neo4jLoadCommand
{
    public const string Verb = "neo4j-load";

    public static async Task<int> RunAsync(string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            Console.WriteLine("neo4j-load: skipped — NEO4J_URI is not set. Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to a scratch Neo4j server; nothing was measured.");
            return 0;
        }

        var relationshipCount = arguments.Length > 0 ? int.Parse(arguments[0], CultureInfo.InvariantCulture) : 1_000_000;
        var seconds = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 10;
        var model = BenchmarkInputs.LoadModel();
        var snapshot = SyntheticGraphGenerator.Generate(model, relationshipCount);
        Console.WriteLine($"neo4j-load: {snapshot.Nodes.Count:N0} nodes, {snapshot.Relationships.Count:N0} relationships; {Environment.ProcessorCount} CPUs, .NET {Environment.Version}");

        var options = new Neo4jGraphStoreOptions
        {
            Uri = new Uri(uri),
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE"),
            Logger = new ConsoleLogger(),
        };
        var databasePath = BenchmarkInputs.NewDatabasePath();
        try
        {
            await using var neo4j = await Neo4jGraphStore.OpenAsync(options, model);
            await using var embedded = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = databasePath });
            var neo4jSeed = await TimeAsync(() => neo4j.ReplaceAllAsync(snapshot));
            var embeddedSeed = await TimeAsync(() => embedded.ReplaceAllAsync(snapshot));
            Console.WriteLine($"seed: Neo4j {neo4jSeed.TotalSeconds:F1} s, embedded {embeddedSeed.TotalSeconds:F1} s, ratio {neo4jSeed / embeddedSeed:F2}");
            Console.WriteLine($"{"operation",-44} {"Neo4j ops/s",12} {"embedded ops/s",15} {"time ratio",11}");
            foreach (var (name, operation) in ReadOperations(snapshot))
            {
                var neo4jRate = await RateAsync(seconds, index => operation(neo4j, index));
                var embeddedRate = await RateAsync(seconds, index => operation(embedded, index));
                Console.WriteLine($"{name,-44} {neo4jRate,12:N0} {embeddedRate,15:N0} {embeddedRate / neo4jRate,11:F1}");
            }
        }
        finally
        {
            BenchmarkInputs.DeleteDatabase(databasePath);
        }

        return 0;
    }

    /// <summary>The contract's reads, each taking the i-th argument of a fixed pseudo-random sequence.</summary>
    private static IEnumerable<(string Name, Func<IGraphStore, int, Task>)> ReadOperations(GraphSnapshot snapshot)
    {
        var random = new Random(SyntheticGraphGenerator.DefaultSeed);
        var nodes = Enumerable.Range(0, 4096).Select(_ => snapshot.Nodes[random.Next(snapshot.Nodes.Count)].Id).ToArray();
        var relationships = Enumerable.Range(0, 4096).Select(_ => snapshot.Relationships[random.Next(snapshot.Relationships.Count)].Id).ToArray();
        var names = Enumerable.Range(0, 4096).Select(i => snapshot.Nodes[random.Next(snapshot.Nodes.Count)].Name).ToArray();
        string Node(int i) => nodes[i % nodes.Length];
        yield return ("node by id", (store, i) => store.GetNodesAsync([Node(i)]));
        yield return ("relationship by id", (store, i) => store.GetRelationshipsByIdAsync([relationships[i % relationships.Length]]));
        yield return ("1-hop relationships (≤100)", (store, i) => store.GetRelationshipsAsync([Node(i)], new RelationshipSelection()));
        yield return ("2-hop neighbourhood (≤200 nodes)", (store, i) => store.GetNeighbourhoodAsync(new NeighbourhoodQuery(Node(i), Depth: 2)));
        yield return ("paths ≤4 hops (≤10)", (store, i) => store.FindPathsAsync(new PathQuery(Node(i), Node(i + 1), MaxHops: 4, Limit: 10)));
        yield return ("search by name", (store, i) => store.SearchAsync(new SearchQuery(names[i % names.Length])));
        yield return ("first page of a label", (store, i) => store.FindNodesAsync(new NodeQuery(Label: "Organisation", First: 20)));
        yield return ("statistics", (store, _) => store.GetStatisticsAsync());
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    private static async Task<double> RateAsync(int seconds, Func<int, Task> operation)
    {
        var count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await operation(count++);
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}
