using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationGraph.Api.Tests.Readme;

/// <summary>JSON for a reader: a value that fits on one line stays on one line, anything longer is laid out over several.</summary>
internal static class ReadableJson
{
    private const int Width = 116;

    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node, 0, 0);
        return text.ToString();
    }

    /// <param name="indent">The indentation of the lines the value's entries go on.</param>
    /// <param name="column">The column the value starts at.</param>
    private static void Write(StringBuilder text, JsonNode? node, int indent, int column)
    {
        var compact = Compact(node);
        if (column + compact.Length <= Width || node is not (JsonObject or JsonArray))
        {
            text.Append(compact);
            return;
        }

        var (open, close) = node is JsonObject ? ('{', '}') : ('[', ']');
        text.Append(open).Append('\n');
        var entries = node is JsonObject record
            ? record.Select(pair => (Key: (string?)pair.Key, Value: pair.Value))
            : ((JsonArray)node).Select(item => (Key: (string?)null, Value: item));
        var first = true;
        foreach (var (key, value) in entries)
        {
            text.Append(first ? string.Empty : ",\n").Append(' ', indent + 2);
            if (key is not null)
            {
                text.Append(JsonSerializer.Serialize(key, s_compact)).Append(": ");
            }

            Write(text, value, indent + 2, indent + 2 + (key is null ? 0 : key.Length + 4));
            first = false;
        }

        text.Append('\n').Append(' ', indent).Append(close);
    }

    private static string Compact(JsonNode? node) => node?.ToJsonString(s_compact).Replace(",\"", ", \"", StringComparison.Ordinal)
        .Replace("\":", "\": ", StringComparison.Ordinal) ?? "null";
}
