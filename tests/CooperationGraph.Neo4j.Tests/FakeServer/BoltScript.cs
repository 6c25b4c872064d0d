using System.Globalization;
using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>
/// Parses the fake server's script language, one step a line: <c>!:</c> handshake, <c>C:</c> what the client
/// must send, <c>S:</c> what the server answers; values are JSON plus <c>*</c>; <c>#</c> starts a comment.
/// </summary>
public static class BoltScript
{
    public static List<ScriptStep> Parse(string script)
    {
        var steps = new List<ScriptStep>();
        foreach (var rawLine in script.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var body = line[2..].Trim();
            steps.Add(line[..2] switch
            {
                "!:" => ParseHandshake(body),
                "C:" => ParseMessage(body, client: true),
                "S:" when body == "<NOOP>" => new ScriptStep.Noop(),
                "S:" when body == "<CLOSE>" => new ScriptStep.Close(),
                "S:" when body.StartsWith("<SILENT ", StringComparison.Ordinal) =>
                    new ScriptStep.Silent(TimeSpan.FromMilliseconds(int.Parse(body[8..^1], CultureInfo.InvariantCulture))),
                "S:" => ParseMessage(body, client: false),
                _ => throw new FormatException($"Script line must start with '!:', 'C:' or 'S:': {line}"),
            });
        }

        return steps;
    }

    private static ScriptStep ParseHandshake(string body)
    {
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0] != "BOLT" || words.Length < 2)
        {
            throw new FormatException($"Handshake line must read 'BOLT x.y', 'BOLT MANIFEST x.y ...' or 'BOLT NONE': {body}");
        }

        return words[1] switch
        {
            "NONE" => new ScriptStep.RefuseHandshake(),
            "MANIFEST" => new ScriptStep.ManifestHandshake(words[2..].Select(ParseVersion).ToList()),
            _ => ParseVersion(words[1]) is var (major, minor) ? new ScriptStep.Handshake(major, minor) : throw new FormatException(body),
        };
    }

    private static (int Major, int Minor) ParseVersion(string text)
    {
        var parts = text.Split('.');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static ScriptStep ParseMessage(string body, bool client)
    {
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? body : body[..space];
        if (!MessageSignature.TryParse(name, out var signature))
        {
            throw new FormatException($"Unknown Bolt message '{name}'.");
        }

        var fields = space < 0 ? [] : ScriptValueParser.ParseAll(body[(space + 1)..]);
        return client ? new ScriptStep.ClientSends(signature, name, fields) : new ScriptStep.ServerSends(signature, name, fields);
    }
}
