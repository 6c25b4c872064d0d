namespace CooperationGraph.Neo4j.Bolt.Connection;

/// <summary>Everything needed to open and initialize one connection.</summary>
/// <param name="Auth">The credentials sent in HELLO (4.4/5.0) or LOGON (5.1+).</param>
/// <param name="UserAgent">The HELLO <c>user_agent</c>.</param>
/// <param name="Tls">Whether and how to encrypt.</param>
/// <param name="ConnectTimeout">The budget for TCP connect, TLS, handshake and HELLO together.</param>
/// <param name="RoutingContext">The HELLO <c>routing</c> map for <c>neo4j://</c>; null for direct connections.</param>
/// <param name="TimeProvider">The clock for idle and lifetime measurements.</param>
/// <param name="ReadTimeout">How long a reply may take before the connection counts as dead, unless the server hints otherwise; null: no limit.</param>
internal sealed record ConnectionSettings(
    Neo4jAuth Auth,
    string UserAgent,
    TlsMode Tls,
    TimeSpan ConnectTimeout,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    TimeProvider TimeProvider,
    TimeSpan? ReadTimeout = null);
