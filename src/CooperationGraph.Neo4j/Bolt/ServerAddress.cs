using System.Globalization;

namespace CooperationGraph.Neo4j.Bolt;

/// <summary>A server's host and port as routing tables write it: <c>host:port</c>, IPv6 hosts in brackets.</summary>
internal readonly record struct ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        var closing = text.LastIndexOf(']');
        if (colon <= 0 || colon < closing)
        {
            return new(text.Trim('[', ']'), DefaultPort);
        }

        return int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? new(text[..colon].Trim('[', ']'), port)
            : throw new Neo4jProtocolException($"Bolt: '{text}' is not a host:port address.");
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
