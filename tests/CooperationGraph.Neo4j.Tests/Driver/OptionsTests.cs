using CooperationGraph.Neo4j.Bolt.Connection;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Options validation and the meaning of each URI scheme.</summary>
public sealed class OptionsTests
{
    [Theory]
    [InlineData("bolt://db:7000", false, "None", 7000)]
    [InlineData("bolt+s://db", false, "Verified", 7687)]
    [InlineData("bolt+ssc://db", false, "TrustAnyCertificate", 7687)]
    [InlineData("neo4j://db", true, "None", 7687)]
    [InlineData("neo4j+s://db", true, "Verified", 7687)]
    [InlineData("neo4j+ssc://db:1", true, "TrustAnyCertificate", 1)]
    public void Schemes(string uri, bool routing, string tls, int port)
    {
        var parsed = Neo4jUri.TryParse(new Uri(uri), out var error);
        Assert.Null(error);
        Assert.Equal((routing, Enum.Parse<TlsMode>(tls), "db", port), (parsed!.Routing, parsed.Tls, parsed.Address.Host, parsed.Address.Port));
    }

    [Fact]
    public void RoutingContext_ComesFromQuery()
    {
        var parsed = Neo4jUri.TryParse(new Uri("neo4j://db:7000?region=gx&policy=fast%20lane"), out _)!;
        Assert.Equal("db:7000", parsed.RoutingContext["address"]);
        Assert.Equal("gx", parsed.RoutingContext["region"]);
        Assert.Equal("fast lane", parsed.RoutingContext["policy"]);
    }

    [Theory]
    [InlineData("http://db", "scheme must be one of")]
    [InlineData("bolt://db?region=gx", "Only neo4j:// URIs take a routing context")]
    [InlineData("neo4j://db?address=x", "may not set 'address'")]
    public void BadUris_AreExplained(string uri, string fragment)
    {
        Assert.Null(Neo4jUri.TryParse(new Uri(uri), out var error));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ListsEveryProblem()
    {
        var options = new Neo4jClientOptions
        {
            MaxConnectionPoolSize = 0,
            FetchSize = 0,
            MaxRetryAttempts = -1,
            ConnectionTimeout = TimeSpan.Zero,
        };
        var problems = options.Validate();
        Assert.Contains("Uri is required.", problems);
        Assert.Contains(problems, p => p.StartsWith("MaxConnectionPoolSize", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("FetchSize", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MaxRetryAttempts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ConnectionTimeout", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Create_RefusesInvalidOptions()
    {
        var error = Assert.Throws<ArgumentException>(() => Neo4jClient.Create(new Neo4jClientOptions { Uri = new Uri("ftp://db") }));
        Assert.Contains("ftp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid() =>
        Assert.Empty(new Neo4jClientOptions { Uri = new Uri("neo4j://localhost") }.Validate());

    [Fact]
    public void Record_GetConvertsAndExplains()
    {
        var record = new Neo4jRecord(["n", "s"], [42L, "x"]);
        Assert.Equal(42, record.Get<int>("n"));
        Assert.Equal(42.0, record.Get<double>("n"));
        Assert.Equal("x", record.Get<string>("s"));
        Assert.Throws<InvalidCastException>(() => record.Get<bool>("s"));
        var missing = Assert.Throws<KeyNotFoundException>(() => record["zzz"]);
        Assert.Contains("n, s", missing.Message, StringComparison.Ordinal);
    }
}
