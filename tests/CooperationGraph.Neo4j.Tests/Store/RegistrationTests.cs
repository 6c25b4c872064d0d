using CooperationGraph.Domain.Store;
using CooperationGraph.Neo4j.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationGraph.Neo4j.Tests.Store;

/// <summary><c>AddNeo4jGraphStore</c>: settings from configuration (then NEO4J_* variables), checked at registration with messages naming them.</summary>
public sealed class RegistrationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();

    [Fact]
    public async Task Registration_ReadsStorageSettings_AndResolvesALazyStore()
    {
        var configuration = Configuration(
            ("Storage:Neo4jUri", "neo4j://db.example.org:7687"), ("Storage:Neo4jUser", "reader"), ("Storage:Neo4jPassword", "s3cret"), ("Storage:Neo4jDatabase", "graph"));
        var services = new ServiceCollection().AddNeo4jGraphStore(configuration, _ => TestPaths.Model);
        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<Neo4jGraphStoreOptions>();
        Assert.Equal(new Uri("neo4j://db.example.org:7687"), options.Uri);
        Assert.Equal(("reader", "s3cret", "graph"), (options.User, options.Password, options.Database));
        // No connection is opened until the first operation, so resolving works without a server.
        Assert.IsType<CypherGraphStore>(provider.GetRequiredService<IGraphStore>());
    }

    [Fact]
    public void ConfigurationWins_OverTheEnvironmentKeyInConfiguration()
    {
        var options = Neo4jServiceCollectionExtensions.ReadOptions(Configuration(("NEO4J_URI", "bolt://env-style:7687"), ("Storage:Neo4jUri", "bolt://explicit:7687")));
        Assert.Equal("explicit", options.Uri!.Host);
        var fallback = Neo4jServiceCollectionExtensions.ReadOptions(Configuration(("NEO4J_URI", "bolt://env-style:7687"), ("NEO4J_USER", "u")));
        Assert.Equal(("env-style", "u"), (fallback.Uri!.Host, fallback.User));
    }

    [Theory]
    [InlineData("not a uri", "Storage:Neo4jUri 'not a uri'")]
    [InlineData("http://localhost:7474", "http")]
    public void BadUris_AreRefusedAtRegistration_NamingTheSetting(string uri, string expected)
    {
        var error = Assert.Throws<GraphStoreException>(() => new ServiceCollection().AddNeo4jGraphStore(Configuration(("Storage:Neo4jUri", uri)), _ => TestPaths.Model));
        Assert.Equal(GraphStoreErrorCode.InvalidArgument, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AUserWithoutAPassword_IsRefused()
    {
        var error = Assert.Throws<GraphStoreException>(() => new Neo4jGraphStoreOptions { Uri = new Uri("bolt://localhost"), User = "neo4j" }.ToClientOptions());
        Assert.Contains("NEO4J_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingUri_IsRefused_NamingBothSettings()
    {
        var error = Assert.Throws<GraphStoreException>(() => new Neo4jGraphStoreOptions().ToClientOptions());
        Assert.Contains("Storage:Neo4jUri (or NEO4J_URI)", error.Message, StringComparison.Ordinal);
    }
}
