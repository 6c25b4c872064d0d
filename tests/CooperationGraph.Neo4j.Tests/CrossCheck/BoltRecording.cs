using System.Text;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// What one client did in one scenario: per connection (in the order opened) the listener it reached, the handshake
/// bytes, the manifest answer (5.7+), and every message in order — client messages with their dechunked bytes, server
/// replies by name only (the server is deterministic, so they follow from the client's) — plus the canonical values
/// the client handed back. Stored as text, one line a fact, under CrossCheck/Recordings/.
/// </summary>
internal sealed class BoltRecording
{
    public List<RecordedConnection> Connections { get; } = [];

    public List<string> Outputs { get; } = [];

    public static BoltRecording Parse(string text)
    {
        var recording = new BoltRecording();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var (tag, rest) = (line[..space], line[(space + 1)..]);
            var current = recording.Connections.LastOrDefault();
            switch (tag)
            {
                case "connection":
                    recording.Connections.Add(new RecordedConnection(rest));
                    break;
                case "handshake":
                    current!.Handshake = Convert.FromHexString(rest.Replace(" ", string.Empty, StringComparison.Ordinal));
                    break;
                case "manifest":
                    current!.ManifestAnswer = Convert.FromHexString(rest);
                    break;
                case "C":
                    var parts = rest.Split(' ', 2);
                    current!.Messages.Add(new RecordedMessage(true, parts[0], Convert.FromHexString(parts[1])));
                    break;
                case "S":
                    current!.Messages.Add(new RecordedMessage(false, rest, []));
                    break;
                case "O":
                    recording.Outputs.Add(rest);
                    break;
                default:
                    throw new FormatException($"Unknown recording line: {line}");
            }
        }

        return recording;
    }

    public string Render(string header)
    {
        var text = new StringBuilder();
        foreach (var line in header.Split('\n'))
        {
            text.Append("# ").Append(line).Append('\n');
        }

        foreach (var connection in Connections)
        {
            text.Append("connection ").Append(connection.Listener).Append('\n');
            var slots = Enumerable.Range(0, connection.Handshake.Length / 4).Select(i => Convert.ToHexStringLower(connection.Handshake, i * 4, 4));
            text.Append("handshake ").Append(string.Join(' ', slots)).Append('\n');
            if (connection.ManifestAnswer is { } answer)
            {
                text.Append("manifest ").Append(Convert.ToHexStringLower(answer)).Append('\n');
            }

            foreach (var message in connection.Messages)
            {
                text.Append(message.FromClient ? $"C {message.Name} {Convert.ToHexStringLower(message.Bytes)}" : $"S {message.Name}").Append('\n');
            }
        }

        foreach (var output in Outputs)
        {
            text.Append("O ").Append(output).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>One connection of a recording.</summary>
internal sealed class RecordedConnection(string listener)
{
    public string Listener { get; } = listener;

    public byte[] Handshake { get; set; } = [];

    public byte[]? ManifestAnswer { get; set; }

    public List<RecordedMessage> Messages { get; } = [];

    public IEnumerable<RecordedMessage> ClientMessages => Messages.Where(message => message.FromClient);
}

/// <summary>One message: a client message with its dechunked bytes, or a server reply by name.</summary>
internal sealed record RecordedMessage(bool FromClient, string Name, byte[] Bytes);
