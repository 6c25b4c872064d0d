namespace CooperationGraph.Neo4j;

/// <summary>Credentials for the Bolt auth token: basic (user and password), bearer (an SSO token) or none.</summary>
public sealed class Neo4jAuth
{
    private readonly Dictionary<string, object?> _token;

    private Neo4jAuth(string scheme, Dictionary<string, object?> token)
    {
        Scheme = scheme;
        _token = token;
    }

    /// <summary>The auth scheme: <c>basic</c>, <c>bearer</c> or <c>none</c>.</summary>
    public string Scheme { get; }

    /// <summary>No authentication (a server with auth disabled).</summary>
    public static Neo4jAuth None { get; } = new("none", new(StringComparer.Ordinal) { ["scheme"] = "none" });

    /// <summary>User name and password, optionally for a named realm.</summary>
    public static Neo4jAuth Basic(string user, string password, string? realm = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        var token = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["scheme"] = "basic",
            ["principal"] = user,
            ["credentials"] = password,
        };
        if (!string.IsNullOrEmpty(realm))
        {
            token["realm"] = realm;
        }

        return new("basic", token);
    }

    /// <summary>A bearer token from an identity provider.</summary>
    public static Neo4jAuth Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new("bearer", new(StringComparer.Ordinal) { ["scheme"] = "bearer", ["credentials"] = token });
    }

    /// <summary>The token's fields as HELLO (4.4/5.0) or LOGON (5.1+) carry them.</summary>
    internal IReadOnlyDictionary<string, object?> Token => _token;

    /// <summary>Names the scheme only: credentials never reach logs.</summary>
    public override string ToString() => $"Neo4jAuth({Scheme})";
}
