namespace CooperationGraph.Neo4j.Bolt.Connection;

/// <summary>How a connection is encrypted, as the URI scheme's suffix says.</summary>
internal enum TlsMode
{
    /// <summary><c>bolt</c>, <c>neo4j</c>: plain TCP.</summary>
    None,

    /// <summary><c>+s</c>: TLS with the certificate verified against the system's trust store.</summary>
    Verified,

    /// <summary><c>+ssc</c>: TLS accepting any certificate, self-signed included.</summary>
    TrustAnyCertificate,
}
