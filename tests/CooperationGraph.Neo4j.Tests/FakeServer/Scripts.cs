namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>Script fragments and client options shared by the protocol tests.</summary>
public static class Scripts
{
    public const string User = "neo4j";
    public const string Password = "secret";

    /// <summary>Handshake at 5.4 and a successful HELLO + LOGON with the test credentials.</summary>
    public static readonly string Connect54 = """
        !: BOLT 5.4
        C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": {"product": *, "platform": *, "language": *}}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
        S: SUCCESS {"server": "Neo4j/5.26.0", "connection_id": "bolt-1"}
        S: SUCCESS {}

        """;

    /// <summary>The same for a routing client: HELLO carries the routing context.</summary>
    public static string ConnectRouting54(string seedAddress) => $$$"""
        !: BOLT 5.4
        C: HELLO {"user_agent": "CooperationGraph/1.0", "bolt_agent": *, "routing": {"address": "{{{seedAddress}}}"}}
        C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "secret"}
        S: SUCCESS {"server": "Neo4j/5.26.0", "connection_id": "bolt-r"}
        S: SUCCESS {}

        """;

    public static Neo4jClientOptions Options(Uri uri, TimeProvider? time = null) => new()
    {
        Uri = uri,
        Auth = Neo4jAuth.Basic(User, Password),
        ConnectionTimeout = TimeSpan.FromSeconds(5),
        ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(5),
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryTime = TimeSpan.FromSeconds(10),
        TimeProvider = time ?? TimeProvider.System,
    };

    public static Neo4jClient Client(FakeBoltServer server, Action<Neo4jClientOptions>? configure = null)
    {
        var options = Options(server.BoltUri);
        configure?.Invoke(options);
        return Neo4jClient.Create(options);
    }
}
