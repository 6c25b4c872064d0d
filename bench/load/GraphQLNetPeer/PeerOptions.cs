using System.Globalization;

namespace CooperationGraph.LoadPeer;

/// <summary>The peer's command line: a mode, then <c>--name value</c> pairs.</summary>
internal sealed record PeerOptions(string Mode, int Port, string? Data, string? Schema, string? Answer)
{
    public static PeerOptions? Parse(string[] args)
    {
        if (args is not [var mode, .. var rest] || rest.Length % 2 != 0 || mode is not ("graphql" or "canned"))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Length; i += 2)
        {
            values[rest[i]] = rest[i + 1];
        }

        if (!values.TryGetValue("--port", out var portText) || !int.TryParse(portText, CultureInfo.InvariantCulture, out var port))
        {
            return null;
        }

        var options = new PeerOptions(mode, port, values.GetValueOrDefault("--data"), values.GetValueOrDefault("--schema"), values.GetValueOrDefault("--answer"));
        return mode == "graphql" ? options.Data is null || options.Schema is null ? null : options
            : options.Answer is null ? null : options;
    }
}
