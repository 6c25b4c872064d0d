using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CooperationGraph.Api.Tests.Hostile;

/// <summary>
/// One request of the hostile corpus (<c>hostile-corpus.json</c>), as data: an HTTP request described by its parts, or
/// a whole raw HTTP/1.1 request. <c>⟦N×text⟧</c> repeats text N times and <c>⟨HH⟩</c> is one byte, so the file stays small.
/// </summary>
public sealed partial record HostileCase(
    string Name,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[]? Body,
    byte[]? Raw,
    string? Bare)
{
    public override string ToString() => Name;

    public static IReadOnlyList<HostileCase> Load()
    {
        var file = System.IO.Path.Combine(AppContext.BaseDirectory, "Hostile", "hostile-corpus.json");
        var corpus = JsonNode.Parse(File.ReadAllText(file))!["cases"]!.AsArray();
        return [.. corpus.Select(node => From(node!.AsObject()))];
    }

    private static HostileCase From(JsonObject item)
    {
        var name = (string)item["name"]!;
        var headers = item["headers"]?.AsObject().ToDictionary(h => h.Key, h => Expand((string)h.Value!))
            ?? new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        byte[]? body = null;
        if (item["body"] is { } text)
        {
            body = Bytes((string)text!);
        }
        else if (item["json"] is { } json)
        {
            body = Encoding.UTF8.GetBytes(json.ToJsonString());
        }
        else if (item["query"] is { } query)
        {
            var request = new JsonObject { ["query"] = Expand((string)query!) };
            if (item["operationName"] is { } operationName)
            {
                request["operationName"] = Expand((string)operationName!);
            }

            if (item["variables"] is { } variables)
            {
                request["variables"] = variables.DeepClone();
            }

            body = Encoding.UTF8.GetBytes(request.ToJsonString());
        }

        return new HostileCase(
            name,
            (string?)item["method"] ?? "POST",
            Expand((string?)item["path"] ?? "/graphql"),
            headers,
            body,
            item["raw"] is { } raw ? Bytes((string)raw!) : null,
            (string?)item["bare"]);
    }

    private static string Expand(string text) => Repeat().Replace(text, match =>
        string.Concat(Enumerable.Repeat(match.Groups[2].Value, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))));

    // Text as UTF-8, except ⟨HH⟩, which is the byte HH (to send what UTF-8 cannot spell).
    private static byte[] Bytes(string text)
    {
        var expanded = Expand(text);
        var bytes = new List<byte>(expanded.Length);
        var last = 0;
        foreach (Match match in SingleByte().Matches(expanded))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(expanded[last..match.Index]));
            bytes.Add(byte.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            last = match.Index + match.Length;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(expanded[last..]));
        return [.. bytes];
    }

    [GeneratedRegex("⟦(\\d+)×(.*?)⟧", RegexOptions.Singleline)]
    private static partial Regex Repeat();

    [GeneratedRegex("⟨([0-9A-F]{2})⟩")]
    private static partial Regex SingleByte();
}
