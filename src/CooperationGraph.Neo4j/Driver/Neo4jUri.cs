using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Connection;

namespace CooperationGraph.Neo4j;

/// <summary>
/// What a connection URI means: <c>bolt</c> connects directly, <c>neo4j</c> routes; <c>+s</c> adds verified
/// TLS and <c>+ssc</c> TLS accepting self-signed certificates. A <c>neo4j</c> URI's query becomes the routing context.
/// </summary>
internal sealed record Neo4jUri(bool Routing, TlsMode Tls, ServerAddress Address, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public static readonly IReadOnlyList<string> Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    public static Neo4jUri? TryParse(Uri uri, out string? error)
    {
        error = null;
        if (!uri.IsAbsoluteUri || !Schemes.Contains(uri.Scheme, StringComparer.Ordinal))
        {
            error = $"URI scheme must be one of {string.Join(", ", Schemes)}; got '{(uri.IsAbsoluteUri ? uri.Scheme : uri.OriginalString)}'.";
            return null;
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            error = "URI must name a host.";
            return null;
        }

        var routing = uri.Scheme.StartsWith("neo4j", StringComparison.Ordinal);
        if (!routing && uri.Query.Length > 1)
        {
            error = "Only neo4j:// URIs take a routing context query; bolt:// URIs connect to one server.";
            return null;
        }

        var tls = uri.Scheme.EndsWith("+ssc", StringComparison.Ordinal) ? TlsMode.TrustAnyCertificate
            : uri.Scheme.EndsWith("+s", StringComparison.Ordinal) ? TlsMode.Verified
            : TlsMode.None;
        var address = new ServerAddress(uri.Host.Trim('[', ']'), uri.IsDefaultPort || uri.Port < 0 ? ServerAddress.DefaultPort : uri.Port);
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[0] == "address")
            {
                error = $"Routing context entry '{pair}' must be key=value and may not set 'address'.";
                return null;
            }

            context[Uri.UnescapeDataString(parts[0])] = Uri.UnescapeDataString(parts[1]);
        }

        return new Neo4jUri(routing, tls, address, context);
    }
}
